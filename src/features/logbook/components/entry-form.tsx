import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/ui/button';
import { ChoiceGroup } from '@/ui/choice-group';
import { TextArea } from '@/ui/fields';
import { SaveStatus } from '@/ui/save-status';
import { useSave } from '@/ui/use-save';
import { useWriteEntry } from '../hooks/use-entries';
import { ENTRY_KINDS, validateEntry, type EntryKind } from '../model';

/** A quick private logbook note: kind and text. The text stays if saving fails. */
export function EntryForm() {
  const { t } = useTranslation();
  const writeEntry = useWriteEntry();
  const [kind, setKind] = useState<EntryKind>('good');
  const [text, setText] = useState('');
  const [error, setError] = useState<string | undefined>();
  const save = useSave({ saved: t('logbook.saved'), error: (code) => t(`errors.${code}`) });

  async function onSubmit(event: SyntheticEvent) {
    event.preventDefault();
    const result = validateEntry({ kind, text });
    if (!result.ok) {
      setError(t(`logbook.${result.error}`));
      save.reset();
      return;
    }
    setError(undefined);
    if (await save.run(() => writeEntry(result.value))) setText('');
  }

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate aria-labelledby="entry-form-title">
      <h2 id="entry-form-title">{t('logbook.formTitle')}</h2>
      <ChoiceGroup
        legend={t('logbook.kind')}
        name="kind"
        chips
        choices={ENTRY_KINDS.map((value) => ({ value, label: t(`logbook.kinds.${value}`) }))}
        value={kind}
        onChange={setKind}
      />
      <TextArea
        label={t('logbook.text')}
        hint={t('logbook.textHint')}
        value={text}
        error={error}
        maxLength={4000}
        onChange={(event) => setText(event.target.value)}
      />
      <div className="form-actions">
        <Button type="submit" disabled={save.state.kind === 'saving'}>
          {t('logbook.save')}
        </Button>
      </div>
      <SaveStatus state={save.state} />
    </form>
  );
}
