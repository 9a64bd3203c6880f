import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { RecentSection } from '@/ui/recent-section';
import { useRecentActivities } from '../hooks/use-activities';
import { useTimer } from '../hooks/use-timer';
import { ActivityForm } from './activity-form';
import { ActivityRow } from './activity-row';
import { ActivityTimer } from './activity-timer';
import { RepeatActivities } from './repeat-activities';
import './volunteer.css';

/**
 * The volunteer's home: repeat a recent activity in two taps, the arrival timer, the quick form,
 * the last few activities and the way to the hours overview.
 */
export function VolunteerHome() {
  const { t } = useTranslation();
  const recent = useRecentActivities(5);
  const timer = useTimer();
  return (
    <>
      <p>{t('home.volunteerLead')}</p>
      <p>
        <Link className="button button-secondary" to="/bekymring">
          {t('concern.homeButton')}
        </Link>
      </p>
      <RepeatActivities />
      {timer && <ActivityTimer timer={timer} />}
      <ActivityForm timer={timer?.kind === 'stopped' ? timer : undefined} />
      <RecentSection
        id="recent-activities"
        title={t('home.recentActivities')}
        seeAllTo="/aktiviteter"
        seeAllLabel={t('home.seeAll')}
        emptyText={t('home.nothingYet')}
        items={recent}
        getKey={(activity) => activity.id}
        renderItem={(activity) => <ActivityRow activity={activity} />}
      />
      <nav className="section" aria-labelledby="volunteer-more">
        <h2 id="volunteer-more">{t('volunteer.home.more')}</h2>
        <ul className="link-list nobullet-list">
          <li>
            <Link to="/oversigt">{t('volunteer.home.overview')}</Link>
          </li>
          <li>
            <Link to="/udlaeg">{t('expenses.homeLink')}</Link>
          </li>
        </ul>
      </nav>
    </>
  );
}
