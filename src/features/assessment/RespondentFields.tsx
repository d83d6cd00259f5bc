import type { UseFormReturn } from 'react-hook-form';
import { RESPONDENT_ROLES } from '@/domain/records';
import { useI18n } from '@/i18n/I18nProvider';
import { Field } from '@/components/Field';
import type { StartFormValues } from './start-form';

export function RespondentFields({ form }: { form: UseFormReturn<StartFormValues> }) {
  const { t } = useI18n();
  const { register, formState } = form;
  return (
    <fieldset className="form__group">
      <legend>{t('start.respondent')}</legend>
      <Field
        label={t('respondent.name')}
        hint={t('respondent.nameHint')}
        error={formState.errors.respondent?.name?.message}
      >
        {(ids) => (
          <input
            {...ids}
            autoComplete="name"
            {...register('respondent.name', {
              validate: (value) => {
                const length = value.trim().length;
                if (length === 0) return t('form.required');
                return length <= 200 || t('form.tooLong', { max: 200 });
              },
            })}
          />
        )}
      </Field>
      <Field label={t('respondent.role')}>
        {(ids) => (
          <select {...ids} {...register('respondent.role')}>
            {RESPONDENT_ROLES.map((role) => (
              <option key={role} value={role}>
                {t(`role.${role}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
    </fieldset>
  );
}
