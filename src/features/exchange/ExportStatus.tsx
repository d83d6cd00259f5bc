import { useI18n } from '@/i18n/I18nProvider';
import type { ExportState } from './useExportFile';

export function ExportStatus({ state }: { state: ExportState }) {
  const { t } = useI18n();
  if (state.phase === 'failed') {
    return (
      <p role="alert" className="field-error">
        {t('export.failed', { message: state.message })}
      </p>
    );
  }
  const text =
    state.phase === 'working'
      ? t(state.encrypting ? 'export.encrypting' : 'export.preparing')
      : state.phase === 'done'
        ? t('export.done', { file: state.file })
        : '';
  return (
    <p role="status" className="export-status">
      {text}
    </p>
  );
}
