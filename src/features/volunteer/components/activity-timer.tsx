import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localeFor } from '@/i18n';
import { formatDuration, formatTime } from '@/lib/format';
import { Alert } from '@/ui/alert';
import { Button } from '@/ui/button';
import { useMinuteClock, useTimerActions } from '../hooks/use-timer';
import { elapsedMinutes, timerPrefill, type TimerState } from '../model';

/**
 * "Start" on arrival, "Stop" on leaving. The running time updates once a minute in a `timer` role
 * (not a live region: screen readers read it when asked, not every minute). Stopping fills in the
 * form below; "Kassér" forgets a stopped time that should not be saved.
 */
export function ActivityTimer({ timer }: { timer: TimerState }) {
  const { t, i18n } = useTranslation();
  const locale = localeFor(i18n.language);
  const actions = useTimerActions();
  const now = useMinuteClock(timer.kind === 'running');
  const [failed, setFailed] = useState(false);

  async function run(action: () => Promise<unknown>) {
    try {
      setFailed(false);
      await action();
    } catch {
      setFailed(true);
    }
  }

  return (
    <section className="section timer" aria-labelledby="timer-title">
      <h2 id="timer-title">{t('volunteer.timer.title')}</h2>
      {timer.kind === 'idle' && (
        <>
          <p>{t('volunteer.timer.idle')}</p>
          <Button onClick={() => void run(actions.start)}>{t('volunteer.timer.start')}</Button>
        </>
      )}
      {timer.kind === 'running' && (
        <>
          <p role="timer" className="timer-running">
            {t('volunteer.timer.running', {
              time: formatTime(timer.startedAt, locale),
              duration: formatDuration(elapsedMinutes(timer.startedAt, now), locale),
            })}
          </p>
          <Button onClick={() => void run(actions.stop)}>{t('volunteer.timer.stop')}</Button>
        </>
      )}
      {timer.kind === 'stopped' && <StoppedTimer timer={timer} onDiscard={actions.clear} />}
      <div role="alert">{failed && <Alert tone="error">{t('errors.unknown')}</Alert>}</div>
    </section>
  );
}

function StoppedTimer({
  timer,
  onDiscard,
}: {
  timer: Extract<TimerState, { kind: 'stopped' }>;
  onDiscard: () => Promise<void>;
}) {
  const { t, i18n } = useTranslation();
  const locale = localeFor(i18n.language);
  const prefill = timerPrefill(timer.startedAt, timer.stoppedAt);
  return (
    <>
      <p role="status">
        {t('volunteer.timer.stopped', {
          from: formatTime(timer.startedAt, locale),
          to: formatTime(timer.stoppedAt, locale),
          duration: formatDuration(prefill.durationMinutes, locale),
        })}
      </p>
      {prefill.capped && <p className="form-hint">{t('volunteer.timer.capped')}</p>}
      <Button variant="secondary" onClick={() => void onDiscard()}>
        {t('volunteer.timer.discard')}
      </Button>
    </>
  );
}
