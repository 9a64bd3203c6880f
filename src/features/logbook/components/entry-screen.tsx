import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { LogbookEntry } from '@/db/schema';
import { localeFor } from '@/i18n';
import { formatDate, formatDateTime } from '@/lib/format';
import { Alert } from '@/ui/alert';
import { Button } from '@/ui/button';
import { ChoiceGroup } from '@/ui/choice-group';
import { ConfirmDelete } from '@/ui/confirm-delete';
import { Page } from '@/ui/page';
import {
  useDeleteEntry,
  useEntry,
  useOwnName,
  useShareEntry,
  useSharedCopies,
} from '../hooks/use-entries';
import { EntryForm } from './entry-form';
import './logbook.css';

/** One of the caseworker's own notes: change it, share it, see the answer, or delete it. */
export function EntryScreen() {
  const { t } = useTranslation();
  const { entryId = '' } = useParams();
  const entry = useEntry(entryId);
  return (
    <Page title={t('logbook.edit.title')}>
      <p>
        <Link to="/logbog">{t('logbook.edit.back')}</Link>
      </p>
      {entry === undefined && <p className="muted">{t('app.loading')}</p>}
      {entry === null && <p>{t('logbook.edit.notFound')}</p>}
      {entry && (
        <>
          <EntryForm key={entry.id} editing={entry} />
          <ShareSection entry={entry} />
          <DeleteEntry id={entry.id} />
        </>
      )}
    </Page>
  );
}

function ShareSection({ entry }: { entry: LogbookEntry }) {
  const { t, i18n } = useTranslation();
  const locale = localeFor(i18n.language);
  const name = useOwnName();
  const share = useShareEntry();
  const copies = useSharedCopies([entry]);
  const [how, setHow] = useState<'named' | 'anonymous' | undefined>();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const copy = entry.sharedEntryId ? copies?.get(entry.sharedEntryId) : undefined;

  async function onShare() {
    if (!how) return;
    setBusy(true);
    setFailed(false);
    try {
      await share(entry, how === 'named');
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="section" aria-labelledby="share-title">
      <h2 id="share-title">{t('logbook.share.title')}</h2>
      {entry.sharedAt === undefined ? (
        <>
          <p>{t('logbook.share.intro')}</p>
          <ChoiceGroup
            legend={t('logbook.share.how')}
            name="share-how"
            choices={[
              ...(name
                ? [{ value: 'named' as const, label: t('logbook.share.withName', { name }) }]
                : []),
              {
                value: 'anonymous' as const,
                label: t('logbook.share.anonymous'),
                hint: t('logbook.share.anonymousHint'),
              },
            ]}
            value={how}
            onChange={setHow}
          />
          {!name && <p className="muted">{t('logbook.share.withNameMissing')}</p>}
          <div className="form-actions">
            <Button onClick={() => void onShare()} disabled={!how || busy}>
              {t(busy ? 'logbook.share.sharing' : 'logbook.share.button')}
            </Button>
          </div>
          <div role="alert">
            {failed && <Alert tone="error">{t('logbook.share.failed')}</Alert>}
          </div>
        </>
      ) : (
        <>
          <div role="status">
            <p>
              {t(
                entry.sharedAnonymously
                  ? 'logbook.share.sharedAnonymous'
                  : 'logbook.share.sharedNamed',
                {
                  date: formatDate(entry.sharedAt, locale),
                },
              )}
            </p>
          </div>
          {copy?.answer ? (
            <div className="entry-answer">
              <h3>{t('logbook.share.answerTitle')}</h3>
              <p className="entry-text">{copy.answer}</p>
              {copy.answeredAt !== undefined && (
                <p className="entry-meta">
                  {copy.answeredBy
                    ? t('logbook.share.answerBy', {
                        name: copy.answeredBy,
                        date: formatDateTime(copy.answeredAt, locale),
                      })
                    : formatDateTime(copy.answeredAt, locale)}
                </p>
              )}
            </div>
          ) : (
            <p className="muted">{t('logbook.share.noAnswer')}</p>
          )}
        </>
      )}
    </section>
  );
}

function DeleteEntry({ id }: { id: string }) {
  const { t } = useTranslation();
  const deleteEntry = useDeleteEntry();
  const navigate = useNavigate();
  return (
    <ConfirmDelete
      texts={{
        title: t('logbook.edit.deleteTitle'),
        open: t('logbook.edit.delete'),
        question: t('logbook.edit.deleteQuestion'),
        confirm: t('logbook.edit.deleteConfirm'),
        cancel: t('logbook.edit.deleteCancel'),
        failed: t('logbook.edit.deleteFailed'),
      }}
      onConfirm={async () => {
        await deleteEntry(id);
        await navigate('/logbog');
      }}
    />
  );
}
