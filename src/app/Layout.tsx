import { Suspense, type ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { Loading } from '@/components/PageStates';
import { BackupReminder } from '@/features/exchange/BackupReminder';
import { useI18n } from '@/i18n/I18nProvider';
import { LanguageSwitcher } from './LanguageSwitcher';
import { ScreenErrorBoundary } from './RouteError';
import { StorageStatus } from './StorageStatus';

export function Layout({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const [pathname] = useLocation();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('layout.skipToContent')}
      </a>
      <header className="app-header">
        <Link to="/" className="app-name">
          {t('app.name')}
        </Link>
        <LanguageSwitcher />
      </header>
      <main id="main" tabIndex={-1}>
        <BackupReminder />
        <ScreenErrorBoundary resetKey={pathname}>
          <Suspense fallback={<Loading />}>{children}</Suspense>
        </ScreenErrorBoundary>
      </main>
      <footer className="app-footer">
        <p>{t('layout.dataStaysHere')}</p>
        <StorageStatus />
      </footer>
    </>
  );
}
