import { useI18n } from '@/i18n/I18nProvider';
import type { SaveState } from './useAutosave';

/** Always says where the person's answers are: pending, being written, saved, or not saved. */
export function SaveStatus({ status }: { status: SaveState }) {
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
  return (
    <p
      className={`save-status save-status--${status.state}`}
      role={status.state === 'error' ? 'alert' : 'status'}
      data-state={status.state}
    >
      {message}
    </p>
  );
}
