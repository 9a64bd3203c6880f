import { useId, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { looksLikeCpr } from '@/protocol/cpr';
import { Alert } from '@/ui/alert';
import { Button } from '@/ui/button';
import { SelectField, TextField } from '@/ui/fields';
import type { AdminProblem, AdminResult } from '../data/admin-api';

type NameError = 'empty' | 'cpr' | 'place';

/**
 * A small form that makes one named thing on the server (a place, or a team in the `place`
 * chosen): says it is made, or why not, and keeps the name when it fails.
 */
export function NameForm({
  title,
  label,
  submit,
  create,
  onCreated,
  place,
}: {
  title: string;
  label: string;
  submit: string;
  create: (name: string) => Promise<AdminResult<{ name: string }>>;
  /** Called after the server made it. */
  onCreated?: (() => void) | undefined;
  place?: {
    value: string;
    onChange: (value: string) => void;
    options: { value: string; label: string }[];
  };
}) {
  const { t } = useTranslation();
  const titleId = useId();
  const [name, setName] = useState('');
  const [error, setError] = useState<NameError | undefined>();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<AdminProblem | undefined>();
  const [made, setMade] = useState<string | undefined>();

  async function onSubmit(event: SyntheticEvent) {
    event.preventDefault();
    const trimmed = name.trim();
    const invalid: NameError | undefined =
      place && !place.value
        ? 'place'
        : !trimmed
          ? 'empty'
          : looksLikeCpr(trimmed)
            ? 'cpr'
            : undefined;
    setError(invalid);
    setProblem(undefined);
    setMade(undefined);
    if (invalid) return;
    setBusy(true);
    const result = await create(trimmed);
    setBusy(false);
    if (!result.ok) return setProblem(result.problem);
    setMade(result.value.name);
    setName('');
    onCreated?.();
  }

  return (
    <section className="section" aria-labelledby={titleId}>
      <h2 id={titleId}>{title}</h2>
      <form noValidate onSubmit={(event) => void onSubmit(event)}>
        {place && (
          <SelectField
            label={t('admin.places.teamPlace')}
            error={error === 'place' ? t('admin.places.errors.place') : undefined}
            value={place.value}
            onChange={(event) => place.onChange(event.target.value)}
            options={[{ value: '', label: t('admin.places.choosePlace') }, ...place.options]}
          />
        )}
        <TextField
          label={label}
          error={error && error !== 'place' ? t(`admin.places.errors.${error}`) : undefined}
          autoComplete="off"
          maxLength={120}
          value={name}
          onChange={(event) => setName(event.target.value)}
        />
        <Button type="submit" disabled={busy}>
          {submit}
        </Button>
      </form>
      <div role="status">{made && <p>{t('admin.places.made', { name: made })}</p>}</div>
      <div role="alert">
        {problem && <Alert tone="error">{t(`admin.problems.${problem}`)}</Alert>}
      </div>
    </section>
  );
}
