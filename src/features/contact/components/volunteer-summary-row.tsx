import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { localeFor } from '@/i18n';
import { formatDate, formatDuration } from '@/lib/format';
import type { VolunteerSummary } from '../model';
import { CertificateLine } from './certificate-badges';

/** One volunteer in the overview: name (a link to their page) and what needs attention. */
export function VolunteerSummaryRow({ summary }: { summary: VolunteerSummary }) {
  const { t, i18n } = useTranslation();
  const locale = localeFor(i18n.language);
  const { intro, declaration } = summary;
  return (
    <>
      <p className="entry-title">
        <Link to={`/frivillige/${summary.id}`}>{summary.name || t('contact.unnamed')}</Link>
      </p>
      {(summary.newConcerns > 0 || summary.openClaims > 0 || intro.awaiting > 0) && (
        <ul className="contact-badges nobullet-list">
          {summary.newConcerns > 0 && (
            <li>
              <strong className="badge badge-error">{t('contact.overview.newConcern')}</strong>
            </li>
          )}
          {summary.openClaims > 0 && (
            <li>
              <span className="badge badge-info">
                {t('contact.overview.openClaims', { count: summary.openClaims })}
              </span>
            </li>
          )}
          {intro.awaiting > 0 && (
            <li>
              <span className="badge badge-info">
                {t('contact.overview.toConfirm', { count: intro.awaiting })}
              </span>
            </li>
          )}
        </ul>
      )}
      <p className="entry-meta">
        {intro.total === 0 ? t('contact.overview.introNone') : t('contact.overview.intro', intro)}
      </p>
      {declaration && (
        <p className="entry-meta">
          {declaration.acceptedAt === undefined
            ? t('contact.overview.declarationMissing')
            : t('contact.overview.declarationAccepted', {
                date: formatDate(declaration.acceptedAt, locale),
              })}
        </p>
      )}
      {summary.certificates.map((state) => (
        <p className="entry-meta" key={state.kind}>
          <CertificateLine state={state} />
        </p>
      ))}
      <p className="entry-meta">
        {t('contact.overview.hours', {
          thisMonth: formatDuration(summary.minutesThisMonth, locale),
          lastMonth: formatDuration(summary.minutesLastMonth, locale),
        })}
      </p>
    </>
  );
}
