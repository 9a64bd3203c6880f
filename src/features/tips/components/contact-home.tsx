import { useTranslation } from 'react-i18next';
import { RecentSection } from '@/ui/recent-section';
import { useTips } from '../hooks/use-tips';
import { TipForm } from './tip-form';
import { TipRow } from './tip-row';

/** The contact person's home: write this week's tip, see the latest ones. */
export function ContactHome() {
  const { t } = useTranslation();
  const recent = useTips(3);
  return (
    <>
      <p>{t('home.contactLead')}</p>
      <TipForm />
      <RecentSection
        id="recent-tips"
        title={t('home.recentTips')}
        seeAllTo="/tips"
        seeAllLabel={t('home.seeAll')}
        emptyText={t('home.nothingYet')}
        items={recent}
        getKey={(tip) => tip.id}
        renderItem={(tip) => <TipRow tip={tip} />}
      />
    </>
  );
}
