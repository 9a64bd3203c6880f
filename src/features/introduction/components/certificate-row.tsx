import { useTranslation } from 'react-i18next';
import { localeFor } from '@/i18n';
import { parseIsoDate } from '@/lib/dates';
import { formatDate } from '@/lib/format';
import { Alert } from '@/ui/alert';
import type { CertificateLine } from '../model';
import { certificateKindLabel, certificateStatusLabel } from './labels';

/** One kind of certificate: whether it is required, its status, its dates, a renewal reminder. */
export function CertificateRow({ line }: { line: CertificateLine }) {
  const { t, i18n } = useTranslation();
  const locale = localeFor(i18n.language);
  const date = (iso: string) => formatDate(parseIsoDate(iso), locale);
  const { certificate, renewal } = line;
  const dates = [
    certificate?.requestedOn &&
      t('introduction.certificates.requestedOn', { date: date(certificate.requestedOn) }),
    certificate?.decidedOn &&
      t('introduction.certificates.decidedOn', { date: date(certificate.decidedOn) }),
    certificate?.renewBy &&
      t('introduction.certificates.renewBy', { date: date(certificate.renewBy) }),
  ].filter(Boolean);

  return (
    <li className="certificate">
      <h2 className="certificate-title">{certificateKindLabel(t, line.kind)}</h2>
      {line.required && (
        <p className="entry-meta">
          {line.kind === 'child'
            ? t('introduction.certificates.requiredChild')
            : line.forTask
              ? t('introduction.certificates.requiredTask')
              : t('introduction.certificates.requiredHere')}
        </p>
      )}
      <p className="entry-text">
        {certificate
          ? t('introduction.certificates.status', {
              status: certificateStatusLabel(t, certificate.status),
            })
          : t('introduction.certificates.notRecorded')}
      </p>
      {dates.length > 0 && (
        <ul className="certificate-dates">
          {dates.map((text) => (
            <li key={text}>{text}</li>
          ))}
        </ul>
      )}
      {renewal.kind === 'soon' && certificate?.renewBy && (
        <Alert tone="warning">
          {renewal.days === 0
            ? t('introduction.certificates.dueToday')
            : t('introduction.certificates.soon', {
                count: renewal.days,
                date: date(certificate.renewBy),
              })}
        </Alert>
      )}
      {renewal.kind === 'overdue' && certificate?.renewBy && (
        <Alert tone="error">
          {t('introduction.certificates.overdue', {
            count: renewal.days,
            date: date(certificate.renewBy),
          })}
        </Alert>
      )}
    </li>
  );
}
