import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/ui/button';
import { TextField } from '@/ui/fields';
import { addActivityType } from '../model';

/** The institution's activity types: a list with remove buttons and a field to add one. */
export function ActivityTypesEditor({
  types,
  onChange,
}: {
  types: readonly string[];
  onChange: (types: string[]) => void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | undefined>();

  function add() {
    const result = addActivityType(types, text);
    if (!result.ok) {
      setError(
        result.error === 'cpr' ? t('privacy.cprFound') : t(`contact.institution.${result.error}`),
      );
      return;
    }
    setError(undefined);
    setText('');
    onChange(result.value);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    // Enter adds the type instead of submitting the whole form.
    if (event.key === 'Enter') {
      event.preventDefault();
      add();
    }
  }

  return (
    <fieldset className="form-group">
      <legend className="form-label">{t('contact.institution.activityTypes')}</legend>
      <span className="form-hint">{t('contact.institution.activityTypesHint')}</span>
      {types.length > 0 && (
        <ul className="contact-list nobullet-list">
          {types.map((type) => (
            <li key={type} className="contact-actions">
              <span className="contact-type">{type}</span>
              <Button
                variant="tertiary"
                aria-label={t('contact.institution.removeActivityType', { type })}
                onClick={() => onChange(types.filter((other) => other !== type))}
              >
                {t('contact.institution.remove')}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <TextField
        label={t('contact.institution.newActivityType')}
        value={text}
        maxLength={80}
        error={error}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={onKeyDown}
      />
      <Button variant="secondary" onClick={add}>
        {t('contact.institution.addActivityType')}
      </Button>
    </fieldset>
  );
}
