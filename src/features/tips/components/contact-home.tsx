import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isoWeekKey, todayIso } from '@/lib/dates';
import { RecentSection } from '@/ui/recent-section';
import { useReadCounts, useReaderState } from '../hooks/use-tips';
import { compareTipsNewestFirst, mayEditTip } from '../model';
import { TipForm } from './tip-form';
import { TipRow } from './tip-row';
import './tips.css';

/**
 * The contact person's home: write this week's tip, prepare the experience meeting, and see the
 * latest tips they keep, with how many have read each.
 */
export function ContactHome() {
  const { t } = useTranslation();
  const state = useReaderState();
  const counts = useReadCounts();
  const recent = state?.tips
    .filter((tip) => mayEditTip(tip, state.who))
    .sort(compareTipsNewestFirst)
    .slice(0, 3);
  return (
    <>
      <p>{t('home.contactLead')}</p>
      <p>
        <Link to="/erfaringsopsamling" className="tips-link">
          {t('tips.meetingLink')}
        </Link>
      </p>
      <TipForm />
      <RecentSection
        id="recent-tips"
        title={t('home.recentTips')}
        seeAllTo="/tips"
        seeAllLabel={t('home.seeAll')}
        emptyText={t('home.nothingYet')}
        items={recent}
        getKey={(tip) => tip.id}
        renderItem={(tip) => (
          <TipRow
            tip={tip}
            editable
            thisWeek={isoWeekKey(todayIso())}
            reads={counts?.get(tip.id) ?? 0}
          />
        )}
      />
    </>
  );
}
