import { useTranslation } from 'react-i18next';
import { localeFor } from '@/i18n';
import { parseIsoDate } from '@/lib/dates';
import { formatDate } from '@/lib/format';
import type { CertificateState } from '../model';

/** One certificate's status in a short line, with its renewal reminder when due. */
export function CertificateLine({ state }: { state: CertificateState }) {
  const { t, i18n } = useTranslation();
  const locale = localeFor(i18n.language);
  return (
    <>
      {t('contact.certificates.summary', {
        kind: t(`contact.certificates.kinds.${state.kind}`),
        status: t(`contact.certificates.statuses.${state.status}`),
      })}
      {state.renewBy &&
        ` (${t('contact.certificates.renewByDate', {
          date: formatDate(parseIsoDate(state.renewBy), locale),
        })})`}
      {state.reminder && (
        <>
          {' '}
          <strong
            className={`badge ${state.reminder === 'overdue' ? 'badge-error' : 'badge-warning'}`}
          >
            {t(`contact.certificates.reminders.${state.reminder}`)}
          </strong>
        </>
      )}
    </>
  );
}
