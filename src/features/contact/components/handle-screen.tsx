import { useTranslation } from 'react-i18next';
import { Page } from '@/ui/page';
import { useHandling } from '../hooks/use-handling';
import { ClaimCard } from './claim-card';
import { ConcernCard } from './concern-card';
import { ScreenState } from './screen-state';
import './contact.css';

/** What waits for the contact person: requests to talk first, then claims (submitted first). */
export function HandleScreen() {
  const { t } = useTranslation();
  const handling = useHandling();
  return (
    <Page title={t('contact.handle.title')}>
      <ScreenState data={handling}>
        {({ claims, concerns }) => (
          <>
            <section className="section" aria-labelledby="contact-concerns">
              <h2 id="contact-concerns">{t('contact.handle.concernsTitle')}</h2>
              {concerns.length === 0 ? (
                <p>{t('contact.handle.concernsEmpty')}</p>
              ) : (
                <ul className="contact-list nobullet-list">
                  {concerns.map(({ concern, volunteerName }) => (
                    <li key={concern.id}>
                      <ConcernCard
                        concern={concern}
                        {...(volunteerName !== undefined ? { volunteerName } : {})}
                      />
                    </li>
                  ))}
                </ul>
              )}
            </section>
            <section className="section" aria-labelledby="contact-claims">
              <h2 id="contact-claims">{t('contact.handle.claimsTitle')}</h2>
              {claims.length === 0 ? (
                <p>{t('contact.handle.claimsEmpty')}</p>
              ) : (
                <ul className="contact-list nobullet-list">
                  {claims.map(({ expense, volunteerName }) => (
                    <li key={expense.id}>
                      <ClaimCard
                        expense={expense}
                        volunteerName={volunteerName ?? t('contact.unnamed')}
                      />
                    </li>
                  ))}
                </ul>
              )}
            </section>
          </>
        )}
      </ScreenState>
    </Page>
  );
}
