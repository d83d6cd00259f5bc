import './exchange.css';
import { Link } from 'wouter';
import { useI18n } from '@/i18n/I18nProvider';
import { ImportPanel } from './ImportPanel';

export function ImportPage() {
  const { t } = useI18n();
  return (
    <div className="page exchange">
      <h1>{t('import.title')}</h1>
      <p className="lead">{t('import.intro')}</p>
      <ImportPanel
        multiple
        pickLabel={t('import.pick')}
        confirmLabel={(count) => t('import.confirmFiles', { count })}
      />
      <p>
        <Link to="/exchange">{t('exchangeHome.export')}</Link> ·{' '}
        <Link to="/exchange/backup">{t('exchangeHome.backup')}</Link>
      </p>
    </div>
  );
}
