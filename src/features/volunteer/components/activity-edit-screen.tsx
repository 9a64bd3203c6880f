import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { Alert } from '@/ui/alert';
import { Button } from '@/ui/button';
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
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState<string | undefined>();
  const confirmRef = useRef<HTMLButtonElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [answered, setAnswered] = useState(false);

  // Focus onto "Ja, slet den" when the question opens, back to the heading after "Nej".
  useEffect(() => {
    if (asking) confirmRef.current?.focus();
    else if (answered) headingRef.current?.focus();
  }, [asking, answered]);

  async function confirm() {
    setBusy(true);
    try {
      await deleteActivity(id);
      await navigate('/aktiviteter', { state: { deleted: true } });
    } catch {
      setFailed(t('volunteer.edit.deleteFailed'));
      setBusy(false);
    }
  }

  return (
    <section className="section" aria-labelledby="delete-title">
      <h2 id="delete-title" ref={headingRef} tabIndex={-1}>
        {t('volunteer.edit.deleteTitle')}
      </h2>
      {asking ? (
        <div className="delete-confirm">
          <p>{t('volunteer.edit.deleteQuestion')}</p>
          <div className="button-row">
            <button
              ref={confirmRef}
              type="button"
              className="button button-primary button-danger"
              disabled={busy}
              onClick={() => void confirm()}
            >
              {t('volunteer.edit.deleteConfirm')}
            </button>
            <Button
              variant="secondary"
              onClick={() => {
                setAnswered(true);
                setAsking(false);
              }}
            >
              {t('volunteer.edit.deleteCancel')}
            </Button>
          </div>
        </div>
      ) : (
        <Button variant="secondary" onClick={() => setAsking(true)}>
          {t('volunteer.edit.delete')}
        </Button>
      )}
      <div role="alert">{failed && <Alert tone="error">{failed}</Alert>}</div>
    </section>
  );
}
