import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isoWeekKey, todayIso, weekNumber } from '@/lib/dates';
import { useReaderState, type ReaderState } from '../hooks/use-tips';
import { currentTip, newTips, plainExcerpt, writtenHere } from '../model';
import { useTagLabel } from './labels';
import './tips.css';

function announced(state: ReaderState) {
  return newTips(state.tips, {
    week: isoWeekKey(todayIso()),
    readTipIds: state.readIds,
    joinedAt: state.joinedAt,
    isOwn: (tip) => writtenHere(tip, state.who.node),
  });
}

/**
 * "Nyt tip: …" at the top of home, until the reader opens it: a tip that arrived with a sync
 * after this person joined. Renders nothing when there is no new tip.
 */
export function NewTipNotice() {
  const { t } = useTranslation();
  const state = useReaderState();
  if (!state) return null;
  const [newest, ...more] = announced(state);
  if (!newest) return null;
  return (
    <div className="alert alert-info new-tip-notice" role="status">
      <div className="alert-body">
        <p className="alert-heading">
          <Link to={`/tips/${newest.id}`}>
            {t('tips.weekly.newNotice', { title: newest.title })}
          </Link>
        </p>
        {more.length > 0 && (
          <p className="alert-text">
            <Link to="/tips">{t('tips.weekly.moreNew', { count: more.length })}</Link>
          </p>
        )}
      </div>
    </div>
  );
}

/** This week's tip on every role's home: title, a short excerpt and a link to read it. */
export function WeeklyTipCard() {
  const { t } = useTranslation();
  const tagLabel = useTagLabel();
  const state = useReaderState();
  if (!state) return null;
  const tip = currentTip(state.tips, isoWeekKey(todayIso()));
  return (
    <section className="section weekly-tip" aria-labelledby="weekly-tip-heading">
      <div className="section-header">
        <h2 id="weekly-tip-heading">{t('tips.weekly.heading')}</h2>
        <Link to="/tips">{t('tips.weekly.archive')}</Link>
      </div>
      {tip ? (
        <article className="tip-card" aria-labelledby={`tip-card-${tip.id}`}>
          <h3 className="entry-title" id={`tip-card-${tip.id}`}>
            {tip.title}
          </h3>
          <p className="entry-meta">
            {t('tips.weekLabel', { week: weekNumber(tip.week) })}
            {tip.tag ? ` · ${tagLabel(tip.tag)}` : ''}
          </p>
          <p className="entry-text">{plainExcerpt(tip.body, 160)}</p>
          <Link to={`/tips/${tip.id}`} className="tips-link">
            {t('tips.weekly.read')}
            <span className="visually-hidden">: {tip.title}</span>
          </Link>
        </article>
      ) : (
        <p>{t('tips.weekly.none')}</p>
      )}
    </section>
  );
}
