import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import './plan.css';

/** Links from a caseworker's or contact person's home to the checklists and the activity plan. */
export function PlanLinks() {
  const { t } = useTranslation();
  return (
    <section className="section" aria-labelledby="plan-links">
      <h2 id="plan-links">{t('plan.homeTitle')}</h2>
      <ul className="entry-list">
        <li>
          <Link to="/tjeklister" className="entry-link">
            <span className="entry-title">{t('plan.homeChecklists')}</span>
          </Link>
        </li>
        <li>
          <Link to="/aktivitetsplan" className="entry-link">
            <span className="entry-title">{t('plan.homePlan')}</span>
          </Link>
        </li>
      </ul>
    </section>
  );
}
