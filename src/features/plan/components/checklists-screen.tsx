import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '@/ui/page';
import { useChecklists } from '../hooks/use-checklists';
import { usePlanContext } from '../hooks/use-plan-context';
import { NewChecklistForm } from './new-checklist-form';
import { ProgressLine } from './progress-line';
import './plan.css';

/** The team's checklists with their progress; a contact person can create one here. */
export function ChecklistsScreen() {
  const { t } = useTranslation();
  const lists = useChecklists();
  const context = usePlanContext();
  const canEdit = context?.role === 'contact';
  return (
    <Page title={t('plan.checklists.title')}>
      <p>{t('plan.checklists.lead')}</p>
      {lists === undefined ? (
        <p className="muted">{t('app.loading')}</p>
      ) : lists.length === 0 ? (
        <p>{t(canEdit ? 'plan.checklists.empty' : 'plan.checklists.emptyCaseworker')}</p>
      ) : (
        <ul className="entry-list">
          {lists.map(({ checklist, progress }) => (
            <li key={checklist.id}>
              <Link to={`/tjeklister/${checklist.id}`} className="entry-link">
                <span className="entry-title">{checklist.title}</span>
              </Link>
              <ProgressLine progress={progress} />
            </li>
          ))}
        </ul>
      )}
      {canEdit && <NewChecklistForm teamId={context.teamId} />}
    </Page>
  );
}
