import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { INTRO_TEMPLATE } from '@/content/intro-template';
import type { IntroItem } from '@/db/schema';
import { Button } from '@/ui/button';
import { errorCode } from '@/lib/errors';
import { SaveStatus, type SaveState } from '@/ui/save-status';
import { useIntroItemActions } from '../hooks/use-institution';
import { IntroItemForm } from './intro-item-form';
import { IntroItemRow } from './intro-item-row';

/**
 * The introduction checklist the volunteers tick: add, edit, reorder with up/down buttons,
 * delete, or start from the default template in the contact person's language.
 */
export function IntroItemsEditor({
  institutionId,
  items,
}: {
  institutionId: string;
  items: readonly IntroItem[];
}) {
  const { t, i18n } = useTranslation();
  const actions = useIntroItemActions(institutionId);
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const [focusAfterMove, setFocusAfterMove] = useState<{ id: string; direction: 'up' | 'down' }>();

  // After a move the list re-renders in the new order; keep focus on the moved item's button, or
  // on its other move button once it has reached the end.
  useEffect(() => {
    if (!focusAfterMove) return;
    const { id, direction } = focusAfterMove;
    const same = document.getElementById(`intro-${direction}-${id}`);
    const other = document.getElementById(`intro-${direction === 'up' ? 'down' : 'up'}-${id}`);
    (same instanceof HTMLButtonElement && !same.disabled ? same : other)?.focus();
  }, [items, focusAfterMove]);

  // Like useSave, but each action says what it did. Caught here, at the top; nothing typed is
  // cleared on failure.
  async function run(action: () => Promise<unknown>, saved: (result: unknown) => string) {
    setState({ kind: 'saving' });
    try {
      const result = await action();
      setState({ kind: 'saved', message: saved(result) });
      return true;
    } catch (caught) {
      setState({ kind: 'failed', message: t(`errors.${errorCode(caught)}`) });
      return false;
    }
  }

  function copyTemplate() {
    const template = INTRO_TEMPLATE[i18n.language === 'en' ? 'en' : 'da'];
    void run(
      () => actions.copyTemplate(template),
      (added) =>
        added === 0
          ? t('contact.intro.templateNone')
          : t('contact.intro.templateAdded', { count: Number(added) }),
    );
  }

  return (
    <section className="section" aria-labelledby="intro-editor-title">
      <h2 id="intro-editor-title" tabIndex={-1}>
        {t('contact.intro.title')}
      </h2>
      <p>{t('contact.intro.lead')}</p>
      {items.length === 0 ? (
        <p>{t('contact.intro.empty')}</p>
      ) : (
        <ol className="entry-list">
          {items.map((item, index) => (
            <li key={item.id}>
              <IntroItemRow
                item={item}
                first={index === 0}
                last={index === items.length - 1}
                onMove={(direction) => {
                  setFocusAfterMove({ id: item.id, direction });
                  void run(
                    () => actions.move(item.id, direction),
                    () => t('contact.intro.moved'),
                  );
                }}
                onEdit={(input) =>
                  run(
                    () => actions.edit(item, input),
                    () => t('contact.intro.saved'),
                  )
                }
                onRemove={() => {
                  void run(
                    () => actions.remove(item.id),
                    () => t('contact.intro.removed'),
                  );
                  document.getElementById('intro-editor-title')?.focus();
                }}
              />
            </li>
          ))}
        </ol>
      )}
      <div className="contact-actions">
        <Button variant="secondary" onClick={copyTemplate}>
          {items.length === 0 ? t('contact.intro.templateStart') : t('contact.intro.templateAdd')}
        </Button>
      </div>
      <h3 id="intro-add-title">{t('contact.intro.addTitle')}</h3>
      <IntroItemForm
        submitLabel={t('contact.intro.add')}
        labelledBy="intro-add-title"
        onSubmit={(input) =>
          run(
            () => actions.add(input),
            () => t('contact.intro.added'),
          )
        }
      />
      <SaveStatus state={state} />
    </section>
  );
}
