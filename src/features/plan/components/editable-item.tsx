import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChecklistItem } from '@/db/schema';
import { looksLikeCpr } from '@/protocol/cpr';
import { Button } from '@/ui/button';
import { TextField } from '@/ui/fields';
import { ITEM_TEXT_MAX } from '../model';

/** One item in edit mode: its text, move up and down, delete. */
export function EditableItem({
  item,
  number,
  isFirst,
  isLast,
  onSave,
  onMove,
  onRemove,
}: {
  item: ChecklistItem;
  number: number;
  isFirst: boolean;
  isLast: boolean;
  onSave: (text: string) => Promise<boolean>;
  onMove: (step: -1 | 1) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState(item.text);
  const cpr = looksLikeCpr(text);
  const changed = text.trim() !== '' && text.trim() !== item.text && !cpr;
  return (
    <li className="checklist-item">
      <TextField
        label={t('plan.checklist.itemText', { number })}
        value={text}
        maxLength={ITEM_TEXT_MAX}
        error={cpr ? t('privacy.cprFound') : undefined}
        onChange={(event) => setText(event.target.value)}
      />
      <div className="plan-button-row">
        <Button variant="secondary" disabled={!changed} onClick={() => void onSave(text.trim())}>
          {t('plan.checklist.saveItem', { number })}
        </Button>
        <Button variant="secondary" disabled={isFirst} onClick={() => onMove(-1)}>
          {t('plan.checklist.moveUp', { number })}
        </Button>
        <Button variant="secondary" disabled={isLast} onClick={() => onMove(1)}>
          {t('plan.checklist.moveDown', { number })}
        </Button>
        <Button variant="tertiary" onClick={onRemove}>
          {t('plan.checklist.removeItem', { number })}
        </Button>
      </div>
    </li>
  );
}
