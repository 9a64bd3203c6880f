import { useTranslation } from 'react-i18next';
import { todayIso } from '@/lib/dates';
import { Page } from '@/ui/page';
import { useCertificates } from '../hooks/use-certificates';
import { certificateLines } from '../model';
import { CertificateRow } from './certificate-row';
import { PlaceLinks } from './place-links';
import './introduction.css';

/** The status of the certificates the institution requires, with a reminder to renew in time. */
export function CertificatesScreen() {
  const { t } = useTranslation();
  const view = useCertificates();
  const lines =
    view && certificateLines(view.institution, view.task, view.certificates, todayIso());

  return (
    <Page title={t('introduction.certificates.title')}>
      <p>{t('introduction.certificates.lead')}</p>
      {!view || !lines ? (
        <p className="muted">{t('app.loading')}</p>
      ) : !view.institutionId ? (
        <p>{t('introduction.noPlace')}</p>
      ) : lines.length === 0 ? (
        <p>{t('introduction.certificates.noneRequired')}</p>
      ) : (
        <ul className="entry-list nobullet-list certificate-list">
          {lines.map((line) => (
            <CertificateRow key={line.kind} line={line} />
          ))}
        </ul>
      )}
      <PlaceLinks current="certificates" />
    </Page>
  );
}
