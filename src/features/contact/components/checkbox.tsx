import { useId } from 'react';

/** A labelled DKFDS checkbox with a 44 px target. */
export function Checkbox({
  label,
  checked,
  onChange,
}: {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  const id = useId();
  return (
    <div className="form-group-checkbox">
      <input
        id={id}
        type="checkbox"
        className="form-checkbox"
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
      />
      <label className="form-label" htmlFor={id}>
        {label}
      </label>
    </div>
  );
}
