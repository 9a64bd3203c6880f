import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ConfirmDelete } from '@/ui/confirm-delete';
import { Page } from '@/ui/page';
import { useActivity, useDeleteActivity } from '../hooks/use-activities';
import { ActivityForm } from './activity-form';
import './volunteer.css';

/** Opens one of the volunteer's own activities: change it and save, or delete it after a check. */
export function ActivityEditScreen() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const activity = useActivity(id);
  return (
    <Page title={t('volunteer.edit.title')}>
      <p>
        <Link to="/aktiviteter">{t('volunteer.edit.back')}</Link>
      </p>
      {activity === undefined && <p className="muted">{t('app.loading')}</p>}
      {activity === null && <p>{t('volunteer.edit.notFound')}</p>}
      {activity && (
        <>
          <ActivityForm key={activity.id} editing={activity} />
          <DeleteActivity id={activity.id} />
        </>
      )}
    </Page>
  );
}

function DeleteActivity({ id }: { id: string }) {
  const { t } = useTranslation();
  const deleteActivity = useDeleteActivity();
  const navigate = useNavigate();
  return (
    <ConfirmDelete
      texts={{
        title: t('volunteer.edit.deleteTitle'),
        open: t('volunteer.edit.delete'),
        question: t('volunteer.edit.deleteQuestion'),
        confirm: t('volunteer.edit.deleteConfirm'),
        cancel: t('volunteer.edit.deleteCancel'),
        failed: t('volunteer.edit.deleteFailed'),
      }}
      onConfirm={async () => {
        await deleteActivity(id);
        await navigate('/aktiviteter', { state: { deleted: true } });
      }}
    />
  );
}
