import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Page } from '@/ui/page';
import { useVolunteerPlace } from '../hooks/use-place';
import { institutionInfo, telHref, type InstitutionInfo } from '../model';
import { PlaceLinks } from './place-links';
import './introduction.css';

/**
 * The institution's practical info, readable offline: the contact person (with a button that
 * calls them), what to do when something urgent happens, local agreements and insurance. Fields
 * the contact person has not filled in are left out.
 */
export function InstitutionScreen() {
  const { t } = useTranslation();
  const place = useVolunteerPlace();
  const info = place && institutionInfo(place.institution);

  return (
    <Page title={t('introduction.place.title')}>
      {!place || !info ? (
        <p className="muted">{t('app.loading')}</p>
      ) : !place.institutionId ? (
        <p>{t('introduction.noPlace')}</p>
      ) : !place.institution ? (
        <p>{t('introduction.place.notLoaded')}</p>
      ) : (
        <PlaceInfo info={info} />
      )}
      <PlaceLinks current="place" />
    </Page>
  );
}

function PlaceInfo({ info }: { info: InstitutionInfo }) {
  const { t } = useTranslation();
  const hasContact = info.contactName !== undefined || info.contactPhone !== undefined;
  const hasAny =
    hasContact ||
    info.emergency !== undefined ||
    info.agreements !== undefined ||
    info.insurance !== undefined;
  return (
    <>
      {info.name && <p className="place-name">{info.name}</p>}
      {!hasAny && <p>{t('introduction.place.empty')}</p>}
      {hasContact && (
        <InfoSection id="place-contact" title={t('introduction.place.contactTitle')}>
          {info.contactName && <p className="entry-title">{info.contactName}</p>}
          {info.contactPhone && <CallContact name={info.contactName} phone={info.contactPhone} />}
        </InfoSection>
      )}
      {info.emergency && (
        <InfoSection id="place-emergency" title={t('introduction.place.emergencyTitle')}>
          <p className="entry-text">{info.emergency}</p>
        </InfoSection>
      )}
      {info.agreements && (
        <InfoSection id="place-agreements" title={t('introduction.place.agreementsTitle')}>
          <p className="entry-text">{info.agreements}</p>
        </InfoSection>
      )}
      {info.insurance && (
        <InfoSection id="place-insurance" title={t('introduction.place.insuranceTitle')}>
          <p className="entry-text">{info.insurance}</p>
        </InfoSection>
      )}
      <p className="muted">{t('introduction.place.offline')}</p>
    </>
  );
}

function InfoSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

function CallContact({ name, phone }: { name: string | undefined; phone: string }) {
  const { t } = useTranslation();
  const href = telHref(phone);
  return (
    <>
      <p className="entry-text">{t('introduction.place.phone', { phone })}</p>
      {href && (
        <p>
          <a className="button button-secondary call-button" href={href}>
            {name ? t('introduction.place.call', { name }) : t('introduction.place.callNoName')}
          </a>
        </p>
      )}
    </>
  );
}
