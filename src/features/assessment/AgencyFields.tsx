import type { UseFormReturn } from 'react-hook-form';
import { useWatch } from 'react-hook-form';
import { AGENCY_KINDS } from '@/domain/records';
import type { Agency } from '@/domain/records';
import { useI18n } from '@/i18n/I18nProvider';
import { Field } from '@/components/Field';
import type { StartFormValues } from './start-form';

export function AgencyFields({
  form,
  agencies,
}: {
  form: UseFormReturn<StartFormValues>;
  agencies: Agency[];
}) {
  const { t } = useI18n();
  const { register, control, formState } = form;
  const choice = useWatch({ control, name: 'agencyChoice' });
  const errors = formState.errors.agency;
  const textRule = (min: number, max: number) => ({
    validate: (value: string) => {
      const length = value.trim().length;
      if (length === 0) return t('form.required');
      if (length < min) return t('form.tooShort', { min });
      if (length > max) return t('form.tooLong', { max });
      return true;
    },
  });
  return (
    <fieldset className="form__group">
      <legend>{t('start.agency')}</legend>
      {agencies.length > 0 ? (
        <Field label={t('start.agencyChoice')}>
          {(ids) => (
            <select {...ids} {...register('agencyChoice')}>
              {agencies.map((agency) => (
                <option key={agency.id} value={agency.id}>
                  {agency.name}
                </option>
              ))}
              <option value="new">{t('start.addAgency')}</option>
            </select>
          )}
        </Field>
      ) : null}
      {choice === 'new' ? (
        <>
          <Field label={t('agency.name')} hint={t('agency.nameHint')} error={errors?.name?.message}>
            {(ids) => (
              <input
                {...ids}
                autoComplete="organization"
                {...register('agency.name', textRule(2, 200))}
              />
            )}
          </Field>
          <Field
            label={t('agency.shortName')}
            hint={t('agency.shortNameHint')}
            error={errors?.shortName?.message}
          >
            {(ids) => <input {...ids} {...register('agency.shortName', textRule(1, 30))} />}
          </Field>
          <Field label={t('agency.kind')}>
            {(ids) => (
              <select {...ids} {...register('agency.kind')}>
                {AGENCY_KINDS.map((kind) => (
                  <option key={kind} value={kind}>
                    {t(`agencyKind.${kind}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {agencies.length > 0 ? (
            <Field label={t('agency.parent')}>
              {(ids) => (
                <select {...ids} {...register('agency.parentId')}>
                  <option value="">{t('agency.noParent')}</option>
                  {agencies.map((agency) => (
                    <option key={agency.id} value={agency.id}>
                      {agency.name}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          ) : null}
        </>
      ) : null}
    </fieldset>
  );
}
