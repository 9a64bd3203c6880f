import { useTranslation } from 'react-i18next';
import type { IntroItem, IntroProgress } from '@/db/schema';
import { localeFor } from '@/i18n';
import { formatDate } from '@/lib/format';
import { Button } from '@/ui/button';
import { SaveStatus } from '@/ui/save-status';
import { useSave } from '@/ui/use-save';
import { useConfirmIntro } from '../hooks/use-volunteer';

/** The introduction items with the volunteer's ticks and a confirm button for each ticked one. */
export function IntroConfirmList({
  items,
  progress,
}: {
  items: readonly IntroItem[];
  progress: ReadonlyMap<string, IntroProgress>;
}) {
  const { t, i18n } = useTranslation();
  const locale = localeFor(i18n.language);
  const confirm = useConfirmIntro();
  const save = useSave({
    saved: t('contact.volunteer.confirmSaved'),
    error: (code) => t(`errors.${code}`),
  });
  if (items.length === 0) return <p>{t('contact.volunteer.introEmpty')}</p>;
  return (
    <>
      <ol className="entry-list">
        {items.map((item) => {
          const row = progress.get(item.id);
          return (
            <li key={item.id}>
              <p className="entry-title">{item.title}</p>
              <p className="entry-meta">
                {row?.doneAt === undefined
                  ? t('contact.volunteer.notTicked')
                  : t('contact.volunteer.ticked', { date: formatDate(row.doneAt, locale) })}
                {row?.confirmedAt !== undefined &&
                  ` · ${t('contact.volunteer.confirmed', { date: formatDate(row.confirmedAt, locale) })}`}
              </p>
              {row?.doneAt !== undefined && row.confirmedAt === undefined && (
                <div className="contact-actions">
                  <Button
                    variant="secondary"
                    aria-label={t('contact.volunteer.confirmItem', { title: item.title })}
                    disabled={save.state.kind === 'saving'}
                    onClick={() => void save.run(() => confirm(row.id))}
                  >
                    {t('contact.volunteer.confirm')}
                  </Button>
                </div>
              )}
            </li>
          );
        })}
      </ol>
      <SaveStatus state={save.state} />
    </>
  );
}
