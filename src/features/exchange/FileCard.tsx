import { memo, useState } from 'react';
import { formatPath } from '@/domain/problems';
import type { ConflictChoice, ImportChoices } from '@/db/exchange';
import { useI18n } from '@/i18n/I18nProvider';
import { PlanDetails } from './PlanDetails';
import { problemText } from './problem-text';
import type { FileEntry } from './useImportFiles';

/**
 * One picked file: its problems, a passphrase prompt, or what importing it would change.
 * Memoised, with callbacks that take the file's key, so a choice in one card or the busy
 * state of the panel does not re-render hundreds of others.
 */
export const FileCard = memo(function FileCard(props: {
  entry: FileEntry;
  choices: ImportChoices;
  onChoose: (assessmentId: string, choice: ConflictChoice) => void;
  onUnlock: (key: number, passphrase: string) => void;
  onRemove: (key: number) => void;
}) {
  const { t } = useI18n();
  const { entry } = props;
  const headingId = `file-${entry.key}`;
  return (
    <li className="file-card" aria-labelledby={headingId}>
      <h3 id={headingId}>{entry.name}</h3>
      {entry.status === 'reading' ? <p role="status">{t('import.reading')}</p> : null}
      {entry.status === 'locked' ? (
        <Unlock
          entry={entry}
          wrong={entry.wrongPassphrase}
          onUnlock={(passphrase) => props.onUnlock(entry.key, passphrase)}
        />
      ) : null}
      {entry.status === 'problems' ? (
        <div role="alert">
          <p>{t('import.problems', { count: entry.problems.length })}</p>
          <ul className="problem-list">
            {entry.problems.map((problem, index) => (
              <li key={index}>
                {problemText(problem, t)}
                <span className="problem-detail">
                  {' '}
                  {t('import.place', { place: formatPath(problem.path) })} ·{' '}
                  {t('import.detail', { detail: problem.message })}
                </span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {entry.status === 'ready' ? (
        <PlanDetails
          file={entry.file}
          plan={entry.plan}
          choices={props.choices}
          onChoose={props.onChoose}
        />
      ) : null}
      <button type="button" className="link-button" onClick={() => props.onRemove(entry.key)}>
        {t('import.remove', { name: entry.name })}
      </button>
    </li>
  );
});

function Unlock(props: { entry: FileEntry; wrong: boolean; onUnlock: (p: string) => void }) {
  const { t } = useI18n();
  const [passphrase, setPassphrase] = useState('');
  const id = `passphrase-${props.entry.key}`;
  return (
    <form
      className="unlock"
      onSubmit={(event) => {
        event.preventDefault();
        if (passphrase) props.onUnlock(passphrase);
      }}
    >
      <p>{t('import.encrypted')}</p>
      {props.wrong ? (
        <p role="alert" className="field-error">
          {t('import.wrongPassphrase')}
        </p>
      ) : null}
      <label htmlFor={id}>{t('import.passphraseFor', { name: props.entry.name })}</label>
      <input
        id={id}
        type="password"
        autoComplete="off"
        value={passphrase}
        onChange={(event) => setPassphrase(event.target.value)}
      />
      <button type="submit">{t('import.unlock')}</button>
    </form>
  );
}
