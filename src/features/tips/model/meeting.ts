/**
 * Preparing the experience meeting: the entries caseworkers shared in a period, grouped by
 * principle tag and by kind, with the open questions first.
 */
import type { SharedEntry } from '@/db/schema';
import { addDays, parseIsoDate, todayIso } from '@/lib/dates';

/** The kinds of shared entry, in the order the meeting goes through them. */
export const ENTRY_KINDS = ['question', 'difficulty', 'good'] as const;
export type SharedKind = (typeof ENTRY_KINDS)[number];

/** A period of local days, both ends included, as `YYYY-MM-DD`. */
export type Period = { from: string; to: string };

/** Default period: the last six weeks up to and including `today`. */
export function defaultPeriod(today: Date): Period {
  const to = todayIso(today);
  return { from: addDays(to, -41), to };
}

/** The period's bounds in millis: from the first day's start to the last day's end (local). */
export function periodBounds(period: Period): { start: number; end: number } {
  const start = parseIsoDate(period.from).getTime();
  const end = parseIsoDate(addDays(period.to, 1)).getTime() - 1;
  return { start, end };
}

/** Entries shared within `period`, oldest first. */
export function inPeriod(entries: readonly SharedEntry[], period: Period): SharedEntry[] {
  const { start, end } = periodBounds(period);
  return entries
    .filter((entry) => !entry._deleted && entry.sharedAt >= start && entry.sharedAt <= end)
    .sort((a, b) => a.sharedAt - b.sharedAt);
}

/** A question nobody has answered yet. */
export function isOpenQuestion(entry: SharedEntry): boolean {
  return entry.kind === 'question' && !entry.answer?.trim();
}

/** One group of entries. `key` is a tag, or `''` for entries without one. */
export type Group<K extends string> = { key: K; entries: SharedEntry[] };

/** Open questions before everything else; otherwise keeps the order. */
function openFirst(entries: SharedEntry[]): SharedEntry[] {
  return [...entries.filter(isOpenQuestion), ...entries.filter((e) => !isOpenQuestion(e))];
}

/**
 * Groups by tag: an entry with two tags is in both groups; entries without a tag come last
 * (key `''`). Groups with the most entries first, then by tag; open questions first in each.
 */
export function groupByTag(entries: readonly SharedEntry[]): Group<string>[] {
  const groups = new Map<string, SharedEntry[]>();
  for (const entry of entries) {
    const tags = entry.tags.length > 0 ? [...new Set(entry.tags)] : [''];
    for (const tag of tags) groups.set(tag, [...(groups.get(tag) ?? []), entry]);
  }
  return [...groups]
    .map(([key, list]) => ({ key, entries: openFirst(list) }))
    .sort((a, b) => {
      if ((a.key === '') !== (b.key === '')) return a.key === '' ? 1 : -1;
      return b.entries.length - a.entries.length || a.key.localeCompare(b.key, 'da');
    });
}

/** Groups by kind in meeting order (questions, difficulties, good experiences); empty kinds left out. */
export function groupByKind(entries: readonly SharedEntry[]): Group<SharedKind>[] {
  return ENTRY_KINDS.map((kind) => ({
    key: kind,
    entries: openFirst(entries.filter((entry) => entry.kind === kind)),
  })).filter((group) => group.entries.length > 0);
}

/** Longest answer. */
export const MAX_ANSWER_LENGTH = 4000;
