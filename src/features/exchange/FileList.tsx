import { useState } from 'react';
import type { ConflictChoice, ImportChoices } from '@/db/exchange';
import { useI18n } from '@/i18n/I18nProvider';
import { FileCard } from './FileCard';
import type { FileEntry } from './useImportFiles';

/** Up to this many files every card is shown in full, as picked. */
export const FULL_LIST_UP_TO = 20;
/** Quiet files are shown this many at a time, on request. */
export const PAGE_SIZE = 50;

interface Props {
  entries: readonly FileEntry[];
  choices: ImportChoices;
  onChoose: (assessmentId: string, choice: ConflictChoice) => void;
  onUnlock: (key: number, passphrase: string) => void;
  onRemove: (key: number) => void;
}

/** A file asks something of the person: it has problems, is locked, or holds a conflict. */
function needsAttention(entry: FileEntry): boolean {
  if (entry.status === 'ready') return entry.plan.counts.conflict > 0;
  return entry.status !== 'reading';
}

/**
 * The picked files. A few are listed card by card. Many (a coordinator's 500) are summed up
 * first, the files that need a decision follow in full, and the quiet rest is listed only on
 * request, a page at a time: rendering hundreds of cards would cost more than checking them.
 */
export function FileList(props: Props) {
  const { t } = useI18n();
  const [shown, setShown] = useState(0);
  const card = (entry: FileEntry) => (
    <FileCard
      key={entry.key}
      entry={entry}
      choices={props.choices}
      onChoose={props.onChoose}
      onUnlock={props.onUnlock}
      onRemove={props.onRemove}
    />
  );
  if (props.entries.length <= FULL_LIST_UP_TO) {
    return <ul className="file-list">{props.entries.map(card)}</ul>;
  }
  const attention = props.entries.filter(needsAttention);
  const quiet = props.entries.filter((e) => !needsAttention(e));
  const byStatus = { ready: 0, problems: 0, locked: 0, reading: 0 };
  const counts = { add: 0, update: 0, skip: 0, conflict: 0 };
  for (const entry of props.entries) {
    byStatus[entry.status] += 1;
    if (entry.status !== 'ready') continue;
    for (const action of ['add', 'update', 'skip', 'conflict'] as const) {
      counts[action] += entry.plan.counts[action];
    }
  }
  const rest = quiet.length - shown;
  return (
    <>
      <div className="batch-summary" role="status">
        <p>{t('import.batch', { count: props.entries.length })}</p>
        <p>{t('import.batchStatus', byStatus)}</p>
        {byStatus.ready > 0 ? <p>{t('import.counts', counts)}</p> : null}
      </div>
      {attention.length > 0 ? <ul className="file-list">{attention.map(card)}</ul> : null}
      {quiet.length > 0 ? (
        <div className="quiet-files">
          <p>{t('import.quietFiles', { count: quiet.length })}</p>
          {shown > 0 ? <ul className="file-list">{quiet.slice(0, shown).map(card)}</ul> : null}
          {rest > 0 ? (
            <button type="button" onClick={() => setShown((n) => n + PAGE_SIZE)}>
              {t('import.showFiles', { count: Math.min(PAGE_SIZE, rest), rest })}
            </button>
          ) : null}
        </div>
      ) : null}
    </>
  );
}
