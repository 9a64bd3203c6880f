import { useTranslation } from 'react-i18next';
import type { Tip } from '@/db/schema';
import { weekNumber } from '../model';

/** One tip in a list: week, title and text. */
export function TipRow({ tip }: { tip: Tip }) {
  const { t } = useTranslation();
  return (
    <>
      <p className="entry-title">{tip.title}</p>
      <p className="entry-meta">{t('tips.weekLabel', { week: weekNumber(tip.week) })}</p>
      <p className="entry-text">{tip.body}</p>
    </>
  );
}
