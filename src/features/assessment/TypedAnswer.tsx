import type { UseFormRegister, UseFormSetValue } from 'react-hook-form';
import type { Item } from '@/domain/questionnaire/types';
import { useI18n } from '@/i18n/I18nProvider';
import { LocalText } from '@/components/LocalText';
import type { AnswerField } from './answer-fields';
import type { StepFormValues } from './ItemField';

interface Props {
  item: Item;
  index: number;
  field: AnswerField;
  register: UseFormRegister<StepFormValues>;
  setValue: UseFormSetValue<StepFormValues>;
  error: string | null;
  labelledBy: string;
  disabled: boolean;
  onEdit: (index: number, mode: 'now' | 'typing') => void;
}

/** Percentage, number and free-text answers: typed, with "not applicable" / "don't know". */
export function TypedAnswer({ item, index, field, register, setValue, error, ...rest }: Props) {
  const { t } = useI18n();
  const inputId = `value-${item.id}`;
  const errorId = `error-${item.id}`;
  const skipped = field.skip !== '';
  const valueField = register(`items.${index}.value`, {
    onChange: () => rest.onEdit(index, 'typing'),
  });
  const toggleSkip = (skip: 'na' | 'dk', on: boolean) => {
    setValue(`items.${index}.skip`, on ? skip : '');
    rest.onEdit(index, 'now');
  };
  const common = {
    id: inputId,
    disabled: rest.disabled || skipped,
    'aria-labelledby': `${rest.labelledBy} ${inputId}-label`,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? errorId : undefined,
  } as const;

  return (
    <div className="typed-answer">
      <label id={`${inputId}-label`} htmlFor={inputId} className="typed-answer__label">
        {item.type === 'percentage'
          ? t('answer.percentLabel')
          : item.type === 'number'
            ? t('answer.numberLabel')
            : t('answer.textLabel')}
        {item.type === 'number' && item.unit ? (
          <>
            {' '}
            (<LocalText value={item.unit} />)
          </>
        ) : null}
      </label>
      {item.type === 'text' ? (
        <textarea rows={4} {...common} {...valueField} />
      ) : (
        <input
          type="text"
          inputMode="decimal"
          autoComplete="off"
          className="typed-answer__number"
          {...common}
          {...valueField}
        />
      )}
      {error ? (
        <p className="field-error" id={errorId} role="alert">
          {error}
        </p>
      ) : null}
      <div className="typed-answer__skips">
        {item.allowNotApplicable ? (
          <label>
            <input
              type="checkbox"
              checked={field.skip === 'na'}
              disabled={rest.disabled}
              onChange={(e) => toggleSkip('na', e.target.checked)}
            />{' '}
            {t('answer.notApplicable')}
          </label>
        ) : null}
        {item.allowDontKnow ? (
          <label>
            <input
              type="checkbox"
              checked={field.skip === 'dk'}
              disabled={rest.disabled}
              onChange={(e) => toggleSkip('dk', e.target.checked)}
            />{' '}
            {t('answer.dontKnow')}
          </label>
        ) : null}
      </div>
    </div>
  );
}
