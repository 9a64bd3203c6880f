/**
 * A field's hint and error message (DKFDS `.form-hint`, `.form-error-message`), with the ids that
 * the field's `aria-describedby` points at, so each is read with the field.
 */
export function FieldMessages({
  id,
  hint,
  error,
}: {
  id: string;
  hint?: string | undefined;
  error?: string | undefined;
}) {
  return (
    <>
      {hint && (
        <span className="form-hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {error && (
        <span className="form-error-message" id={`${id}-error`}>
          {error}
        </span>
      )}
    </>
  );
}

/** The `aria-describedby` for a field with `FieldMessages` under the same `id`. */
export function describedBy(id: string, hint?: string, error?: string): string | undefined {
  return [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
}
