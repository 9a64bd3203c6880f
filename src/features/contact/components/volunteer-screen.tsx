import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { localeFor } from '@/i18n';
import { formatDate } from '@/lib/format';
import { Alert } from '@/ui/alert';
import { Page } from '@/ui/page';
import { useVolunteer } from '../hooks/use-volunteer';
import {
  CERTIFICATE_KINDS,
  latestCertificate,
  requirementOf,
  type CertificateKind,
} from '../model';
import { CertificateForm } from './certificate-form';
import { ClaimCard } from './claim-card';
import { CriminalRecordForTask } from './criminal-record-for-task';
import { HoursTable } from './hours-table';
import { IntroConfirmList } from './intro-confirm-list';
import { ScreenState } from './screen-state';
import './contact.css';

/** One volunteer: introduction to confirm, certificates, hours per month and expense claims. */
export function VolunteerScreen() {
  const { t, i18n } = useTranslation();
  const locale = localeFor(i18n.language);
  const { volunteerId = '' } = useParams();
  const detail = useVolunteer(volunteerId);
  const name = detail ? detail.volunteer.displayName || t('contact.unnamed') : undefined;
  return (
    <Page title={name ?? t('contact.volunteer.title')}>
      <Link className="contact-back" to="/frivillige">
        {t('contact.volunteer.back')}
      </Link>
      {detail === null ? (
        <Alert tone="info">{t('contact.volunteer.notFound')}</Alert>
      ) : (
        <ScreenState data={detail}>
          {({
            volunteer,
            institution,
            introItems,
            progress,
            declaration,
            certificates,
            hours,
            expenses,
          }) => {
            const requirement = (kind: CertificateKind) =>
              requirementOf(kind, institution, volunteer);
            return (
              <>
                <p className="muted">
                  {t('contact.volunteer.joined', { date: formatDate(volunteer.joinedAt, locale) })}
                </p>
                <section className="section" aria-labelledby="volunteer-intro">
                  <h2 id="volunteer-intro">{t('contact.volunteer.introTitle')}</h2>
                  {institution?.requiresConfidentiality && (
                    <p>
                      {declaration
                        ? t('contact.overview.declarationAccepted', {
                            date: formatDate(declaration.acceptedAt, locale),
                          })
                        : t('contact.overview.declarationMissing')}
                    </p>
                  )}
                  <IntroConfirmList items={introItems} progress={progress} />
                </section>
                <section className="section" aria-labelledby="volunteer-certificates">
                  <h2 id="volunteer-certificates">{t('contact.certificates.title')}</h2>
                  <p className="form-hint">{t('contact.certificates.hint')}</p>
                  {/* Where the place asks it of every task, there is nothing to mark per person. */}
                  {!institution?.requiresCriminalRecord && (
                    <CriminalRecordForTask
                      volunteerId={volunteer.id}
                      required={volunteer.requiresCriminalRecord === true}
                    />
                  )}
                  {CERTIFICATE_KINDS.map((kind) => (
                    <CertificateForm
                      key={kind}
                      volunteerId={volunteer.id}
                      kind={kind}
                      current={latestCertificate(certificates, kind)}
                      requirement={requirement(kind)}
                    />
                  ))}
                </section>
                <section className="section" aria-labelledby="volunteer-hours">
                  <h2 id="volunteer-hours">{t('contact.volunteer.hoursTitle')}</h2>
                  <HoursTable hours={hours} labelledBy="volunteer-hours" />
                </section>
                <section className="section" aria-labelledby="volunteer-claims">
                  <h2 id="volunteer-claims">{t('contact.volunteer.claimsTitle')}</h2>
                  {expenses.length === 0 ? (
                    <p>{t('contact.volunteer.claimsEmpty')}</p>
                  ) : (
                    <ul className="contact-list nobullet-list">
                      {expenses.map((expense) => (
                        <li key={expense.id}>
                          <ClaimCard expense={expense} />
                        </li>
                      ))}
                    </ul>
                  )}
                </section>
              </>
            );
          }}
        </ScreenState>
      )}
    </Page>
  );
}
