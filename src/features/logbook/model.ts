/**
 * Logbook entries: a caseworker's private notes on the new method.
 */

/** What a note is about (keys into `logbook.kinds.*`). */
export const ENTRY_KINDS = ['good', 'difficulty', 'question'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

/** Longest note we keep. */
export const MAX_ENTRY_LENGTH = 4000;

/** What the form hands over. */
export type EntryInput = { kind: EntryKind; text: string };

/** Checks and trims an entry; the error is an i18n key under `logbook.` */
export function validateEntry(input: {
  kind: EntryKind | undefined;
  text: string;
}): { ok: true; value: EntryInput } | { ok: false; error: 'textRequired' } {
  const text = input.text.trim().slice(0, MAX_ENTRY_LENGTH);
  if (!text) return { ok: false, error: 'textRequired' };
  return { ok: true, value: { kind: input.kind ?? 'good', text } };
}
