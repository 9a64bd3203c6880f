import { useTranslation } from 'react-i18next';
import { localeFor } from '@/i18n';
import { formatDate } from '@/lib/format';
import { Alert } from '@/ui/alert';
import { Button } from '@/ui/button';
import { Page } from '@/ui/page';
import { SaveStatus } from '@/ui/save-status';
import { useSave } from '@/ui/use-save';
import { useAcceptDeclaration, useDeclaration } from '../hooks/use-declaration';
import { declarationState } from '../model';
import { PlaceLinks } from './place-links';
import './introduction.css';

/**
 * The institution's confidentiality text, to read and accept; afterwards the date it was
 * accepted. Says plainly that the signed paper declaration is the one that counts.
 */
export function DeclarationScreen() {
  const { t, i18n } = useTranslation();
  const view = useDeclaration();
  const accept = useAcceptDeclaration();
  const save = useSave({
    saved: t('introduction.declaration.saved'),
    error: (code) => t(`errors.${code}`),
  });
  const locale = localeFor(i18n.language);
  const state = view && declarationState(view.institution, view.declaration);

  function body() {
    if (!view || !state) return <p className="muted">{t('app.loading')}</p>;
    if (!view.institutionId) return <p>{t('introduction.noPlace')}</p>;
    if (state.kind === 'notRequired') return <p>{t('introduction.declaration.notRequired')}</p>;
    if (state.kind === 'noText') return <p>{t('introduction.declaration.noText')}</p>;
    const date = state.kind === 'pending' ? '' : formatDate(state.acceptedAt, locale);
    return (
      <>
        {state.kind === 'accepted' ? (
          <Alert tone="success">{t('introduction.declaration.acceptedOn', { date })}</Alert>
        ) : state.kind === 'changed' ? (
          <Alert tone="warning">{t('introduction.declaration.changed', { date })}</Alert>
        ) : (
          <p>{t('introduction.declaration.lead')}</p>
        )}
        <section className="section" aria-labelledby="declaration-text-title">
          <h2 id="declaration-text-title">{t('introduction.declaration.textTitle')}</h2>
          <p className="entry-text declaration-text">{state.text}</p>
        </section>
        {state.kind !== 'accepted' && (
          <div className="form-actions">
            <Button disabled={save.state.kind === 'saving'} onClick={() => void save.run(accept)}>
              {state.kind === 'changed'
                ? t('introduction.declaration.acceptAgain')
                : t('introduction.declaration.accept')}
            </Button>
          </div>
        )}
        <SaveStatus state={save.state} />
        <p className="muted">{t('introduction.declaration.paper')}</p>
      </>
    );
  }

  return (
    <Page title={t('introduction.declaration.title')}>
      {body()}
      <PlaceLinks current="declaration" />
    </Page>
  );
}
