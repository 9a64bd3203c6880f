/**
 * Ugens Tip: the weekly tip a contact person writes, and which tip a reader sees this week.
 */
import type { Tip } from '@/db/schema';
import { addDays, isoWeekKey, todayIso } from '@/lib/dates';

/** This week and the next `count - 1` weeks, in order (the weeks a new tip can show from). */
export function upcomingWeeks(now: Date, count: number): string[] {
  const today = todayIso(now);
  return Array.from({ length: count }, (_, i) => isoWeekKey(addDays(today, 7 * i)));
}

/** Longest tip title and body. */
export const MAX_TITLE_LENGTH = 120;
export const MAX_BODY_LENGTH = 4000;

/** Who a tip is for (keys into `tips.audiences.*`). */
export const AUDIENCES = ['team', 'volunteers', 'everyone'] as const;
export type Audience = (typeof AUDIENCES)[number];

/**
 * The method's principles (seed 002) a tip can be tagged with (keys into `tips.principles.*`).
 * A tag that is not one of these (an implementation's own) is shown as written.
 */
export const PRINCIPLES = [
  'involvement',
  'resources',
  'funnel',
  'decision',
  'rights',
  'guidance',
] as const;

/** True when `tag` is one of the known principles (and so has a translated label). */
export function isPrinciple(tag: string): tag is (typeof PRINCIPLES)[number] {
  return (PRINCIPLES as readonly string[]).includes(tag);
}

/** What the form hands over. */
export type TipInput = {
  week: string;
  title: string;
  body: string;
  audience: Audience;
  tag?: string;
};

/** Checks and trims a tip; the error is an i18n key under `tips.` */
export function validateTip(
  input: TipInput,
): { ok: true; value: TipInput } | { ok: false; error: 'required' } {
  const title = input.title.trim().slice(0, MAX_TITLE_LENGTH);
  const body = input.body.trim().slice(0, MAX_BODY_LENGTH);
  if (!title || !body) return { ok: false, error: 'required' };
  // An empty tag clears one an edited tip had (a missing field would leave it as it was).
  const tag = input.tag?.trim().slice(0, 60) ?? '';
  return { ok: true, value: { ...input, title, body, tag } };
}

/** Newest first: the later week, then the later publication. */
export function compareTipsNewestFirst(a: Tip, b: Tip): number {
  if (a.week !== b.week) return a.week < b.week ? 1 : -1;
  return (b.publishedAt ?? 0) - (a.publishedAt ?? 0);
}

/** Tips that show by `week` (their week has come), newest first. */
export function visibleTips(tips: readonly Tip[], week: string): Tip[] {
  return tips.filter((tip) => !tip._deleted && tip.week <= week).sort(compareTipsNewestFirst);
}

/** This week's tip: the newest tip whose week is this week or earlier; `undefined` if none. */
export function currentTip(tips: readonly Tip[], week: string): Tip | undefined {
  return visibleTips(tips, week)[0];
}

/**
 * Tips to announce as new: showing by `week`, not read by this person, published after they
 * joined, and not written on this device (a writer knows their own tip). Newest first.
 */
export function newTips(
  tips: readonly Tip[],
  input: {
    week: string;
    readTipIds: ReadonlySet<string>;
    joinedAt: number;
    isOwn: (tip: Tip) => boolean;
  },
): Tip[] {
  return visibleTips(tips, input.week).filter(
    (tip) =>
      !input.readTipIds.has(tip.id) &&
      (tip.publishedAt ?? 0) >= input.joinedAt &&
      !input.isOwn(tip),
  );
}
