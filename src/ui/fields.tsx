import {
  useId,
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from 'react';
import { describedBy, FieldMessages } from './field-messages';

type FieldProps = {
  label: string;
  hint?: string;
  error?: string;
};

/** What a labelled control needs to be tied to its label, hint and error. */
type ControlProps = {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
};

/** The DKFDS frame of one field: label, hint and error, then the control `children` draws. */
function LabelledField({
  label,
  hint,
  error,
  children,
}: {
  label: string;
  hint: string | undefined;
  error: string | undefined;
  children: (control: ControlProps) => ReactNode;
}) {
  const id = useId();
  return (
    <div className={`form-group${error ? ' form-error' : ''}`}>
      <label className="form-label" htmlFor={id}>
        {label}
      </label>
      <FieldMessages id={id} hint={hint} error={error} />
      {children({
        id,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': describedBy(id, hint, error),
      })}
    </div>
  );
}

/** A labelled DKFDS text input with optional hint and error message. */
export function TextField({
  label,
  hint,
  error,
  className,
  ...input
}: FieldProps & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <LabelledField label={label} hint={hint} error={error}>
      {(control) => (
        <input
          {...control}
          className={['form-input', className].filter(Boolean).join(' ')}
          {...input}
        />
      )}
    </LabelledField>
  );
}

/** A labelled DKFDS textarea with optional hint and error message. */
export function TextArea({
  label,
  hint,
  error,
  ...textarea
}: FieldProps & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <LabelledField label={label} hint={hint} error={error}>
      {(control) => <textarea {...control} className="form-input" rows={4} {...textarea} />}
    </LabelledField>
  );
}

/**
 * A labelled DKFDS select: `options` in order, then `children` (optgroups, say) after them.
 */
export function SelectField({
  label,
  hint,
  error,
  options,
  children,
  ...select
}: FieldProps & {
  options: readonly { value: string; label: string }[];
  children?: ReactNode;
} & SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <LabelledField label={label} hint={hint} error={error}>
      {(control) => (
        <select {...control} className="form-select" {...select}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
          {children}
        </select>
      )}
    </LabelledField>
  );
}
