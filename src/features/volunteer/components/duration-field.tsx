import { useTranslation } from 'react-i18next';
import { localeFor } from '@/i18n';
import { formatDuration } from '@/lib/format';
import { ChoiceGroup } from '@/ui/choice-group';
import { TextField } from '@/ui/fields';
import { DURATIONS } from '../model';

/**
 * How long: one-tap duration chips, or a start and an end time under "Klokkeslæt" (the duration
 * then follows from them). A duration that is not one of the chips (from the timer, the times or
 * an earlier entry) gets a chip of its own, selected.
 */
export function DurationField({
  value,
  onChange,
  startTime,
  endTime,
  onStartTime,
  onEndTime,
  timesOpen,
  onTimesOpen,
  error,
  hint,
  startTimeError,
}: {
  value: string | undefined;
  onChange: (value: string) => void;
  startTime: string;
  endTime: string;
  onStartTime: (value: string) => void;
  onEndTime: (value: string) => void;
  timesOpen: boolean;
  onTimesOpen: (open: boolean) => void;
  error: string | undefined;
  /** Says how the duration came about (the timer's rounding). */
  hint?: string | undefined;
  startTimeError: string | undefined;
}) {
  const { t, i18n } = useTranslation();
  const locale = localeFor(i18n.language);
  const minutes = new Set<number>(DURATIONS);
  const current = Number(value);
  if (value !== undefined && Number.isFinite(current) && current > 0) minutes.add(current);
  const choices = [...minutes]
    .sort((a, b) => a - b)
    .map((m) => ({ value: String(m), label: formatDuration(m, locale) }));
  return (
    <>
      <ChoiceGroup
        legend={t('activity.duration')}
        name="duration"
        chips
        choices={choices}
        value={value}
        onChange={onChange}
        error={error}
        hint={hint}
      />
      <details
        className="times"
        open={timesOpen}
        onToggle={(event) => onTimesOpen(event.currentTarget.open)}
      >
        <summary>{t('volunteer.form.times')}</summary>
        <p className="form-hint">{t('volunteer.form.timesHint')}</p>
        <div className="times-fields">
          <TextField
            label={t('volunteer.form.startTime')}
            type="time"
            value={startTime}
            error={startTimeError}
            onChange={(event) => onStartTime(event.target.value)}
          />
          <TextField
            label={t('volunteer.form.endTime')}
            type="time"
            value={endTime}
            onChange={(event) => onEndTime(event.target.value)}
          />
        </div>
      </details>
    </>
  );
}
