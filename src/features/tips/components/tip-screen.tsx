import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { weekNumber } from '@/lib/dates';
import { Page } from '@/ui/page';
import { useAuthorship, useMarkRead, useReadCounts, useTip } from '../hooks/use-tips';
import { mayEditTip, writtenHere } from '../model';
import { useTagLabel } from './labels';
import { TipBody } from './tip-body';
import './tips.css';

/** One tip, read in full. Opening it records that this person has read it (once). */
export function TipScreen() {
  const { t } = useTranslation();
  const tagLabel = useTagLabel();
  const { tipId } = useParams();
  const tip = useTip(tipId);
  const who = useAuthorship();
  const counts = useReadCounts();
  const markRead = useMarkRead();

  const node = who?.node;
  const whoLoaded = who !== undefined;
  useEffect(() => {
    // The writer opening their own tip is not a read. A failed read mark is harmless (the tip
    // shows anyway); it is tried again next time.
    if (tip && whoLoaded && !writtenHere(tip, node)) markRead(tip.id).catch(() => undefined);
  }, [tip, whoLoaded, node, markRead]);

  if (tip === undefined) return null;
  if (tip === null) {
    return (
      <Page title={t('tips.archiveTitle')}>
        <p>{t('tips.notFound')}</p>
        <Link to="/tips">{t('tips.backToTips')}</Link>
      </Page>
    );
  }
  const editable = who !== undefined && mayEditTip(tip, who);
  const reads = counts?.get(tip.id) ?? 0;
  return (
    <Page title={tip.title}>
      <p className="entry-meta">
        {t('tips.weekLabel', { week: weekNumber(tip.week) })}
        {tip.tag ? ` · ${tagLabel(tip.tag)}` : ''}
        {editable && ` · ${reads > 0 ? t('tips.readBy', { count: reads }) : t('tips.readByNone')}`}
      </p>
      <TipBody body={tip.body} />
      <p className="tip-actions">
        {editable && (
          <Link to={`/tips/${tip.id}/ret`} className="tips-link">
            {t('tips.editTitle')}
          </Link>
        )}
        <Link to="/tips" className="tips-link">
          {t('tips.backToTips')}
        </Link>
      </p>
    </Page>
  );
}
