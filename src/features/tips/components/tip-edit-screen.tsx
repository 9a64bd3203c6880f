import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { Page } from '@/ui/page';
import { useSharedEntry } from '../hooks/use-meeting';
import { useAuthorship, useTip } from '../hooks/use-tips';
import { mayEditTip } from '../model';
import { TipForm } from './tip-form';

/** Edits a tip this contact person may change. */
export function TipEditScreen() {
  const { t } = useTranslation();
  const { tipId } = useParams();
  const tip = useTip(tipId);
  const who = useAuthorship();
  if (tip === undefined || who === undefined) return null;
  if (tip === null || !mayEditTip(tip, who)) {
    return (
      <Page title={t('tips.editTitle')}>
        <p>{t('tips.notFound')}</p>
        <Link to="/tips">{t('tips.backToTips')}</Link>
      </Page>
    );
  }
  return (
    <Page title={t('tips.editTitle')}>
      <TipForm key={tip.id} tip={tip} />
      <p>
        <Link to={`/tips/${tip.id}`}>{t('tips.backToTips')}</Link>
      </p>
    </Page>
  );
}

/**
 * A new tip; `?spoergsmaal=<id>` starts it from a shared question (its text and first tag,
 * never who asked).
 */
export function NewTipScreen() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const questionId = params.get('spoergsmaal') ?? undefined;
  const question = useSharedEntry(questionId);
  if (questionId && question === undefined) return null;
  const prefill = question ? { body: question.text, tag: question.tags[0] } : undefined;
  return (
    <Page title={t('tips.newTitle')}>
      <TipForm key={questionId ?? 'new'} {...(prefill ? { prefill } : {})} />
    </Page>
  );
}
