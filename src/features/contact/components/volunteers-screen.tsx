import { useTranslation } from 'react-i18next';
import { Page } from '@/ui/page';
import { VirtualList } from '@/ui/virtual-list';
import { useOverview } from '../hooks/use-overview';
import { ScreenState } from './screen-state';
import { VolunteerSummaryRow } from './volunteer-summary-row';
import './contact.css';

/** Past this many volunteers the overview becomes a windowed list. */
const WINDOWED_FROM = 40;

/** Every volunteer at the contact person's institution, with what needs attention. */
export function VolunteersScreen() {
  const { t } = useTranslation();
  const overview = useOverview();
  const title = t('contact.overview.title');
  return (
    <Page title={title}>
      <ScreenState data={overview}>
        {({ summaries }) =>
          summaries.length === 0 ? (
            <p>{t('contact.overview.empty')}</p>
          ) : (
            <>
              <p className="summary-line">
                {t('contact.overview.count', { count: summaries.length })}
              </p>
              {summaries.length >= WINDOWED_FROM ? (
                <VirtualList
                  label={t('contact.overview.listLabel')}
                  items={summaries}
                  estimateSize={160}
                  getKey={(summary) => summary.id}
                  renderItem={(summary) => <VolunteerSummaryRow summary={summary} />}
                />
              ) : (
                <ul
                  className="entry-list nobullet-list"
                  aria-label={t('contact.overview.listLabel')}
                >
                  {summaries.map((summary) => (
                    <li key={summary.id}>
                      <VolunteerSummaryRow summary={summary} />
                    </li>
                  ))}
                </ul>
              )}
            </>
          )
        }
      </ScreenState>
    </Page>
  );
}
