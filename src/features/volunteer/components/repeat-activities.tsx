import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localeFor } from '@/i18n';
import { todayIso } from '@/lib/dates';
import { formatDuration } from '@/lib/format';
import { Button } from '@/ui/button';
import { SaveStatus } from '@/ui/save-status';
import { useSave } from '@/ui/use-save';
import { useLogActivity, useRecentActivities } from '../hooks/use-activities';
import { repeatCandidates, type RepeatCandidate } from '../model';
import { activityLabel } from './activity-label';

/**
 * "Gør det igen": the newest few distinct activities as buttons. One tap picks one, a second tap
 * saves it for today with the same duration and place: a repeat in two taps from the home screen.
 */
export function RepeatActivities() {
  const { t, i18n } = useTranslation();
  const locale = localeFor(i18n.language);
  const recent = useRecentActivities(20);
  const logActivity = useLogActivity();
  const [chosen, setChosen] = useState<RepeatCandidate | undefined>();
  const save = useSave({ saved: t('activity.saved'), error: (code) => t(`errors.${code}`) });
  const confirmRef = useRef<HTMLButtonElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [returnFocus, setReturnFocus] = useState(false);

  // Focus follows the question: onto "Ja, gem" when it opens, back to the heading when it closes
  // (the button that had focus is gone), so keyboard and screen-reader users stay in place.
  useEffect(() => {
    if (chosen) confirmRef.current?.focus();
    else if (returnFocus) headingRef.current?.focus();
  }, [chosen, returnFocus]);

  function close() {
    setReturnFocus(true);
    setChosen(undefined);
  }

  const candidates = repeatCandidates(recent ?? []);
  if (candidates.length === 0 && save.state.kind === 'idle') return null;

  const describe = (candidate: RepeatCandidate) =>
    `${activityLabel(t, candidate.activityType)} · ${formatDuration(candidate.durationMinutes, locale)}`;

  async function confirm(candidate: RepeatCandidate) {
    const ok = await save.run(() => logActivity({ ...candidate, date: todayIso() }));
    if (ok) close();
  }

  return (
    <section className="section repeat" aria-labelledby="repeat-title">
      <h2 id="repeat-title" ref={headingRef} tabIndex={-1}>
        {t('volunteer.repeat.title')}
      </h2>
      {chosen ? (
        <div className="repeat-confirm">
          <p>{t('volunteer.repeat.confirm', { activity: describe(chosen) })}</p>
          <div className="button-row">
            {/* A plain button: the shared Button takes no ref, and focus must land here. */}
            <button
              ref={confirmRef}
              type="button"
              className="button button-primary"
              disabled={save.state.kind === 'saving'}
              onClick={() => void confirm(chosen)}
            >
              {t('volunteer.repeat.save')}
            </button>
            <Button variant="secondary" onClick={close}>
              {t('volunteer.repeat.cancel')}
            </Button>
          </div>
        </div>
      ) : (
        <ul className="repeat-list nobullet-list">
          {candidates.map((candidate) => (
            <li
              key={`${candidate.activityType}-${candidate.durationMinutes}-${candidate.institutionId ?? ''}`}
            >
              <Button
                variant="secondary"
                onClick={() => {
                  save.reset();
                  setChosen(candidate);
                }}
              >
                {describe(candidate)}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <SaveStatus state={save.state} />
    </section>
  );
}
