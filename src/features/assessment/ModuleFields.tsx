import type { UseFormReturn } from 'react-hook-form';
import { useWatch } from 'react-hook-form';
import type { StoredQuestionnaire } from '@/db/db';
import type { Round } from '@/domain/records';
import { Field } from '@/components/Field';
import { useI18n } from '@/i18n/I18nProvider';
import { offeredModules, refKey } from './start-form';
import type { StartFormValues } from './start-form';

/** A new round's optional modules: each is answered and scored apart from the core. */
export function NewRoundModules(props: {
  form: UseFormReturn<StartFormValues>;
  modules: StoredQuestionnaire[];
}) {
  const { t, text } = useI18n();
  const offered = offeredModules(props.modules);
  if (offered.length === 0) return null;
  return (
    <fieldset className="module-choice" aria-describedby="start-modules-hint">
      <legend>{t('modules.optional')}</legend>
      <p className="hint" id="start-modules-hint">
        {t('modules.optionalHint')}
      </p>
      {offered.map((q, index) => (
        <label key={refKey(q)} className="checkbox">
          <input type="checkbox" {...props.form.register(`round.modules.${index}`)} />{' '}
          {text(q.content.title).text} ({q.version})
        </label>
      ))}
    </fieldset>
  );
}

/** For an existing round with modules: which of its questionnaires this person answers. */
export function RoundQuestionnaireChoice(props: {
  form: UseFormReturn<StartFormValues>;
  rounds: Round[];
  questionnaires: StoredQuestionnaire[];
}) {
  const { t, text } = useI18n();
  const roundId = useWatch({ control: props.form.control, name: 'roundChoice' });
  const round = props.rounds.find((r) => r.id === roundId);
  if (!round || round.questionnaires.length < 2) return null;
  const title = (key: string) => {
    const stored = props.questionnaires.find((q) => refKey(q) === key);
    return stored ? text(stored.content.title).text : key;
  };
  return (
    <Field label={t('modules.answerWhich')} hint={t('modules.answerWhichHint')}>
      {(ids) => (
        // Keyed by round, so a change of round starts again from its core questionnaire.
        <select key={round.id} {...ids} {...props.form.register('questionnaireChoice')}>
          {round.questionnaires.map((ref, index) => (
            <option key={refKey(ref)} value={refKey(ref)}>
              {index === 0
                ? t('modules.coreOption', { title: title(refKey(ref)) })
                : t('modules.moduleOption', { title: title(refKey(ref)) })}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
