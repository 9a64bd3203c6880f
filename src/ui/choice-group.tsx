import { useId } from 'react';
import { describedBy, FieldMessages } from './field-messages';

/** One option of a `ChoiceGroup`. */
export type Choice<V extends string> = { value: V; label: string; hint?: string };

/**
 * A set of radio buttons in a fieldset.
 *
 * `chips` lays them out as large tappable chips (one tap each) for quick entry on a phone; the
 * default is the DKFDS radio list. Either way they are real radios: arrow keys move, space selects.
 */
export function ChoiceGroup<V extends string>({
  legend,
  name,
  choices,
  value,
  onChange,
  error,
  hint,
  chips = false,
}: {
  legend: string;
  name: string;
  choices: readonly Choice<V>[];
  value: V | undefined;
  onChange: (value: V) => void;
  error?: string;
  /** A short explanation of the whole group, read with its name. */
  hint?: string | undefined;
  chips?: boolean;
}) {
  const id = useId();
  return (
    <fieldset
      className={`form-group${error ? ' form-error' : ''}`}
      aria-describedby={describedBy(id, hint, error)}
    >
      <legend className="form-label">{legend}</legend>
      <FieldMessages id={id} hint={hint} error={error} />
      <div className={chips ? 'chip-group' : 'radio-list'}>
        {choices.map((choice, index) => {
          // Keyed by value, so a list that changes under the finger never turns one option into
          // another; ids by position, so any string can be a value.
          const optionId = `${id}-${index}`;
          return (
            <div key={choice.value} className={chips ? 'chip' : 'form-group-radio'}>
              <input
                type="radio"
                id={optionId}
                name={name}
                value={choice.value}
                className={chips ? 'chip-input' : 'form-radio'}
                checked={value === choice.value}
                onChange={() => onChange(choice.value)}
                aria-describedby={choice.hint ? `${optionId}-hint` : undefined}
              />
              <label htmlFor={optionId} className={chips ? 'chip-label' : 'form-label'}>
                {choice.label}
              </label>
              {choice.hint && (
                <span className="form-hint choice-hint" id={`${optionId}-hint`}>
                  {choice.hint}
                </span>
              )}
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
