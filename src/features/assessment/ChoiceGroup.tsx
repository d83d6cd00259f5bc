import type { ReactNode } from 'react';

export interface ChoiceOption {
  value: string;
  label: ReactNode;
  description?: ReactNode;
  /** Extra options ("not applicable", "don't know") are set apart from the answer scale. */
  extra?: boolean;
}

interface Props {
  name: string;
  labelledBy: string;
  describedBy?: string;
  options: ChoiceOption[];
  selected: string;
  disabled: boolean;
  variant: 'cards' | 'inline';
  onSelect: (value: string) => void;
}

/**
 * Native radios in one named group: arrow keys move between options, space selects, and
 * screen readers announce "radio, 3 of 7". The cards are only the radios' labels, styled.
 */
export function ChoiceGroup(props: Props) {
  const { name, options, selected, disabled, variant } = props;
  return (
    <div
      role="radiogroup"
      aria-labelledby={props.labelledBy}
      aria-describedby={props.describedBy}
      className={`choice-group choice-group--${variant}`}
    >
      {options.map((option) => {
        const id = `${name}-${option.value}`;
        return (
          <label
            key={option.value}
            htmlFor={id}
            className={`choice${option.extra ? ' choice--extra' : ''}${selected === option.value ? ' choice--selected' : ''}`}
          >
            <input
              type="radio"
              id={id}
              name={name}
              value={option.value}
              checked={selected === option.value}
              disabled={disabled}
              onChange={() => props.onSelect(option.value)}
            />
            <span className="choice__text">
              <span className="choice__label">{option.label}</span>
              {option.description ? (
                <span className="choice__description">{option.description}</span>
              ) : null}
            </span>
          </label>
        );
      })}
    </div>
  );
}
