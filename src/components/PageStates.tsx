import { Link } from 'wouter';
import { useI18n } from '@/i18n/I18nProvider';

export function Loading() {
  const { t } = useI18n();
  return (
    <p className="page loading" role="status">
      {t('common.loading')}
    </p>
  );
}

export function NotFound({ message }: { message: string }) {
  const { t } = useI18n();
  return (
    <div className="page">
      <h1>{t('error.notFoundTitle')}</h1>
      <p>{message}</p>
      <p>
        <Link to="/">{t('error.home')}</Link>
      </p>
    </div>
  );
}
