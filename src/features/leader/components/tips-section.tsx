import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localeFor } from '@/i18n';
import { formatNumber } from '@/lib/format';
import { Button } from '@/ui/button';
import { useTipRates } from '../hooks/use-overview';
import { tipsCsv, type TipRate, type UnitIndex } from '../model';
import { HiddenTable } from '@/ui/hidden-table';
import { BarChart } from './bar-chart';
import { CsvButton } from './csv-button';
import { audienceLabel, percentText, sentToLabel, weekLabel } from './labels';

/** How many tips show before "Vis alle": a year of weekly tips is long on a phone. */
const FIRST = 10;

/** Tips newest first: how many of those they were sent to have read them. */
export function TipsSection({ units }: { units: UnitIndex }) {
  const { t, i18n } = useTranslation();
  const locale = localeFor(i18n.language);
  const tips = useTipRates(units);
  const [all, setAll] = useState(false);
  const title = t('leader.tips.title');

  let body;
  if (!tips) {
    body = <p className="muted">{t('app.loading')}</p>;
  } else if (tips.length === 0) {
    body = <p>{t('leader.tips.empty')}</p>;
  } else {
    const shown = all ? tips : tips.slice(0, FIRST);
    const count = (value: number) => formatNumber(value, locale, 0);
    const value = (tip: TipRate) =>
      tip.members === undefined || tip.rate === undefined
        ? t('leader.tips.valueNoRate', { reads: count(tip.reads) })
        : t('leader.tips.value', {
            reads: count(tip.reads),
            members: count(tip.members),
            percent: percentText(tip.rate, locale),
          });
    const caption = t('leader.tips.caption');
    body = (
      <>
        <BarChart
          caption={caption}
          layout="stacked"
          rows={shown.map((tip) => ({
            key: tip.id,
            label: tip.title,
            detail: `${weekLabel(t, tip.week)} · ${sentToLabel(t, tip)}`,
            bars: [{ fraction: tip.rate, value: value(tip) }],
          }))}
          table={
            <HiddenTable
              caption={caption}
              columns={[
                t('leader.tips.tip'),
                t('leader.tips.week'),
                t('leader.tips.sentTo'),
                t('leader.tips.reads'),
                t('leader.tips.members'),
                t('leader.percent'),
              ]}
              rows={shown.map((tip) => ({
                key: tip.id,
                cells: [
                  tip.title,
                  weekLabel(t, tip.week),
                  sentToLabel(t, tip),
                  count(tip.reads),
                  tip.members === undefined ? '–' : count(tip.members),
                  percentText(tip.rate, locale),
                ],
              }))}
            />
          }
        />
        {tips.length > FIRST && (
          <Button variant="tertiary" aria-expanded={all} onClick={() => setAll(!all)}>
            {all ? t('leader.tips.showFewer') : t('leader.tips.showAll', { count: tips.length })}
          </Button>
        )}
        <CsvButton
          what={title}
          fileName={t('leader.tips.fileName')}
          make={() =>
            tipsCsv(tips, {
              headings: {
                tip: t('leader.tips.tip'),
                week: t('leader.tips.week'),
                audience: t('leader.tips.audience'),
                sentTo: t('leader.tips.sentTo'),
                reads: t('leader.tips.reads'),
                members: t('leader.tips.members'),
                percent: t('leader.percent'),
              },
              audience: (audience) => audienceLabel(t, audience),
              sentTo: (tip) => sentToLabel(t, tip),
            })
          }
        />
      </>
    );
  }

  return (
    <section className="section leader-section" aria-labelledby="leader-tips">
      <h2 id="leader-tips">{title}</h2>
      <p className="muted">{t('leader.tips.lead')}</p>
      {body}
    </section>
  );
}
