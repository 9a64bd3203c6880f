/**
 * Logbook entries: a caseworker's private notes on the new method.
 */
import { looksLikeCpr } from '@/protocol/cpr';

/** What a note is about (keys into `logbook.kinds.*`). */
export const ENTRY_KINDS = ['good', 'difficulty', 'question'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

/** Longest note we keep. */
export const MAX_ENTRY_LENGTH = 4000;
/** Longest tag, and how many a note may carry (the protocol's limits). */
export const MAX_TAG_LENGTH = 60;
export const MAX_TAGS = 20;

/**
 * The method's principles, offered as tags on every note. Tags are the caseworker's own words and
 * are stored as written, so these are data, not UI texts.
 */
export const DEFAULT_TAGS = [
  'Borgerinddragelse',
  'Borgerens ressourcer',
  'Tragtmodellen',
  'Den gode afgørelse',
  'Retssikkerhed',
  'Grundig vejledning',
] as const;

/** What the form hands over. */
export type EntryInput = {
  kind: EntryKind;
  text: string;
  tags: string[];
  /** A checklist item or plan activity the note is about, or nothing. */
  link?: EntryLink;
};

export type EntryLink = { kind: 'checklistItem' | 'planItem'; id: string };

export type EntryError = 'textRequired' | 'cprFound';

/** Trims a tag to one line of at most `MAX_TAG_LENGTH` characters; '' when nothing is left. */
export function normaliseTag(tag: string): string {
  return tag.replace(/\s+/g, ' ').trim().slice(0, MAX_TAG_LENGTH);
}

/** Tags without blanks or case-insensitive repeats, at most `MAX_TAGS`, in the given order. */
export function cleanTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = normaliseTag(raw);
    const key = tag.toLocaleLowerCase('da');
    if (!tag || seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
  }
  return out.slice(0, MAX_TAGS);
}

/**
 * Checks and trims an entry; the error is an i18n key (`textRequired` under `logbook.`, `cprFound`
 * under `privacy.`). Text or a tag that looks like a CPR number is never saved.
 */
export function validateEntry(input: {
  kind: EntryKind | undefined;
  text: string;
  tags?: readonly string[];
  link?: EntryLink;
}): { ok: true; value: EntryInput } | { ok: false; error: EntryError } {
  const text = input.text.trim().slice(0, MAX_ENTRY_LENGTH);
  if (!text) return { ok: false, error: 'textRequired' };
  const tags = cleanTags(input.tags ?? []);
  if (looksLikeCpr(text) || tags.some(looksLikeCpr)) return { ok: false, error: 'cprFound' };
  return { ok: true, value: { kind: input.kind ?? 'good', text, tags, link: input.link } };
}

/** The tags to offer as chips: the method's principles, then the caseworker's own, A–Å. */
export function tagChoices(entries: readonly { tags: readonly string[] }[]): string[] {
  const own = new Map<string, string>();
  const defaults = new Set(DEFAULT_TAGS.map((tag) => tag.toLocaleLowerCase('da')));
  for (const entry of entries) {
    for (const tag of entry.tags) {
      const key = tag.toLocaleLowerCase('da');
      if (!defaults.has(key) && !own.has(key)) own.set(key, tag);
    }
  }
  const sorted = [...own.values()].sort((a, b) => a.localeCompare(b, 'da'));
  return [...DEFAULT_TAGS, ...sorted];
}

/** Filters for the logbook list; all optional. `from`/`to` are `YYYY-MM-DD`, both inclusive. */
export type EntryFilter = {
  kind?: EntryKind;
  tag?: string;
  from?: string;
  to?: string;
};

/** Local midnight of a `YYYY-MM-DD` day, in ms. */
function dayStart(isoDate: string): number {
  const [y = 0, m = 1, d = 1] = isoDate.split('-').map(Number);
  return new Date(y, m - 1, d).getTime();
}

/**
 * Entries that pass the filter and, when `matches` is given (a search), are among the matches.
 * Keeps the order it is given (newest first from storage).
 */
export function filterEntries<
  T extends { id: string; kind: EntryKind; tags: readonly string[]; createdAt: number },
>(entries: readonly T[], filter: EntryFilter, matches?: ReadonlySet<string>): T[] {
  const tag = filter.tag?.toLowerCase();
  const from = filter.from ? dayStart(filter.from) : -Infinity;
  const to = filter.to ? dayStart(filter.to) + 24 * 60 * 60 * 1000 : Infinity;
  return entries.filter(
    (entry) =>
      (!matches || matches.has(entry.id)) &&
      (!filter.kind || entry.kind === filter.kind) &&
      entry.createdAt >= from &&
      entry.createdAt < to &&
      (!tag || entry.tags.some((own) => own === filter.tag || own.toLowerCase() === tag)),
  );
}
