import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SharedEntry } from '@/db/schema';
import { formatDate } from '@/lib/format';
import { useLocale, useTagLabel } from './labels';
import './tips.css';

/** One shared entry: kind, text, tags, who shared it ("Uden navn" when anonymous) and any answer. */
export function SharedEntryCard({
  entry,
  writer = false,
  children,
}: {
  entry: SharedEntry;
  /** A contact person: offer to make a tip of a question. */
  writer?: boolean;
  children?: React.ReactNode;
}) {
  const { t } = useTranslation();
  const tagLabel = useTagLabel();
  const locale = useLocale();
  const name = entry.authorName?.trim();
  return (
    <>
      <p className="entry-meta">
        <strong>{t(`tips.meeting.kinds.${entry.kind}`)}</strong>
        {entry.tags.length > 0 && ` · ${entry.tags.map(tagLabel).join(', ')}`}
      </p>
      <p className="entry-text">{entry.text}</p>
      <p className="entry-meta">
        {name
          ? t('tips.meeting.sharedOn', { date: formatDate(entry.sharedAt, locale), name })
          : t('tips.meeting.sharedOnAnonymous', { date: formatDate(entry.sharedAt, locale) })}
      </p>
      {entry.answer?.trim() && (
        <div className="shared-answer">
          <p className="entry-meta">
            {entry.answeredBy?.trim()
              ? t('tips.meeting.answeredBy', {
                  name: entry.answeredBy,
                  date: formatDate(entry.answeredAt ?? entry.sharedAt, locale),
                })
              : t('tips.meeting.answeredByNoName', {
                  date: formatDate(entry.answeredAt ?? entry.sharedAt, locale),
                })}
          </p>
          <p className="entry-text">{entry.answer}</p>
        </div>
      )}
      {children}
      {writer && entry.kind === 'question' && (
        <p>
          <Link to={`/tips/nyt?spoergsmaal=${entry.id}`} className="tips-link">
            {t('tips.meeting.makeTip')}
          </Link>
        </p>
      )}
    </>
  );
}
