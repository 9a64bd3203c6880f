import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { LogbookEntry } from '@/db/schema';
import { Button } from '@/ui/button';
import { SelectField, TextField } from '@/ui/fields';
import { Page } from '@/ui/page';
import { VirtualList } from '@/ui/virtual-list';
import { useEntries, useSharedCopies } from '../hooks/use-entries';
import { useEntrySearch } from '../hooks/use-search';
import { ENTRY_KINDS, filterEntries, tagChoices, type EntryFilter, type EntryKind } from '../model';
import { EntryRow } from './entry-row';
import { MarkdownExport } from './markdown-export';
import './logbook.css';

/** The whole private logbook, newest first: search, filters, export. */
export function LogbookScreen() {
  const { t } = useTranslation();
  const entries = useEntries();
  const copies = useSharedCopies(entries);
  const [query, setQuery] = useState('');
  const [filter, setFilter] = useState<EntryFilter>({});
  const matches = useEntrySearch(entries, query);
  const tags = useMemo(() => tagChoices(entries ?? []), [entries]);
  const shown = useMemo(
    () => (entries && matches !== 'loading' ? filterEntries(entries, filter, matches) : undefined),
    [entries, filter, matches],
  );
  const searching = query.trim() !== '' || Object.values(filter).some(Boolean);

  const answered = (entry: LogbookEntry) =>
    Boolean(entry.sharedEntryId && copies?.get(entry.sharedEntryId)?.answer);

  return (
    <Page title={t('logbook.listTitle')}>
      {entries === undefined ? (
        <p className="muted">{t('app.loading')}</p>
      ) : entries.length === 0 ? (
        <>
          <p>{t('logbook.empty')}</p>
          <p>
            <Link to="/">{t('logbook.formTitle')}</Link>
          </p>
        </>
      ) : (
        <>
          <section aria-labelledby="logbook-search-title">
            <h2 id="logbook-search-title" className="visually-hidden">
              {t('logbook.search.title')}
            </h2>
            <TextField
              type="search"
              label={t('logbook.search.query')}
              hint={t('logbook.search.queryHint')}
              value={query}
              onChange={(event) => setQuery(event.target.value)}
            />
            <div className="logbook-filters">
              <SelectField
                label={t('logbook.search.kind')}
                value={filter.kind ?? ''}
                options={[
                  { value: '', label: t('logbook.search.all') },
                  ...ENTRY_KINDS.map((kind) => ({
                    value: kind,
                    label: t(`logbook.kinds.${kind}`),
                  })),
                ]}
                onChange={(event) => {
                  const kind = (event.target.value || undefined) as EntryKind | undefined;
                  setFilter((f) => ({ ...f, kind }));
                }}
              />
              <SelectField
                label={t('logbook.search.tag')}
                value={filter.tag ?? ''}
                options={[
                  { value: '', label: t('logbook.search.all') },
                  ...tags.map((tag) => ({ value: tag, label: tag })),
                ]}
                onChange={(event) => {
                  const tag = event.target.value || undefined;
                  setFilter((f) => ({ ...f, tag }));
                }}
              />
              <TextField
                type="date"
                label={t('logbook.search.from')}
                value={filter.from ?? ''}
                onChange={(event) =>
                  setFilter((f) => ({ ...f, from: event.target.value || undefined }))
                }
              />
              <TextField
                type="date"
                label={t('logbook.search.to')}
                value={filter.to ?? ''}
                onChange={(event) =>
                  setFilter((f) => ({ ...f, to: event.target.value || undefined }))
                }
              />
            </div>
            {searching && (
              <Button
                variant="tertiary"
                onClick={() => {
                  setQuery('');
                  setFilter({});
                }}
              >
                {t('logbook.search.clear')}
              </Button>
            )}
          </section>
          <div role="status" className="summary-line">
            {shown === undefined
              ? t('logbook.search.loading')
              : searching
                ? shown.length === 0
                  ? t('logbook.search.noMatch')
                  : t('logbook.search.matches', { count: shown.length, total: entries.length })
                : t('logbook.count', { count: entries.length })}
          </div>
          {shown && shown.length > 0 && (
            <VirtualList
              label={t('logbook.listTitle')}
              items={shown}
              getKey={(entry) => entry.id}
              renderItem={(entry) => <EntryRow entry={entry} linked answered={answered(entry)} />}
            />
          )}
          <section className="section" aria-labelledby="logbook-export-title">
            <h2 id="logbook-export-title">{t('logbook.export.title')}</h2>
            <div className="button-row">
              <MarkdownExport entries={entries} copies={copies} />
              <Link to="/logbog/udskriv" className="button button-secondary">
                {t('logbook.export.print')}
              </Link>
            </div>
          </section>
        </>
      )}
    </Page>
  );
}
