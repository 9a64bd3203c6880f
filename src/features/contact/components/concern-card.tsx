import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Concern } from '@/db/schema';
import { localeFor } from '@/i18n';
import { formatDateTime } from '@/lib/format';
import { Button } from '@/ui/button';
import { SaveStatus } from '@/ui/save-status';
import { useSave } from '@/ui/use-save';
import { useAnswerConcern } from '../hooks/use-handling';

/**
 * A volunteer's request to talk: who, when they prefer, their message, and "answered".
 *
 * The roster has no phone numbers (the server does not send them), so there is no call link; the
 * contact person calls from their own phone book.
 */
export function ConcernCard({
  concern,
  volunteerName,
}: {
  concern: Concern;
  volunteerName?: string;
}) {
  const { t, i18n } = useTranslation();
  const locale = localeFor(i18n.language);
  const headingId = useId();
  const answer = useAnswerConcern();
  const save = useSave({
    saved: t('contact.concerns.saved'),
    error: (code) => t(`errors.${code}`),
  });
  const isNew = concern.status !== 'answered';
  const name = volunteerName ?? t('contact.unnamed');
  return (
    <article className={`contact-card${isNew ? ' contact-new' : ''}`} aria-labelledby={headingId}>
      <h3 id={headingId}>{t('contact.concerns.wantsToTalk', { name })}</h3>
      {concern.preferredTime && (
        <p>{t('contact.concerns.preferredTime', { time: concern.preferredTime })}</p>
      )}
      {concern.message && <p className="entry-text">{concern.message}</p>}
      <p className="entry-meta">
        {t('contact.concerns.sent', { date: formatDateTime(concern.createdAt, locale) })}
        {!isNew &&
          concern.answeredAt !== undefined &&
          ` · ${t('contact.concerns.answered', { date: formatDateTime(concern.answeredAt, locale) })}`}
      </p>
      {isNew && (
        <div className="contact-actions">
          <Button
            disabled={save.state.kind === 'saving'}
            onClick={() => void save.run(() => answer(concern.id))}
          >
            {t('contact.concerns.markAnswered')}
          </Button>
        </div>
      )}
      <SaveStatus state={save.state} />
    </article>
  );
}
