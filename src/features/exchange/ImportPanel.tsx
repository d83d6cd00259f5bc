import { useCallback, useState } from 'react';
import { applyImport } from '@/db/exchange';
import type { ConflictChoice, ImportChoices, ImportSummary } from '@/db/exchange';
import { isRepositoryError } from '@/db/errors';
import { useI18n } from '@/i18n/I18nProvider';
import { FileList } from './FileList';
import { FilePicker } from './FilePicker';
import { useImportFiles } from './useImportFiles';

/**
 * Pick files, see per file what importing would change, confirm: the one way in for
 * exchange files and backups. Nothing is written before the confirm button is pressed.
 */
export function ImportPanel(props: {
  multiple: boolean;
  pickLabel: string;
  confirmLabel: (count: number) => string;
  maxBytes?: number;
}) {
  const { t } = useI18n();
  const { entries, addFiles, unlock, remove, clear } = useImportFiles(props.maxBytes);
  const [choices, setChoices] = useState<ImportChoices>({});
  const [busy, setBusy] = useState(false);
  const [summary, setSummary] = useState<ImportSummary | null>(null);
  const [error, setError] = useState<string | null>(null);
  const ready = entries.flatMap((e) => (e.status === 'ready' ? [e] : []));
  const changes = ready.some((e) => e.plan.changes);

  const choose = useCallback(
    (id: string, choice: ConflictChoice) => setChoices((all) => ({ ...all, [id]: choice })),
    [],
  );
  const onUnlock = useCallback(
    (key: number, passphrase: string) => void unlock(key, passphrase),
    [unlock],
  );

  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      performance.mark('import: confirmed');
      const done = await applyImport(
        ready.map((e) => ({ plan: e.plan, fileName: e.name })),
        choices,
      );
      performance.measure('import: written (one transaction)', 'import: confirmed');
      setSummary(done);
      setChoices({});
      clear();
    } catch (failure) {
      setError(
        isRepositoryError(failure, 'quotaExceeded')
          ? t('import.quota')
          : t('import.failed', { message: failure instanceof Error ? failure.message : '' }),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="import-panel">
      <FilePicker
        label={props.pickLabel}
        dropLabel={t('import.drop')}
        multiple={props.multiple}
        onFiles={(files) => {
          setSummary(null);
          void addFiles(files);
        }}
      />
      {summary ? (
        <p role="status" className="success">
          {t('import.summary', { ...summary, questionnaires: summary.questionnairesAdded })}
        </p>
      ) : null}
      {entries.length > 0 ? (
        <FileList
          entries={entries}
          choices={choices}
          onChoose={choose}
          onUnlock={onUnlock}
          onRemove={remove}
        />
      ) : null}
      {error ? (
        <p role="alert" className="field-error">
          {error}
        </p>
      ) : null}
      {ready.length > 0 ? (
        <button
          type="button"
          className="button primary"
          disabled={busy || !changes}
          onClick={() => void confirm()}
        >
          {busy ? t('import.importing') : props.confirmLabel(ready.length)}
        </button>
      ) : null}
    </div>
  );
}
