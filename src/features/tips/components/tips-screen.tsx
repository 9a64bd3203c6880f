import { useTranslation } from 'react-i18next';
import { EntriesPage } from '@/ui/entries-page';
import { useTips } from '../hooks/use-tips';
import { TipRow } from './tip-row';

/** Every tip, newest week first. */
export function TipsScreen() {
  const { t } = useTranslation();
  const tips = useTips();
  return (
    <EntriesPage
      title={t('tips.listTitle')}
      items={tips}
      loadingText={t('app.loading')}
      emptyText={t('tips.empty')}
      summary={(items) => t('tips.count', { count: items.length })}
      getKey={(tip) => tip.id}
      renderItem={(tip) => <TipRow tip={tip} />}
    />
  );
}
