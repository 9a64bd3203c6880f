import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/ui/alert';
import { Page } from '@/ui/page';
import { useConcernContext, useWaitingConcernCount } from '../hooks/use-concern';
import { CallContact } from './call-contact';
import { ConcernForm } from './concern-form';
import { ConcernSent } from './concern-sent';
import './concern.css';

/**
 * "Jeg er bekymret for en borger": what the volunteer must do (tell staff the same day), that they
 * are not alone, a call button, and a request to talk that leaves nothing on the phone once sent.
 */
export function ConcernScreen() {
  const { t } = useTranslation();
  const context = useConcernContext();
  const waiting = useWaitingConcernCount();
  const [sentId, setSentId] = useState<string | undefined>();

  return (
    <Page title={t('concern.title')}>
      <section aria-labelledby="concern-duty">
        <h2 id="concern-duty">{t('concern.dutyTitle')}</h2>
        <p>{t('concern.duty')}</p>
        <p>{t('concern.notYourJob')}</p>
        <p>{t('concern.notAlone')}</p>
        <p>{t('concern.noDetails')}</p>
        <Alert tone="warning">
          {t('concern.emergency')}{' '}
          <a href="tel:112" className="concern-emergency">
            {t('concern.emergencyCall')}
          </a>
        </Alert>
      </section>
      {context === undefined ? (
        <p className="muted">{t('app.loading')}</p>
      ) : (
        <>
          <CallContact context={context} />
          <section className="section" aria-labelledby="concern-ask">
            <h2 id="concern-ask">{t('concern.formTitle')}</h2>
            {sentId ? (
              <ConcernSent id={sentId} />
            ) : (
              <>
                {waiting !== undefined && waiting > 0 && (
                  <p className="concern-waiting">{t('concern.waiting', { count: waiting })}</p>
                )}
                <ConcernForm context={context} onSent={setSentId} />
              </>
            )}
          </section>
        </>
      )}
    </Page>
  );
}
