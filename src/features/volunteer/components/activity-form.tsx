import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { localeFor } from '@/i18n';
import { formatDuration, todayIso } from '@/lib/format';
import { Button } from '@/ui/button';
import { ChoiceGroup } from '@/ui/choice-group';
import { TextArea, TextField } from '@/ui/fields';
import { SaveStatus } from '@/ui/save-status';
import { useSave } from '@/ui/use-save';
import { useLogActivity, useRecentActivities } from '../hooks/use-activities';
import { ACTIVITY_TYPES, DURATIONS, validateActivity, type ActivityError } from '../model';

const OTHER = 'other';

/**
 * The quick activity form: tap a type, tap a duration (the last one is pre-filled), tap save.
 *
 * Date defaults to today. On failure everything typed stays in the form.
 */
export function ActivityForm() {
  const { t, i18n } = useTranslation();
  const logActivity = useLogActivity();
  const recent = useRecentActivities(1);
  const lastDuration = recent?.[0]?.durationMinutes;

  const [type, setType] = useState<string | undefined>();
  const [otherText, setOtherText] = useState('');
  const [duration, setDuration] = useState<string | undefined>();
  const [date, setDate] = useState(todayIso);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Partial<Record<string, ActivityError>>>({});
  const save = useSave({ saved: t('activity.saved'), error: (code) => t(`errors.${code}`) });

  const chosenDuration =
    duration ?? (lastDuration !== undefined ? String(lastDuration) : undefined);
  const typeChoices = [
    ...ACTIVITY_TYPES.map((key) => ({ value: key, label: t(`activity.types.${key}`) })),
    { value: OTHER, label: t('activity.typeOther') },
  ];
  const durationChoices = DURATIONS.map((minutes) => ({
    value: String(minutes),
    label: formatDuration(minutes, localeFor(i18n.language)),
  }));

  async function onSubmit(event: SyntheticEvent) {
    event.preventDefault();
    const result = validateActivity({
      date,
      durationMinutes: Number(chosenDuration ?? NaN),
      activityType: type === OTHER ? otherText : (type ?? ''),
      note,
    });
    if (!result.ok) {
      setErrors(result.errors);
      save.reset();
      return;
    }
    setErrors({});
    const ok = await save.run(() => logActivity(result.value));
    if (ok) {
      setType(undefined);
      setOtherText('');
      setNote('');
      setDuration(undefined);
    }
  }

  return (
    <form
      onSubmit={(event) => void onSubmit(event)}
      noValidate
      aria-labelledby="activity-form-title"
    >
      <h2 id="activity-form-title">{t('activity.formTitle')}</h2>
      <ChoiceGroup
        legend={t('activity.type')}
        name="activityType"
        chips
        choices={typeChoices}
        value={type}
        onChange={setType}
        error={errors.activityType && t(`activity.${errors.activityType}`)}
      />
      {type === OTHER && (
        <TextField
          label={t('activity.typeOtherLabel')}
          value={otherText}
          maxLength={80}
          onChange={(event) => setOtherText(event.target.value)}
        />
      )}
      <ChoiceGroup
        legend={t('activity.duration')}
        name="duration"
        chips
        choices={durationChoices}
        value={chosenDuration}
        onChange={setDuration}
        error={errors.durationMinutes && t(`activity.${errors.durationMinutes}`)}
      />
      <TextField
        label={t('activity.date')}
        type="date"
        value={date}
        max={todayIso()}
        onChange={(event) => setDate(event.target.value || todayIso())}
      />
      <TextArea
        label={t('activity.note')}
        hint={t('activity.noteHint')}
        value={note}
        maxLength={500}
        rows={2}
        onChange={(event) => setNote(event.target.value)}
      />
      <div className="form-actions">
        <Button type="submit" disabled={save.state.kind === 'saving'}>
          {t('activity.save')}
        </Button>
      </div>
      <SaveStatus state={save.state} />
    </form>
  );
}
