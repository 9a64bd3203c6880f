import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/ui/button';
import { TextArea, TextField } from '@/ui/fields';
import { SaveStatus } from '@/ui/save-status';
import { useSave } from '@/ui/use-save';
import { useWriteTip } from '../hooks/use-tips';
import { isoWeek, validateTip } from '../model';

/** Writes this week's tip. The text stays if saving fails. */
export function TipForm() {
  const { t } = useTranslation();
  const writeTip = useWriteTip();
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | undefined>();
  const save = useSave({ saved: t('tips.saved'), error: (code) => t(`errors.${code}`) });

  async function onSubmit(event: SyntheticEvent) {
    event.preventDefault();
    const result = validateTip({ week: isoWeek(new Date()), title, body, audience: 'everyone' });
    if (!result.ok) {
      setError(t(`tips.${result.error}`));
      save.reset();
      return;
    }
    setError(undefined);
    if (await save.run(() => writeTip(result.value))) {
      setTitle('');
      setBody('');
    }
  }

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate aria-labelledby="tip-form-title">
      <h2 id="tip-form-title">{t('tips.formTitle')}</h2>
      <TextField
        label={t('tips.title')}
        value={title}
        error={error && !title.trim() ? error : undefined}
        maxLength={120}
        onChange={(event) => setTitle(event.target.value)}
      />
      <TextArea
        label={t('tips.body')}
        value={body}
        error={error && !body.trim() ? error : undefined}
        maxLength={4000}
        onChange={(event) => setBody(event.target.value)}
      />
      <div className="form-actions">
        <Button type="submit" disabled={save.state.kind === 'saving'}>
          {t('tips.save')}
        </Button>
      </div>
      <SaveStatus state={save.state} />
    </form>
  );
}
