import { useTranslation } from 'react-i18next';
import { Alert } from '@/ui/alert';
import { Page } from '@/ui/page';
import { SaveStatus } from '@/ui/save-status';
import { usePendingTicks } from '@/ui/use-pending-ticks';
import { useSave } from '@/ui/use-save';
import { useIntroduction, useSetIntroItemDone } from '../hooks/use-introduction';
import { countIntro } from '../model';
import { IntroStepRow } from './intro-step-row';
import { PlaceLinks } from './place-links';
import './introduction.css';

/** The institution's introduction checklist, in order, for the volunteer to tick. */
export function IntroductionScreen() {
  const { t } = useTranslation();
  const introduction = useIntroduction();
  const setDone = useSetIntroItemDone();
  const save = useSave({
    saved: t('introduction.checklist.saved'),
    error: (code) => t(`errors.${code}`),
  });
  // The checkbox follows the tap at once; the data catches up when the write is durable.
  const ticks = usePendingTicks();

  const steps = introduction?.steps;
  const counts = steps ? countIntro(steps) : undefined;

  return (
    <Page title={t('introduction.checklist.title')}>
      {introduction === undefined || steps === undefined || counts === undefined ? (
        <p className="muted">{t('app.loading')}</p>
      ) : !introduction.institutionId ? (
        <p>{t('introduction.noPlace')}</p>
      ) : steps.length === 0 ? (
        <p>{t('introduction.checklist.empty')}</p>
      ) : (
        <>
          <p>{t('introduction.checklist.lead')}</p>
          <p className="summary-line">{t('introduction.checklist.summary', counts)}</p>
          {counts.confirmed === counts.total && (
            <Alert tone="success">{t('introduction.checklist.allConfirmed')}</Alert>
          )}
          <section className="section" aria-labelledby="intro-steps-title">
            <h2 id="intro-steps-title">{t('introduction.checklist.listTitle')}</h2>
            <ol className="intro-steps nobullet-list">
              {steps.map((step) => {
                const id = step.item.id;
                const done = step.doneAt !== undefined;
                return (
                  <IntroStepRow
                    key={id}
                    step={step}
                    checked={ticks.checkedOf(id, done)}
                    onChange={(to) =>
                      void ticks.tick(id, done, to, () => save.run(() => setDone(id, to)))
                    }
                  />
                );
              })}
            </ol>
          </section>
          <SaveStatus state={save.state} />
        </>
      )}
      <PlaceLinks current="checklist" />
    </Page>
  );
}
