import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { mondayOf, todayIso } from '@/lib/dates';
import { Page } from '@/ui/page';
import { usePlanItems } from '../hooks/use-plan-items';
import { IcsExport } from './ics-export';
import { PlanList } from './plan-list';
import { WeekView } from './week-view';
import './plan.css';

const VIEW = 'visning';
const WEEK = 'uge';

/** The team's activity plan as a list or one week at a time, with an .ics export. */
export function PlanScreen() {
  const { t } = useTranslation();
  const items = usePlanItems();
  // The view and week live in the address, so going back returns to the same week.
  const [params, setParams] = useSearchParams();
  const view = params.get(VIEW) === 'uge' ? 'week' : 'list';
  const weekParam = params.get(WEEK);
  const monday = mondayOf(
    weekParam && /^\d{4}-\d{2}-\d{2}$/.test(weekParam) ? weekParam : todayIso(),
  );

  function show(next: 'list' | 'week', date = monday) {
    const search = new URLSearchParams();
    if (next === 'week') {
      search.set(VIEW, 'uge');
      search.set(WEEK, mondayOf(date));
    }
    setParams(search, { replace: true });
  }

  return (
    <Page title={t('plan.activities.title')}>
      <p>{t('plan.activities.lead')}</p>
      <p>
        <Link to="/aktivitetsplan/ny" className="button button-primary">
          {t('plan.activities.new')}
        </Link>
      </p>
      <div className="plan-button-row" role="group" aria-label={t('plan.activities.view')}>
        <button
          type="button"
          className={`button ${view === 'list' ? 'button-primary' : 'button-secondary'}`}
          aria-pressed={view === 'list'}
          onClick={() => show('list')}
        >
          {t('plan.activities.list')}
        </button>
        <button
          type="button"
          className={`button ${view === 'week' ? 'button-primary' : 'button-secondary'}`}
          aria-pressed={view === 'week'}
          onClick={() => show('week')}
        >
          {t('plan.activities.week')}
        </button>
      </div>
      {items === undefined ? (
        <p className="muted">{t('app.loading')}</p>
      ) : view === 'week' ? (
        <WeekView items={items} monday={monday} onMonday={(date) => show('week', date)} />
      ) : items.length === 0 ? (
        <p className="section">{t('plan.activities.empty')}</p>
      ) : (
        <PlanList items={items} />
      )}
      {items && items.length > 0 && <IcsExport items={items} />}
    </Page>
  );
}
