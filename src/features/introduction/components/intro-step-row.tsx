import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { localeFor } from '@/i18n';
import { formatDate } from '@/lib/format';
import { Icon } from '@/ui/icon';
import type { IntroStep } from '../model';

/**
 * One checklist item: a checkbox the volunteer ticks, or, once the contact person has confirmed
 * it, the item marked as confirmed (nothing left for the volunteer to do).
 */
export function IntroStepRow({
  step,
  checked,
  onChange,
}: {
  step: IntroStep;
  checked: boolean;
  onChange: (done: boolean) => void;
}) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const { item, confirmedAt } = step;
  const bodyId = item.body ? `${id}-body` : undefined;

  if (confirmedAt !== undefined) {
    return (
      <li className="intro-step intro-step-confirmed">
        <p className="entry-title">
          <Icon name="success" className="intro-step-icon" />
          {item.title}
        </p>
        {item.body && <p className="entry-text">{item.body}</p>}
        <p className="entry-meta">
          {t('introduction.checklist.confirmed', {
            date: formatDate(confirmedAt, localeFor(i18n.language)),
          })}
        </p>
      </li>
    );
  }

  return (
    <li className="intro-step">
      <div className="form-group-checkbox">
        <input
          type="checkbox"
          id={id}
          className="form-checkbox"
          checked={checked}
          onChange={(event) => onChange(event.target.checked)}
          aria-describedby={bodyId}
        />
        <label htmlFor={id} className="form-label">
          {item.title}
        </label>
      </div>
      {item.body && (
        <p id={bodyId} className="entry-text intro-step-body">
          {item.body}
        </p>
      )}
    </li>
  );
}
