import { useI18n } from '@/i18n/I18nProvider';
import type { SaveState } from './useAutosave';

/** Always says where the person's answers are: pending, being written, saved, or not saved. */
export function SaveStatus({ status, invalid }: { status: SaveState; invalid: number }) {
  const { t, formatDateTime } = useI18n();
  let message: string;
  switch (status.state) {
    case 'idle':
      message = t('save.idle');
      break;
    case 'pending':
    case 'saving':
      message = t('save.saving');
      break;
    case 'saved':
      message = t('save.saved', { time: formatDateTime(status.at, { timeStyle: 'medium' }) });
      break;
    case 'error':
      message =
        status.code === 'quotaExceeded'
          ? t('save.errorQuota')
          : status.code === 'submitted'
            ? t('save.errorSubmitted')
            : t('save.error');
      break;
  }
  // A typed value that breaks its rule is on screen but not stored: never claim "all saved".
  if (invalid > 0 && status.state !== 'error') {
    message = t('save.invalid', { count: invalid });
  }
  const state = invalid > 0 && status.state !== 'error' ? 'invalid' : status.state;
  return (
    <p
      className={`save-status save-status--${state}`}
      role={state === 'error' ? 'alert' : 'status'}
      data-state={state}
    >
      {message}
    </p>
  );
}
