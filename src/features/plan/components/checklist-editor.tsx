import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Checklist, ChecklistItem } from '@/db/schema';
import { looksLikeCpr } from '@/protocol/cpr';
import { Alert } from '@/ui/alert';
import { Button } from '@/ui/button';
import { TextField } from '@/ui/fields';
import { SaveStatus } from '@/ui/save-status';
import { useSave } from '@/ui/use-save';
import { useChecklistActions } from '../hooks/use-checklists';
import { ITEM_TEXT_MAX, moveItem, TITLE_MAX } from '../model';
import { EditableItem } from './editable-item';

/** A contact person's edit mode: rename, add, change, reorder and delete items, delete the list. */
export function ChecklistEditor({
  checklist,
  items,
  onDone,
}: {
  checklist: Checklist;
  items: ChecklistItem[];
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const actions = useChecklistActions();
  const save = useSave({ saved: t('plan.checklist.saved'), error: (code) => t(`errors.${code}`) });
  const [title, setTitle] = useState(checklist.title);
  const [newText, setNewText] = useState('');
  const [problem, setProblem] = useState<string>();
  const titleProblem = looksLikeCpr(title) ? t('privacy.cprFound') : undefined;
  const [confirming, setConfirming] = useState(false);

  async function add(event: SyntheticEvent) {
    event.preventDefault();
    if (!newText.trim() || looksLikeCpr(newText)) {
      setProblem(t(newText.trim() ? 'privacy.cprFound' : 'plan.checklist.textRequired'));
      return;
    }
    setProblem(undefined);
    if (await save.run(() => actions.addItem(checklist.id, newText.trim()))) setNewText('');
  }

  async function remove() {
    if (await save.run(() => actions.remove(checklist.id))) void navigate('/tjeklister');
  }

  return (
    <section className="section" aria-labelledby="checklist-edit">
      <h2 id="checklist-edit">{t('plan.checklist.edit')}</h2>
      <TextField
        label={t('plan.checklists.listTitle')}
        value={title}
        maxLength={TITLE_MAX}
        error={titleProblem}
        onChange={(event) => setTitle(event.target.value)}
      />
      <Button
        variant="secondary"
        disabled={!title.trim() || title.trim() === checklist.title || titleProblem !== undefined}
        onClick={() => void save.run(() => actions.rename(checklist.id, title.trim()))}
      >
        {t('plan.checklist.rename')}
      </Button>
      <ol className="checklist-items">
        {items.map((item, index) => (
          <EditableItem
            key={item.id}
            item={item}
            number={index + 1}
            isFirst={index === 0}
            isLast={index === items.length - 1}
            onSave={(text) => save.run(() => actions.editText(item.id, text))}
            onMove={(step) =>
              void save.run(() => actions.savePositions(moveItem(items, index, step)))
            }
            onRemove={() => void save.run(() => actions.removeItem(item.id))}
          />
        ))}
      </ol>
      <form onSubmit={(event) => void add(event)} noValidate>
        <TextField
          label={t('plan.checklist.newItem')}
          value={newText}
          maxLength={ITEM_TEXT_MAX}
          error={problem}
          onChange={(event) => setNewText(event.target.value)}
        />
        <Button type="submit">{t('plan.checklist.addItem')}</Button>
      </form>
      <SaveStatus state={save.state} />
      <div className="form-actions">
        <Button onClick={onDone}>{t('plan.checklist.doneEditing')}</Button>
      </div>
      <div className="form-actions">
        {confirming ? (
          <Alert
            tone="warning"
            actions={
              <>
                <Button onClick={() => void remove()}>{t('plan.checklist.confirmYes')}</Button>
                <Button variant="secondary" onClick={() => setConfirming(false)}>
                  {t('plan.checklist.cancel')}
                </Button>
              </>
            }
          >
            {t('plan.checklist.confirmRemove')}
          </Alert>
        ) : (
          <Button variant="tertiary" onClick={() => setConfirming(true)}>
            {t('plan.checklist.removeList')}
          </Button>
        )}
      </div>
    </section>
  );
}
