import { useRegisterSW } from 'virtual:pwa-register/react';
import { flushPendingWrites } from '@/db/pending-writes';
import { useI18n } from '@/i18n/I18nProvider';

/**
 * Registers the service worker that keeps the app usable offline. A new version never takes
 * over by itself: the person is asked, and every pending answer is written before the reload.
 */
export function UpdatePrompt() {
  const { t } = useI18n();
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    offlineReady: [offlineReady, setOfflineReady],
    updateServiceWorker,
  } = useRegisterSW();

  if (!needRefresh && !offlineReady) return null;
  return (
    <div className="update-prompt" role="status" data-not-in-snapshot>
      {needRefresh ? (
        <>
          <p>{t('update.available')}</p>
          <button
            type="button"
            className="primary"
            onClick={() => void flushPendingWrites().then(() => updateServiceWorker(true))}
          >
            {t('update.now')}
          </button>
          <button type="button" onClick={() => setNeedRefresh(false)}>
            {t('update.later')}
          </button>
        </>
      ) : (
        <>
          <p>{t('update.offlineReady')}</p>
          <button type="button" onClick={() => setOfflineReady(false)}>
            {t('update.dismiss')}
          </button>
        </>
      )}
    </div>
  );
}
