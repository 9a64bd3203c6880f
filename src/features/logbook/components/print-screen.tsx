import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { localeFor } from '@/i18n';
import { formatDate, formatDateTime } from '@/lib/format';
import { Button } from '@/ui/button';
import { Page } from '@/ui/page';
import { useEntries, useSharedCopies } from '../hooks/use-entries';
import './logbook.css';

/** The whole logbook as one plain page for printing; print CSS hides the app's frame. */
export function PrintScreen() {
  const { t, i18n } = useTranslation();
  const locale = localeFor(i18n.language);
  const entries = useEntries();
  const [openedAt] = useState(() => Date.now());
  const copies = useSharedCopies(entries);
  return (
    <div className="logbook-print">
      <Page title={t('logbook.print.title')}>
        <div className="no-print button-row">
          <Link to="/logbog">{t('logbook.print.back')}</Link>
          <Button onClick={() => window.print()}>{t('logbook.print.button')}</Button>
        </div>
        <p className="muted">
          {t('logbook.print.printed', { date: formatDate(openedAt, locale) })}
        </p>
        {entries === undefined ? (
          <p className="muted">{t('app.loading')}</p>
        ) : entries.length === 0 ? (
          <p>{t('logbook.empty')}</p>
        ) : (
          entries.map((entry) => {
            const answer = entry.sharedEntryId
              ? copies?.get(entry.sharedEntryId)?.answer
              : undefined;
            return (
              <article key={entry.id} className="print-entry" aria-labelledby={`p-${entry.id}`}>
                <h2 id={`p-${entry.id}`} className="h4">
                  {t(`logbook.kinds.${entry.kind}`)}, {formatDateTime(entry.createdAt, locale)}
                </h2>
                <p className="entry-text">{entry.text}</p>
                {entry.tags.length > 0 && (
                  <p className="entry-tags">
                    {t('logbook.export.tags')}: {entry.tags.join(', ')}
                  </p>
                )}
                {entry.sharedAt !== undefined && (
                  <p className="entry-tags">{t('logbook.export.shared')}</p>
                )}
                {answer && (
                  <p className="entry-answer">
                    <strong>{t('logbook.export.answer')}:</strong> {answer}
                  </p>
                )}
              </article>
            );
          })
        )}
      </Page>
    </div>
  );
}
