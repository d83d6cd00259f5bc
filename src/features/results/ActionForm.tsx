import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { Field } from '@/components/Field';
import {
  checkActionInput,
  type ActionField,
  type ActionInput,
  type ActionProblems,
  type ActionValues,
} from '@/domain/actions/input';
import { ACTION_STATUSES } from '@/domain/records';
import { useI18n } from '@/i18n/I18nProvider';

const FIELDS: ActionField[] = ['what', 'who', 'due', 'status'];

/**
 * Adds or edits one action. Checked by the same rule the repository applies; on a problem
 * the form says so in an alert and moves focus to the first field to correct, whose own
 * message is read out with it (`Field`).
 */
export function ActionForm(props: {
  title: string;
  initial: ActionInput;
  onSave: (values: ActionValues) => Promise<boolean>;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const [values, setValues] = useState<ActionInput>(props.initial);
  const [problems, setProblems] = useState<ActionProblems>({});
  const [invalid, setInvalid] = useState(false);
  const [saving, setSaving] = useState(false);
  const refs = {
    what: useRef<HTMLTextAreaElement>(null),
    who: useRef<HTMLInputElement>(null),
    due: useRef<HTMLInputElement>(null),
    status: useRef<HTMLSelectElement>(null),
  };

  // Opened by a button: the person continues in the first field.
  useEffect(() => {
    refs.what.current?.focus();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, when the form opens
  }, []);

  const set = (field: ActionField) => (value: string) =>
    setValues((current) => ({ ...current, [field]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // A date typed only in part leaves the field empty but "bad": say it is no real date.
    const badDate = refs.due.current?.validity.badInput === true;
    const result = checkActionInput({ ...values, due: badDate ? 'invalid' : values.due });
    if (!result.ok) {
      setProblems(result.problems);
      setInvalid(true);
      const first = FIELDS.find((field) => result.problems[field]);
      if (first) refs[first].current?.focus();
      return;
    }
    setProblems({});
    setInvalid(false);
    setSaving(true);
    const saved = await props.onSave(result.value);
    if (!saved) setSaving(false);
  };

  const error = (field: ActionField) => {
    const problem = problems[field];
    return problem ? t(problem.key, problem.params) : undefined;
  };

  return (
    <form
      className="action-form"
      onSubmit={(e) => void submit(e)}
      // Escape leaves the form as Cancel does, keeping nothing typed.
      onKeyDown={(e) => {
        if (e.key === 'Escape') props.onCancel();
      }}
      noValidate
    >
      <fieldset>
        <legend>{props.title}</legend>
        {invalid ? (
          <p className="notice notice--error" role="alert">
            {t('actions.formInvalid')}
          </p>
        ) : null}
        <Field label={t('actions.what')} error={error('what')}>
          {(ids) => (
            <textarea
              {...ids}
              ref={refs.what}
              rows={3}
              value={values.what}
              onChange={(e) => set('what')(e.target.value)}
            />
          )}
        </Field>
        <Field label={t('actions.who')} error={error('who')}>
          {(ids) => (
            <input
              {...ids}
              ref={refs.who}
              type="text"
              autoComplete="off"
              value={values.who}
              onChange={(e) => set('who')(e.target.value)}
            />
          )}
        </Field>
        <Field label={t('actions.due')} error={error('due')}>
          {(ids) => (
            <input
              {...ids}
              ref={refs.due}
              type="date"
              value={values.due}
              onChange={(e) => set('due')(e.target.value)}
            />
          )}
        </Field>
        <Field label={t('actions.status')} error={error('status')}>
          {(ids) => (
            <select
              {...ids}
              ref={refs.status}
              value={values.status}
              onChange={(e) => set('status')(e.target.value)}
            >
              {ACTION_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {t(`actions.status.${status}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <div className="actions">
          <button type="submit" className="button primary" disabled={saving}>
            {t('actions.save')}
          </button>
          <button type="button" className="button" onClick={props.onCancel}>
            {t('actions.cancel')}
          </button>
        </div>
      </fieldset>
    </form>
  );
}
