import { useTranslation } from 'react-i18next';
import { Page } from '@/ui/page';
import { useInviteVolunteer } from '../hooks/use-invitations';
import { InvitationForm } from './invitation-form';

/** "Inviter en frivillig": a contact person makes a code for a new volunteer at their place. */
export function InviteVolunteerScreen() {
  const { t } = useTranslation();
  const createCode = useInviteVolunteer();
  return (
    <Page title={t('admin.inviteVolunteer.title')}>
      <p>{t('admin.inviteVolunteer.intro')}</p>
      <InvitationForm createCode={createCode} />
    </Page>
  );
}
