import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Button } from '@/ui/button';
import { Page } from '@/ui/page';
import { SaveStatus } from '@/ui/save-status';
import { usePendingTicks } from '@/ui/use-pending-ticks';
import { useSave } from '@/ui/use-save';
import { useChecklist, useChecklistActions } from '../hooks/use-checklists';
import { usePlanContext } from '../hooks/use-plan-context';
import { progressOf } from '../model';
import { ChecklistEditor } from './checklist-editor';
import { ChecklistItemRow } from './checklist-item-row';
import { ProgressLine } from './progress-line';
import './plan.css';

/** One checklist: tick items, write notes; a contact person can also edit the list. */
export function ChecklistScreen() {
  const { t } = useTranslation();
  const { checklistId = '' } = useParams();
  const data = useChecklist(checklistId);
  const context = usePlanContext();
  const actions = useChecklistActions();
  const [editing, setEditing] = useState(false);
  const save = useSave({ saved: t('plan.checklist.saved'), error: (code) => t(`errors.${code}`) });
  // A tick shows at once; the stored item catches up when the write is durable.
  const ticks = usePendingTicks();

  if (data === undefined) return <p className="muted">{t('app.loading')}</p>;
  if (data === null) {
    return (
      <Page title={t('plan.checklist.notFound')}>
        <Link to="/tjeklister">{t('plan.checklist.back')}</Link>
      </Page>
    );
  }
  const { checklist, items } = data;
  const canEdit = context?.role === 'contact';
  const name = context?.displayName ?? '';

  return (
    <Page title={checklist.title}>
      <p>
        <Link to="/tjeklister">{t('plan.checklist.back')}</Link>
      </p>
      <ProgressLine progress={progressOf(items)} />
      {editing ? (
        <ChecklistEditor checklist={checklist} items={items} onDone={() => setEditing(false)} />
      ) : (
        <section className="section" aria-labelledby="checklist-items">
          <h2 id="checklist-items">{t('plan.checklist.items')}</h2>
          {items.length === 0 ? (
            <p>{t('plan.checklist.noItems')}</p>
          ) : (
            <ul className="checklist-items">
              {items.map((item) => (
                <ChecklistItemRow
                  key={item.id}
                  item={item}
                  checked={ticks.checkedOf(item.id, item.done)}
                  onTick={(done) =>
                    void ticks.tick(item.id, item.done, done, () =>
                      save.run(() => actions.tick(item.id, done, name)),
                    )
                  }
                  onNote={(note) => save.run(() => actions.note(item.id, note))}
                />
              ))}
            </ul>
          )}
          {canEdit && (
            <div className="form-actions">
              <Button variant="secondary" onClick={() => setEditing(true)}>
                {t('plan.checklist.edit')}
              </Button>
            </div>
          )}
        </section>
      )}
      <SaveStatus state={save.state} />
    </Page>
  );
}
