import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Activity } from '@/db/schema';
import { todayIso } from '@/lib/dates';
import { Button } from '@/ui/button';
import { ChoiceGroup } from '@/ui/choice-group';
import { TextArea, TextField } from '@/ui/fields';
import { SaveStatus } from '@/ui/save-status';
import { useSave } from '@/ui/use-save';
import { useLogActivity, useRecentActivities, useUpdateActivity } from '../hooks/use-activities';
import { useVolunteerContext } from '../hooks/use-volunteer-context';
import {
  MAX_NOTE_LENGTH,
  minutesBetweenTimes,
  recentTypes,
  TIMER_ROUNDING_MINUTES,
  timerPrefill,
  typeChoices,
  validateActivity,
  type ActivityErrors,
  type TimerState,
} from '../model';
import { activityLabel } from './activity-label';
import { DurationField } from './duration-field';
import { errorText } from './error-text';
import { OTHER_TYPE, TypeField, type TypeValue } from './type-field';

const TIME = /^\d{2}:\d{2}$/;

/**
 * The activity form: tap a type, tap a duration (the last one is pre-filled), tap save.
 *
 * Date defaults to today, the place to the volunteer's institution. A stopped timer fills in the
 * date, start time and duration; saving then forgets the timer in the same transaction. With
 * `editing` it changes an existing activity instead. On failure everything typed stays.
 */
export function ActivityForm({
  editing,
  timer,
}: {
  editing?: Activity;
  timer?: Extract<TimerState, { kind: 'stopped' }> | undefined;
}) {
  const { t } = useTranslation();
  const logActivity = useLogActivity();
  const updateActivity = useUpdateActivity();
  const recent = useRecentActivities(20);
  const context = useVolunteerContext();
  const lastDuration = recent?.[0]?.durationMinutes;

  const [type, setType] = useState<TypeValue | undefined>(editing?.activityType);
  const [otherText, setOtherText] = useState('');
  const [duration, setDuration] = useState<string | undefined>(
    editing && String(editing.durationMinutes),
  );
  const [date, setDate] = useState(editing?.date ?? todayIso());
  const [startTime, setStartTime] = useState(editing?.startTime ?? '');
  const [endTime, setEndTime] = useState('');
  const [timesOpen, setTimesOpen] = useState(Boolean(editing?.startTime));
  const [institution, setInstitution] = useState<string | undefined>(editing?.institutionId);
  const [participants, setParticipants] = useState(
    editing?.participants === undefined ? '' : String(editing.participants),
  );
  const [note, setNote] = useState(editing?.note ?? '');
  const [errors, setErrors] = useState<ActivityErrors>({});
  const save = useSave({
    saved: editing ? t('volunteer.edit.saved') : t('activity.saved'),
    error: (code) => t(`errors.${code}`),
  });

  // A newly stopped timer fills the form once (adjusting state to a prop, without an effect).
  const [appliedTimer, setAppliedTimer] = useState<number | undefined>();
  if (!editing && timer && timer.stoppedAt !== appliedTimer) {
    const prefill = timerPrefill(timer.startedAt, timer.stoppedAt);
    setAppliedTimer(timer.stoppedAt);
    setDate(prefill.date);
    setStartTime(prefill.startTime);
    setEndTime('');
    setDuration(String(prefill.durationMinutes));
    setTimesOpen(true);
    // A new, unsaved entry: "Gemt" from the one before would say it is already saved.
    save.reset();
  }
  const fromTimer = !editing && timer !== undefined && timer.stoppedAt === appliedTimer;
  // The rounding is explained while the duration is still the timer's, not after a change.
  const roundedByTimer =
    fromTimer &&
    duration === String(timerPrefill(timer.startedAt, timer.stoppedAt).durationMinutes);

  const institutions = context?.institutions ?? [];
  // A new activity is at the volunteer's own institution unless they choose another; an edit keeps
  // what the activity had, so an old entry without a place does not get one by being opened.
  const chosenInstitution = editing
    ? institution
    : (institution ??
      context?.institutionId ??
      (institutions.length === 1 ? institutions[0]?.id : undefined));
  const institutionTypes = institutions.find((row) => row.id === chosenInstitution)?.activityTypes;
  const choices = typeChoices(
    institutionTypes,
    [...(editing ? [editing.activityType] : []), ...recentTypes(recent ?? [])],
    (value) => activityLabel(t, value),
  );
  const chosenDuration =
    duration ?? (lastDuration !== undefined ? String(lastDuration) : undefined);

  function changeTimes(start: string, end: string) {
    setStartTime(start);
    setEndTime(end);
    if (TIME.test(start) && TIME.test(end)) {
      setDuration(String(minutesBetweenTimes(date, start, end)));
    }
  }

  function resetAfterSave() {
    setType(undefined);
    setOtherText('');
    setNote('');
    setParticipants('');
    setDuration(undefined);
    setStartTime('');
    setEndTime('');
    setTimesOpen(false);
  }

  async function onSubmit(event: SyntheticEvent) {
    event.preventDefault();
    const participantsText = participants.trim();
    const result = validateActivity({
      date,
      durationMinutes: Number(chosenDuration ?? NaN),
      activityType: type === OTHER_TYPE ? otherText : (type ?? ''),
      ...(startTime ? { startTime } : {}),
      ...(chosenInstitution ? { institutionId: chosenInstitution } : {}),
      ...(participantsText ? { participants: Number(participantsText) } : {}),
      note,
    });
    if (!result.ok) {
      setErrors(result.errors);
      save.reset();
      return;
    }
    setErrors({});
    if (editing) {
      await save.run(() => updateActivity(editing, result.value));
      return;
    }
    const ok = await save.run(() => logActivity(result.value, { clearTimer: fromTimer }));
    if (ok) resetAfterSave();
  }

  const titleId = editing ? 'activity-edit-title' : 'activity-form-title';
  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate aria-labelledby={titleId}>
      <h2 id={titleId}>{editing ? t('volunteer.edit.formTitle') : t('activity.formTitle')}</h2>
      {fromTimer && <p className="form-hint">{t('volunteer.timer.filledIn')}</p>}
      <TypeField
        choices={choices}
        value={type}
        otherText={otherText}
        onChange={setType}
        onOtherText={setOtherText}
        error={errorText(t, errors.activityType)}
      />
      <DurationField
        value={chosenDuration}
        onChange={(value) => {
          setDuration(value);
          setEndTime('');
        }}
        startTime={startTime}
        endTime={endTime}
        onStartTime={(value) => changeTimes(value, endTime)}
        onEndTime={(value) => changeTimes(startTime, value)}
        timesOpen={timesOpen}
        onTimesOpen={setTimesOpen}
        error={errorText(t, errors.durationMinutes)}
        hint={
          roundedByTimer
            ? t('volunteer.timer.rounded', { minutes: TIMER_ROUNDING_MINUTES })
            : undefined
        }
        startTimeError={errorText(t, errors.startTime)}
      />
      <TextField
        label={t('activity.date')}
        type="date"
        value={date}
        max={todayIso()}
        error={errorText(t, errors.date)}
        onChange={(event) => setDate(event.target.value || todayIso())}
      />
      {institutions.length > 1 && (
        <ChoiceGroup
          legend={t('volunteer.form.institution')}
          name="institution"
          choices={institutions.map((row) => ({ value: row.id, label: row.name }))}
          value={chosenInstitution}
          onChange={setInstitution}
        />
      )}
      <TextField
        label={t('volunteer.form.participants')}
        inputMode="numeric"
        autoComplete="off"
        value={participants}
        maxLength={4}
        error={errorText(t, errors.participants)}
        onChange={(event) => setParticipants(event.target.value)}
      />
      <TextArea
        label={t('activity.note')}
        hint={t('privacy.hint')}
        error={errorText(t, errors.note)}
        value={note}
        maxLength={MAX_NOTE_LENGTH}
        rows={2}
        onChange={(event) => setNote(event.target.value)}
      />
      <div className="form-actions">
        <Button type="submit" disabled={save.state.kind === 'saving'}>
          {editing ? t('volunteer.edit.save') : t('activity.save')}
        </Button>
      </div>
      <SaveStatus state={save.state} />
    </form>
  );
}
