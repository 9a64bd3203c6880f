import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LogbookEntry, SharedEntry } from '@/db/schema';
import { localeFor } from '@/i18n';
import { todayIso } from '@/lib/dates';
import { Alert } from '@/ui/alert';
import { Button } from '@/ui/button';
import { entriesToMarkdown, markdownFileName } from '../markdown';
import { downloadText } from '@/ui/download';

/** Downloads the caseworker's own logbook as a Markdown file (made on the phone, offline). */
export function MarkdownExport({
  entries,
  copies,
}: {
  entries: readonly LogbookEntry[];
  copies: Map<string, SharedEntry> | undefined;
}) {
  const { t, i18n } = useTranslation();
  const [failed, setFailed] = useState(false);

  function download() {
    setFailed(false);
    try {
      const markdown = entriesToMarkdown(
        entries.map((entry) => ({
          ...entry,
          answer: entry.sharedEntryId ? copies?.get(entry.sharedEntryId)?.answer : undefined,
        })),
        {
          title: t('logbook.export.fileTitle'),
          kinds: {
            good: t('logbook.kinds.good'),
            difficulty: t('logbook.kinds.difficulty'),
            question: t('logbook.kinds.question'),
          },
          tags: t('logbook.export.tags'),
          shared: t('logbook.export.shared'),
          answer: t('logbook.export.answer'),
        },
        localeFor(i18n.language),
      );
      downloadText(markdown, markdownFileName(todayIso()), 'text/markdown');
    } catch {
      setFailed(true);
    }
  }

  return (
    <>
      <Button variant="secondary" onClick={download}>
        {t('logbook.export.markdown')}
      </Button>
      <div role="alert">{failed && <Alert tone="error">{t('logbook.export.failed')}</Alert>}</div>
    </>
  );
}
