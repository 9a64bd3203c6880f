import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChecklistItem } from '@/db/schema';
import { localeFor } from '@/i18n';
import { formatDateTime } from '@/lib/format';
import { looksLikeCpr } from '@/protocol/cpr';
import { Button } from '@/ui/button';
import { TextArea } from '@/ui/fields';
import { ITEM_TEXT_MAX } from '../model';

/**
 * One item: a checkbox (a tick writes done/who/when), who ticked it and when, and its note (written
 * on its own, so it never races a tick from another phone).
 */
export function ChecklistItemRow({
  item,
  checked,
  onTick,
  onNote,
}: {
  item: ChecklistItem;
  /** What the box shows: the stored state, or a tick on its way to being stored. */
  checked: boolean;
  onTick: (done: boolean) => void;
  onNote: (note: string) => Promise<boolean>;
}) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState('');
  const [problem, setProblem] = useState<string>();
  const when = item.doneAt ? formatDateTime(item.doneAt, localeFor(i18n.language)) : '';

  async function saveNote() {
    if (looksLikeCpr(draft)) {
      setProblem(t('privacy.cprFound'));
      return;
    }
    setProblem(undefined);
    if (await onNote(draft.trim())) setEditing(false);
  }

  return (
    <li className={`checklist-item${item.done ? ' checklist-item-done' : ''}`}>
      <div className="form-group-checkbox">
        <input
          type="checkbox"
          id={id}
          className="form-checkbox"
          checked={checked}
          onChange={(event) => onTick(event.target.checked)}
          aria-describedby={item.done && when ? `${id}-by` : undefined}
        />
        <label htmlFor={id} className="form-label">
          {item.text}
        </label>
      </div>
      <div className="checklist-item-detail">
        {item.done && when && (
          <p className="entry-meta" id={`${id}-by`}>
            {item.doneBy
              ? t('plan.checklist.doneBy', { name: item.doneBy, when })
              : t('plan.checklist.doneByNoName', { when })}
          </p>
        )}
        {editing ? (
          <>
            <TextArea
              label={t('plan.checklist.noteFor', { item: item.text })}
              hint={t('privacy.hint')}
              error={problem}
              value={draft}
              maxLength={ITEM_TEXT_MAX}
              rows={3}
              onChange={(event) => setDraft(event.target.value)}
            />
            <div className="plan-button-row">
              <Button onClick={() => void saveNote()}>{t('plan.checklist.saveNote')}</Button>
              <Button variant="secondary" onClick={() => setEditing(false)}>
                {t('plan.checklist.cancel')}
              </Button>
            </div>
          </>
        ) : (
          <>
            {item.note && (
              <p className="entry-text">
                <span className="visually-hidden">{t('plan.checklist.note')}: </span>
                {item.note}
              </p>
            )}
            <div className="plan-button-row">
              <Button
                variant="tertiary"
                aria-label={`${t(item.note ? 'plan.checklist.editNote' : 'plan.checklist.addNote')}: ${item.text}`}
                onClick={() => {
                  setDraft(item.note ?? '');
                  setProblem(undefined);
                  setEditing(true);
                }}
              >
                {t(item.note ? 'plan.checklist.editNote' : 'plan.checklist.addNote')}
              </Button>
            </div>
          </>
        )}
      </div>
    </li>
  );
}
