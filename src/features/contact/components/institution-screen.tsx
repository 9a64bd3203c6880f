import { useTranslation } from 'react-i18next';
import { Page } from '@/ui/page';
import { useInstitutionSettings } from '../hooks/use-institution';
import { InstitutionForm } from './institution-form';
import { IntroItemsEditor } from './intro-items-editor';
import { ScreenState } from './screen-state';
import './contact.css';

/** The institution's info for volunteers and the introduction checklist, kept by the contact. */
export function InstitutionScreen() {
  const { t } = useTranslation();
  const settings = useInstitutionSettings();
  return (
    <Page title={t('contact.institution.title')}>
      <ScreenState data={settings}>
        {({ institutionId, institution, introItems }) => (
          <>
            <InstitutionForm
              // A row pulled after the screen opened restarts the form with its values.
              key={institution ? 'loaded' : 'empty'}
              institutionId={institutionId}
              institution={institution}
            />
            <IntroItemsEditor institutionId={institutionId} items={introItems} />
          </>
        )}
      </ScreenState>
    </Page>
  );
}
