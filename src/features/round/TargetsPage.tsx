import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link } from 'wouter';
import { Field } from '@/components/Field';
import { setRoundTargets } from '@/db/rounds';
import {
  parseTargetsForm,
  targetsToInputs,
  type TargetProblem,
} from '@/domain/round/targets-input';
import type { RoundView } from '@/domain/round/types';
import { RoundQuestionnaireSwitch } from '@/components/RoundQuestionnaireSwitch';
import { withQuestionnaire } from '@/hooks/useQuestionnaireParam';
import { useI18n } from '@/i18n/I18nProvider';
import { showsDemoData } from '@/domain/round/overview';
import { AddModule } from './AddModule';
import { DemoBanner } from './DemoBanner';
import { roundPath } from './paths';
import { RoundRoute } from './RoundRoute';
import './round.css';

export function TargetsPage() {
  return (
    // Live, but the form below copies the stored targets only once, so a change elsewhere
    // never overwrites what the person is typing.
    <RoundRoute>
      {(view) => <TargetsForm key={`${view.round.id} ${view.questionnaire.id}`} view={view} />}
    </RoundRoute>
  );
}

type Outcome =
  { kind: 'saved' } | { kind: 'invalid'; count: number } | { kind: 'failed'; message: string };

/** One 0–100 field per area; stored only when every field is valid. */
function TargetsForm({ view }: { view: RoundView }) {
  const { t, text, locale } = useI18n();
  const dimensions = view.questionnaire.dimensions;
  const [values, setValues] = useState(() =>
    targetsToInputs(
      dimensions.map((d) => d.id),
      view.targets,
      locale === 'en' ? '.' : ',',
    ),
  );
  const [problems, setProblems] = useState<Record<string, TargetProblem>>({});
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [saving, setSaving] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseTargetsForm(values);
    setProblems(parsed.problems);
    const invalid = Object.keys(parsed.problems).length;
    if (invalid > 0) {
      setOutcome({ kind: 'invalid', count: invalid });
      return;
    }
    setSaving(true);
    try {
      await setRoundTargets(view.round.id, view.questionnaire.id, parsed.targets);
      setOutcome({ kind: 'saved' });
    } catch (error) {
      setOutcome({
        kind: 'failed',
        message: error instanceof Error ? error.message : String(error),
      });
    } finally {
      setSaving(false);
    }
  };

  // Focus moves to the first invalid field once React has marked it.
  useEffect(() => {
    if (outcome?.kind === 'invalid') {
      form.current?.querySelector<HTMLInputElement>('[aria-invalid="true"]')?.focus();
    }
  }, [outcome]);

  return (
    <div className="page targets">
      <p className="round__crumbs">
        <Link to={roundPath(view.round.id)}>{view.round.name}</Link>
      </p>
      <h1 ref={heading} tabIndex={-1}>
        {t('targets.title')}
      </h1>
      {showsDemoData(view) ? <DemoBanner /> : null}
      <RoundQuestionnaireSwitch view={view} />
      <p>{t('targets.intro')}</p>
      <div aria-live="polite">
        {outcome?.kind === 'saved' ? (
          <p className="notice" role="status">
            {t('targets.saved')}
          </p>
        ) : null}
      </div>
      {outcome?.kind === 'invalid' ? (
        <p className="notice notice--error" role="alert">
          {t('targets.notSaved', { count: outcome.count })}
        </p>
      ) : null}
      {outcome?.kind === 'failed' ? (
        <p className="notice notice--error" role="alert">
          {t('targets.saveFailed', { message: outcome.message })}
        </p>
      ) : null}
      <form ref={form} className="form targets-form" noValidate onSubmit={(e) => void submit(e)}>
        {dimensions.map((d) => {
          const problem = problems[d.id];
          return (
            <Field
              key={d.id}
              label={text(d.title).text}
              hint={t('targets.hint')}
              error={problem ? t(`targets.${problem}`) : undefined}
            >
              {(ids) => (
                <input
                  {...ids}
                  type="text"
                  inputMode="decimal"
                  autoComplete="off"
                  className="input--short"
                  value={values[d.id] ?? ''}
                  onChange={(e) => {
                    setValues((v) => ({ ...v, [d.id]: e.target.value }));
                    if (outcome?.kind === 'saved') setOutcome(null);
                  }}
                />
              )}
            </Field>
          );
        })}
        <p className="hint">{t('targets.overallNote')}</p>
        <div className="actions">
          <button type="submit" className="primary" disabled={saving}>
            {t('targets.save')}
          </button>
          <Link className="button" to={withQuestionnaire(roundPath(view.round.id), view)}>
            {t('targets.back')}
          </Link>
        </div>
      </form>
      <AddModule round={view.round} />
    </div>
  );
}
