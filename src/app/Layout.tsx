import { Suspense } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import { Loading } from '@/components/PageStates';
import { BackupReminder } from '@/features/exchange/BackupReminder';
import { useI18n } from '@/i18n/I18nProvider';
import { LanguageSwitcher } from './LanguageSwitcher';
import { ScreenErrorBoundary } from './RouteError';
import { StorageStatus } from './StorageStatus';

export function Layout() {
  const { t } = useI18n();
  const { pathname } = useLocation();
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
          <Suspense fallback={<Loading />}>
            <Outlet />
          </Suspense>
        </ScreenErrorBoundary>
      </main>
      <footer className="app-footer">
        <p>{t('layout.dataStaysHere')}</p>
        <StorageStatus />
      </footer>
    </>
  );
}
