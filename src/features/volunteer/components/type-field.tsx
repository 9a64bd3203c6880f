import { useTranslation } from 'react-i18next';
import { ChoiceGroup } from '@/ui/choice-group';
import { TextField } from '@/ui/fields';
import { MAX_TYPE_LENGTH } from '../model';
import { activityLabel } from './activity-label';

/** The value of the "Andet" chip: the volunteer writes the type. */
export const OTHER_TYPE = Symbol('other');

/** The chosen type: one of the offered ones, or "Andet". */
export type TypeValue = string | typeof OTHER_TYPE;

/**
 * What the volunteer did: one chip per offered type, and "Andet" with a text field of their own
 * (which gets the privacy hint: it is free text).
 */
export function TypeField({
  choices,
  value,
  otherText,
  onChange,
  onOtherText,
  error,
}: {
  choices: readonly string[];
  value: TypeValue | undefined;
  otherText: string;
  onChange: (value: TypeValue) => void;
  onOtherText: (text: string) => void;
  error: string | undefined;
}) {
  const { t } = useTranslation();
  // The radio values are the types themselves, prefixed so that no type can be 'other'.
  const typeChoices = [
    ...choices.map((type) => ({ value: `type:${type}`, label: activityLabel(t, type) })),
    { value: 'other', label: t('activity.typeOther') },
  ];
  const other = value === OTHER_TYPE;
  const offered = value === undefined || other ? undefined : offeredAs(value);
  const selected = other ? 'other' : offered === undefined ? undefined : `type:${offered}`;

  // A built-in key may be offered under the institution's own name for it ("Kortspil").
  function offeredAs(type: string): string | undefined {
    if (choices.includes(type)) return type;
    const label = activityLabel(t, type);
    return choices.find((choice) => activityLabel(t, choice) === label);
  }
  return (
    <>
      <ChoiceGroup
        legend={t('activity.type')}
        name="activityType"
        chips
        choices={typeChoices}
        value={selected}
        onChange={(chosen) =>
          onChange(chosen === 'other' ? OTHER_TYPE : chosen.slice('type:'.length))
        }
        error={other ? undefined : error}
      />
      {other && (
        <TextField
          label={t('activity.typeOtherLabel')}
          hint={t('privacy.hint')}
          error={error}
          value={otherText}
          maxLength={MAX_TYPE_LENGTH}
          onChange={(event) => onOtherText(event.target.value)}
        />
      )}
    </>
  );
}
