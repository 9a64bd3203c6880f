import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/ui/button';
import { TextArea, TextField } from '@/ui/fields';
import { validateIntroItem, type IntroItemInput } from '../model';

/** Title and text of one introduction item; used to add an item and to edit one. */
export function IntroItemForm({
  initial = { title: '', body: '' },
  submitLabel,
  onSubmit,
  onCancel,
  labelledBy,
}: {
  initial?: IntroItemInput;
  submitLabel: string;
  /** Resolves `true` once saved; the form then clears (when adding). */
  onSubmit: (input: IntroItemInput) => Promise<boolean>;
  onCancel?: () => void;
  labelledBy: string;
}) {
  const { t } = useTranslation();
  const [title, setTitle] = useState(initial.title);
  const [body, setBody] = useState(initial.body);
  const [errors, setErrors] = useState<Partial<Record<keyof IntroItemInput, string>>>({});
  const [busy, setBusy] = useState(false);

  async function submit(event: SyntheticEvent) {
    event.preventDefault();
    const result = validateIntroItem({ title, body });
    if (!result.ok) {
      const messages: Partial<Record<keyof IntroItemInput, string>> = {};
      for (const [field, code] of Object.entries(result.errors)) {
        messages[field as keyof IntroItemInput] =
          code === 'cpr' ? t('privacy.cprFound') : t(`contact.intro.${code}`);
      }
      setErrors(messages);
      return;
    }
    setErrors({});
    setBusy(true);
    const ok = await onSubmit(result.value);
    setBusy(false);
    if (ok && !onCancel) {
      setTitle('');
      setBody('');
    }
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby={labelledBy}>
      <TextField
        label={t('contact.intro.itemTitle')}
        value={title}
        maxLength={200}
        error={errors.title}
        onChange={(event) => setTitle(event.target.value)}
      />
      <TextArea
        label={t('contact.intro.itemBody')}
        value={body}
        maxLength={2000}
        rows={3}
        error={errors.body}
        onChange={(event) => setBody(event.target.value)}
      />
      <div className="contact-actions">
        <Button type="submit" disabled={busy}>
          {submitLabel}
        </Button>
        {onCancel && (
          <Button variant="secondary" onClick={onCancel}>
            {t('contact.intro.cancel')}
          </Button>
        )}
      </div>
    </form>
  );
}
