import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IntroItem } from '@/db/schema';
import { Button } from '@/ui/button';
import type { IntroItemInput } from '../model';
import { IntroItemForm } from './intro-item-form';

/** One checklist item with move, edit and delete (delete asks first). */
export function IntroItemRow({
  item,
  first,
  last,
  onMove,
  onEdit,
  onRemove,
}: {
  item: IntroItem;
  first: boolean;
  last: boolean;
  onMove: (direction: 'up' | 'down') => void;
  onEdit: (input: IntroItemInput) => Promise<boolean>;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const titleId = useId();
  const [mode, setMode] = useState<'view' | 'edit' | 'remove'>('view');
  const named = (key: string) => t(key, { title: item.title });

  if (mode === 'edit') {
    return (
      <>
        <p className="entry-title" id={titleId}>
          {named('contact.intro.editing')}
        </p>
        <IntroItemForm
          initial={{ title: item.title, body: item.body ?? '' }}
          submitLabel={t('contact.intro.saveEdit')}
          labelledBy={titleId}
          onSubmit={async (input) => {
            const ok = await onEdit(input);
            if (ok) setMode('view');
            return ok;
          }}
          onCancel={() => setMode('view')}
        />
      </>
    );
  }

  return (
    <>
      <p className="entry-title">{item.title}</p>
      {item.body && <p className="entry-text">{item.body}</p>}
      {mode === 'remove' ? (
        <div role="group" aria-label={named('contact.intro.removeQuestion')}>
          <p>{named('contact.intro.removeQuestion')}</p>
          <div className="contact-actions">
            <Button onClick={onRemove}>{t('contact.intro.confirmRemove')}</Button>
            <Button variant="secondary" onClick={() => setMode('view')}>
              {t('contact.intro.cancel')}
            </Button>
          </div>
        </div>
      ) : (
        <div className="contact-actions">
          <Button
            id={`intro-up-${item.id}`}
            variant="secondary"
            disabled={first}
            aria-label={named('contact.intro.moveUpItem')}
            onClick={() => onMove('up')}
          >
            {t('contact.intro.moveUp')}
          </Button>
          <Button
            id={`intro-down-${item.id}`}
            variant="secondary"
            disabled={last}
            aria-label={named('contact.intro.moveDownItem')}
            onClick={() => onMove('down')}
          >
            {t('contact.intro.moveDown')}
          </Button>
          <Button
            variant="tertiary"
            aria-label={named('contact.intro.editItem')}
            onClick={() => setMode('edit')}
          >
            {t('contact.intro.edit')}
          </Button>
          <Button
            variant="tertiary"
            aria-label={named('contact.intro.removeItem')}
            onClick={() => setMode('remove')}
          >
            {t('contact.intro.remove')}
          </Button>
        </div>
      )}
    </>
  );
}
