import { useWatch } from 'react-hook-form';
import type { Control, UseFormRegister, UseFormSetValue } from 'react-hook-form';
import type { Item } from '@/domain/questionnaire/types';
import { YES_PARTIAL_NO } from '@/domain/questionnaire/types';
import { useI18n } from '@/i18n/I18nProvider';
import { LocalText } from '@/components/LocalText';
import { responseFromField } from './answer-fields';
import type { AnswerField, FieldProblemCode, Skip } from './answer-fields';
import type { MessageKey } from '@/i18n/catalogs';
import { ChoiceGroup } from './ChoiceGroup';
import type { ChoiceOption } from './ChoiceGroup';
import { TypedAnswer } from './TypedAnswer';

export interface StepFormValues {
  items: AnswerField[];
}

interface Props {
  item: Item;
  index: number;
  number: string;
  control: Control<StepFormValues>;
  register: UseFormRegister<StepFormValues>;
  setValue: UseFormSetValue<StepFormValues>;
  disabled: boolean;
  timingId?: string;
  onEdit: (index: number, mode: 'now' | 'typing') => void;
}

const SKIP_PREFIX = '_';

const VALUE_ERROR_KEYS = {
  notANumber: 'valueError.notANumber',
  notInteger: 'valueError.notInteger',
  outOfRange: 'valueError.outOfRange',
  belowMin: 'valueError.belowMin',
  aboveMax: 'valueError.aboveMax',
  tooLong: 'valueError.tooLong',
  unknownOption: 'valueError.unknownOption',
  wrongType: 'valueError.wrongType',
} as const satisfies Record<FieldProblemCode, MessageKey>;

export function ItemField({ item, index, number, control, register, setValue, ...rest }: Props) {
  const { t, text } = useI18n();
  const field = useWatch({ control, name: `items.${index}` });
  const qid = `q-${item.id}`;
  const helpId = `help-${item.id}`;
  const result = responseFromField(item, field);

  const extras: ChoiceOption[] = [];
  if (item.allowNotApplicable)
    extras.push({ value: '_na', label: t('answer.notApplicable'), extra: true });
  if (item.allowDontKnow) extras.push({ value: '_dk', label: t('answer.dontKnow'), extra: true });

  const select = (value: string) => {
    const skip: Skip = value === '_na' ? 'na' : value === '_dk' ? 'dk' : '';
    setValue(`items.${index}.skip`, skip);
    setValue(`items.${index}.value`, value.startsWith(SKIP_PREFIX) ? '' : value);
    rest.onEdit(index, 'now');
  };
  const selected = field.skip ? `${SKIP_PREFIX}${field.skip}` : field.value;

  let options: ChoiceOption[] | null = null;
  if (item.type === 'level') {
    options = item.levels.map((level) => ({
      value: String(level.level),
      label: (
        <>
          <span className="choice__level">{level.level}</span> <LocalText value={level.label} />
        </>
      ),
      description: <LocalText value={level.description} />,
    }));
  } else if (item.type === 'yesPartialNo') {
    options = YES_PARTIAL_NO.map((v) => ({ value: v, label: t(`answer.${v}`) }));
  } else if (item.type === 'choice') {
    options = item.options.map((o) => ({ value: o.id, label: <LocalText value={o.label} /> }));
  }

  return (
    <section className="item" id={`item-${item.id}`} aria-labelledby={qid}>
      <h2 className="item__question" id={qid} elementtiming={rest.timingId}>
        <span className="item__number">{number}</span> {text(item.text).text}
        {item.required ? <span className="item__required"> ({t('item.required')})</span> : null}
      </h2>
      {item.help ? (
        <p className="item__help" id={helpId}>
          <LocalText value={item.help} />
        </p>
      ) : null}
      {options ? (
        <ChoiceGroup
          name={`answer-${item.id}`}
          labelledBy={qid}
          describedBy={item.help ? helpId : undefined}
          options={[...options, ...extras]}
          selected={selected}
          disabled={rest.disabled}
          variant={item.type === 'level' ? 'cards' : 'inline'}
          onSelect={select}
        />
      ) : (
        <TypedAnswer
          item={item}
          index={index}
          register={register}
          setValue={setValue}
          field={field}
          error={result.ok ? null : t(VALUE_ERROR_KEYS[result.code], result.params)}
          labelledBy={qid}
          disabled={rest.disabled}
          onEdit={rest.onEdit}
        />
      )}
      <div className="item__note">
        <label htmlFor={`note-${item.id}`}>{t('item.note')}</label>
        {item.evidencePrompt ? (
          <p className="hint" id={`evidence-${item.id}`}>
            <LocalText value={item.evidencePrompt} />
          </p>
        ) : null}
        <textarea
          id={`note-${item.id}`}
          rows={2}
          disabled={rest.disabled}
          aria-describedby={item.evidencePrompt ? `evidence-${item.id}` : undefined}
          {...register(`items.${index}.note`, { onChange: () => rest.onEdit(index, 'typing') })}
        />
      </div>
    </section>
  );
}
