import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { Link } from 'wouter';
import { backupReminder } from '@/db/exchange-reminder';
import { useI18n } from '@/i18n/I18nProvider';

const DISMISSED = 'egov.backupReminderDismissed';

function dismissedThisSession(): boolean {
  try {
    return sessionStorage.getItem(DISMISSED) === '1';
  } catch {
    return false;
  }
}

/** Shown when assessments exist and nothing left the device for 14 days. */
export function BackupReminder() {
  const { t } = useI18n();
  const reminder = useLiveQuery(() => backupReminder(new Date()));
  const [dismissed, setDismissed] = useState(dismissedThisSession);
  if (!reminder || dismissed) return null;
  const dismiss = () => {
    try {
      sessionStorage.setItem(DISMISSED, '1');
    } catch {
      // Then it is dismissed for this page only.
    }
    setDismissed(true);
  };
  return (
    <aside className="notice notice--warning backup-reminder" aria-label={t('reminder.backup')}>
      <p>
        {reminder.days === null
          ? t('reminder.never')
          : t('reminder.days', { count: reminder.days })}
      </p>
      <Link className="button" to="/exchange/backup">
        {t('reminder.backup')}
      </Link>{' '}
      <button type="button" onClick={dismiss}>
        {t('reminder.dismiss')}
      </button>
    </aside>
  );
}
