import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { todayIso } from '@/lib/dates';
import { Page } from '@/ui/page';
import { usePlanItem } from '../hooks/use-plan-items';
import { draftOf, emptyDraft } from '../model';
import { PlanForm } from './plan-form';
import './plan.css';

/** A new activity (`/aktivitetsplan/ny`) or an existing one to edit. */
export function PlanFormScreen() {
  const { t } = useTranslation();
  const { planItemId } = useParams();
  const item = usePlanItem(planItemId);
  if (!planItemId) {
    return (
      <Page title={t('plan.form.newTitle')}>
        <PlanForm initial={emptyDraft(todayIso())} />
      </Page>
    );
  }
  if (item === undefined) return <p className="muted">{t('app.loading')}</p>;
  if (item === null) {
    return (
      <Page title={t('plan.form.notFound')}>
        <Link to="/aktivitetsplan">{t('plan.form.back')}</Link>
      </Page>
    );
  }
  return (
    <Page title={t('plan.form.editTitle')}>
      <PlanForm key={item.id} id={item.id} initial={draftOf(item)} />
    </Page>
  );
}
