import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState, type FormEvent } from 'react';
import { Field } from '@/components/Field';
import { addRoundModule } from '@/db/modules';
import { listQuestionnaires } from '@/db/questionnaires';
import type { Round } from '@/domain/records';
import { defaultModuleTargets } from '@/domain/round/modules';
import { useI18n } from '@/i18n/I18nProvider';

type Outcome = { kind: 'added'; title: string } | { kind: 'failed'; message: string };

/**
 * Adds one of the stored module questionnaires to an existing round (newest version of each
 * id the round does not use yet), its targets at the default; the switch above then offers it.
 */
export function AddModule({ round }: { round: Round }) {
  const { t, text } = useI18n();
  const headingId = useId();
  const stored = useLiveQuery(listQuestionnaires);
  const [choice, setChoice] = useState('');
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState(false);
  if (!stored) return null;

  const modules = stored.filter((q) => q.kind === 'module');
  const used = new Set(round.questionnaires.map((q) => q.id));
  const seen = new Set<string>();
  // listQuestionnaires gives each id's newest version first.
  const addable = modules.filter((q) => !used.has(q.id) && !seen.has(q.id) && seen.add(q.id));
  const selected = addable.find((q) => `${q.id}@${q.version}` === choice) ?? addable[0];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!selected) return;
    setBusy(true);
    try {
      await addRoundModule(
        round.id,
        { id: selected.id, version: selected.version },
        defaultModuleTargets(selected.content),
      );
      setOutcome({ kind: 'added', title: text(selected.content.title).text });
      setChoice('');
    } catch (error) {
      setOutcome({
        kind: 'failed',
        message: error instanceof Error ? error.message : String(error),
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby={headingId} className="round-section">
      <h2 id={headingId}>{t('modules.addTitle')}</h2>
      <p>{t('modules.addIntro')}</p>
      <div aria-live="polite">
        {outcome?.kind === 'added' ? (
          <p className="notice" role="status">
            {t('modules.added', { title: outcome.title })}
          </p>
        ) : null}
      </div>
      {outcome?.kind === 'failed' ? (
        <p className="notice notice--error" role="alert">
          {t('modules.addFailed', { message: outcome.message })}
        </p>
      ) : null}
      {modules.length === 0 ? (
        <p className="hint">{t('modules.noneStored')}</p>
      ) : addable.length === 0 ? (
        <p className="hint">{t('modules.allAdded')}</p>
      ) : (
        <form className="form" noValidate onSubmit={(e) => void submit(e)}>
          <Field label={t('modules.addField')}>
            {(ids) => (
              <select
                {...ids}
                value={selected ? `${selected.id}@${selected.version}` : ''}
                onChange={(e) => setChoice(e.target.value)}
              >
                {addable.map((q) => (
                  <option key={`${q.id}@${q.version}`} value={`${q.id}@${q.version}`}>
                    {text(q.content.title).text} ({q.version})
                  </option>
                ))}
              </select>
            )}
          </Field>
          <div className="actions">
            <button type="submit" disabled={busy}>
              {busy ? t('modules.adding') : t('modules.addButton')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
