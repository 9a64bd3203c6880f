import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Tip } from '@/db/schema';
import { weekNumber } from '@/lib/dates';
import { plainExcerpt } from '../model';
import { useTagLabel } from './labels';
import './tips.css';

/**
 * One tip in a list: title (a link to read it), week, tag and a short excerpt. `reads` (for the
 * writer) adds "Læst af N"; `editable` adds an edit link; `thisWeek` marks tips not shown yet.
 */
export function TipRow({
  tip,
  reads,
  editable = false,
  thisWeek,
}: {
  tip: Tip;
  reads?: number | undefined;
  editable?: boolean;
  thisWeek?: string;
}) {
  const { t } = useTranslation();
  const tagLabel = useTagLabel();
  const scheduled = thisWeek !== undefined && tip.week > thisWeek;
  return (
    <>
      <p className="entry-title">
        <Link to={`/tips/${tip.id}`}>{tip.title}</Link>
      </p>
      <p className="entry-meta">
        {scheduled
          ? t('tips.scheduled', { week: weekNumber(tip.week) })
          : t('tips.weekLabel', { week: weekNumber(tip.week) })}
        {tip.tag ? ` · ${tagLabel(tip.tag)}` : ''}
        {reads !== undefined &&
          ` · ${reads > 0 ? t('tips.readBy', { count: reads }) : t('tips.readByNone')}`}
      </p>
      <p className="entry-text">{plainExcerpt(tip.body, 140)}</p>
      {editable && (
        <Link
          to={`/tips/${tip.id}/ret`}
          className="tips-link"
          aria-label={t('tips.editTip', { title: tip.title })}
        >
          {t('tips.edit')}
        </Link>
      )}
    </>
  );
}
