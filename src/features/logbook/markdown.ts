/** The caseworker's own logbook as a Markdown document (for download). */
import { formatDateTime, type AppLocale } from '@/lib/format';
import type { EntryKind } from './model';

export type ExportEntry = {
  kind: EntryKind;
  text: string;
  tags: readonly string[];
  createdAt: number;
  sharedAt?: number;
  answer?: string;
};

export type ExportLabels = {
  title: string;
  kinds: Record<EntryKind, string>;
  tags: string;
  shared: string;
  answer: string;
};

/** Escapes what Markdown would read as markup at the start of a line or inline. */
function escapeMarkdown(text: string): string {
  return text
    .replace(/([\\`*_{}[\]<>#|])/g, '\\$1')
    .replace(/^(\s*)([-+]|\d+\.)(\s)/gm, '$1\\$2$3');
}

/** One `##` section per entry, newest first as given; the text kept line by line. */
export function entriesToMarkdown(
  entries: readonly ExportEntry[],
  labels: ExportLabels,
  locale: AppLocale,
): string {
  const parts = [`# ${labels.title}`, ''];
  for (const entry of entries) {
    parts.push(`## ${labels.kinds[entry.kind]}, ${formatDateTime(entry.createdAt, locale)}`, '');
    parts.push(escapeMarkdown(entry.text).replace(/\n/g, '  \n'), '');
    if (entry.tags.length > 0)
      parts.push(`${labels.tags}: ${entry.tags.map(escapeMarkdown).join(', ')}`, '');
    if (entry.sharedAt !== undefined) parts.push(`_${labels.shared}_`, '');
    if (entry.answer)
      parts.push(
        `> **${labels.answer}:** ${escapeMarkdown(entry.answer).replace(/\n/g, '\n> ')}`,
        '',
      );
  }
  return parts.join('\n');
}

/** A file name for the export, e.g. `logbog-2026-11-23.md`. */
export function markdownFileName(today: string): string {
  return `logbog-${today}.md`;
}
