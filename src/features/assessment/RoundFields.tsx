import type { UseFormReturn } from 'react-hook-form';
import { useWatch } from 'react-hook-form';
import type { StoredQuestionnaire } from '@/db/db';
import type { Round } from '@/domain/records';
import { useI18n } from '@/i18n/I18nProvider';
import { Field } from '@/components/Field';
import { NewRoundModules, RoundQuestionnaireChoice } from './ModuleFields';
import { parseTarget } from './start-form';
import type { StartFormValues } from './start-form';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function RoundFields(props: {
  form: UseFormReturn<StartFormValues>;
  rounds: Round[];
  questionnaires: StoredQuestionnaire[];
  modules: StoredQuestionnaire[];
}) {
  const { t, text } = useI18n();
  const { register, control, formState, getValues } = props.form;
  const choice = useWatch({ control, name: 'roundChoice' });
  const questionnaireKey = useWatch({ control, name: 'round.questionnaire' });
  const chosen = props.questionnaires.find((q) => `${q.id}@${q.version}` === questionnaireKey);
  const errors = formState.errors.round;
  const date = (value: string) =>
    value === '' ? t('form.required') : ISO_DATE.test(value) || t('form.date');

  return (
    <fieldset className="form__group">
      <legend>{t('start.round')}</legend>
      {props.rounds.length > 0 ? (
        <Field label={t('start.roundChoice')}>
          {(ids) => (
            <select {...ids} {...register('roundChoice')}>
              {props.rounds.map((round) => (
                <option key={round.id} value={round.id}>
                  {round.name}
                </option>
              ))}
              <option value="new">{t('start.addRound')}</option>
            </select>
          )}
        </Field>
      ) : null}
      {choice === 'new' ? (
        <>
          <Field label={t('round.name')} hint={t('round.nameHint')} error={errors?.name?.message}>
            {(ids) => (
              <input
                {...ids}
                {...register('round.name', {
                  validate: (v) =>
                    v.trim() === ''
                      ? t('form.required')
                      : v.trim().length <= 200 || t('form.tooLong', { max: 200 }),
                })}
              />
            )}
          </Field>
          <div className="form__row">
            <Field label={t('round.start')} error={errors?.start?.message}>
              {(ids) => (
                <input type="date" {...ids} {...register('round.start', { validate: date })} />
              )}
            </Field>
            <Field label={t('round.end')} error={errors?.end?.message}>
              {(ids) => (
                <input
                  type="date"
                  {...ids}
                  {...register('round.end', {
                    validate: (v) => {
                      const basic = date(v);
                      if (basic !== true) return basic;
                      return v >= getValues('round.start') || t('round.endBeforeStart');
                    },
                  })}
                />
              )}
            </Field>
          </div>
          <Field label={t('round.questionnaire')}>
            {(ids) => (
              <select {...ids} {...register('round.questionnaire')}>
                {props.questionnaires.map((q) => (
                  <option key={`${q.id}@${q.version}`} value={`${q.id}@${q.version}`}>
                    {text(q.content.title).text} ({q.version})
                  </option>
                ))}
              </select>
            )}
          </Field>
          {chosen ? (
            <details className="targets">
              <summary>{t('round.targets')}</summary>
              <p className="hint">{t('round.targetsHint')}</p>
              {chosen.content.dimensions.map((dimension, index) => (
                <Field
                  key={dimension.id}
                  label={text(dimension.title).text}
                  error={errors?.targets?.[index]?.message}
                >
                  {(ids) => (
                    <input
                      {...ids}
                      inputMode="numeric"
                      className="input--short"
                      {...register(`round.targets.${index}`, {
                        validate: (v) => parseTarget(v) !== null || t('form.target'),
                      })}
                    />
                  )}
                </Field>
              ))}
            </details>
          ) : null}
          <NewRoundModules form={props.form} modules={props.modules} />
        </>
      ) : (
        <RoundQuestionnaireChoice
          form={props.form}
          rounds={props.rounds}
          questionnaires={[...props.questionnaires, ...props.modules]}
        />
      )}
    </fieldset>
  );
}
