/**
 * A volunteer's worry about a citizen: the rules, without React or Dexie.
 *
 * The app never holds what the volunteer saw. It sends the contact person a request to talk –
 * when it suits the volunteer, and at most a short practical note – and forgets it once delivered.
 */
import { looksLikeCpr } from '@/protocol/cpr';

/** The ready-made answers to "when suits you?", and `own` for a time in the volunteer's words. */
export const PREFERRED_TIMES = ['today', 'tomorrow', 'callMe', 'own'] as const;
/** One of `PREFERRED_TIMES`. */
export type PreferredTimeChoice = (typeof PREFERRED_TIMES)[number];

/** Longest preferred time (the protocol's limit). */
export const MAX_PREFERRED_TIME_LENGTH = 120;

/** Longest message (the protocol's limit); a note to arrange a talk, not a report. */
export const MAX_MESSAGE_LENGTH = 500;

/** What the form hands over; `preferredTime` is the text the contact person will read. */
export type ConcernInput = {
  choice: PreferredTimeChoice | undefined;
  ownTime: string;
  message: string;
};

/** A field-level problem: an i18n key under `concern.` (or `privacy.` for the CPR check). */
export type ConcernFieldErrors = Partial<{
  choice: 'whenRequired';
  ownTime: 'ownRequired' | 'cprFound';
  message: 'cprFound';
}>;

/** Checks the request; the chosen time's text is made by the caller (it is translated). */
export function validateConcern(
  input: ConcernInput,
): { ok: true; ownTime: string; message: string } | { ok: false; errors: ConcernFieldErrors } {
  const errors: ConcernFieldErrors = {};
  const ownTime = input.ownTime.trim().slice(0, MAX_PREFERRED_TIME_LENGTH);
  const message = input.message.trim().slice(0, MAX_MESSAGE_LENGTH);
  if (!input.choice) errors.choice = 'whenRequired';
  if (input.choice === 'own') {
    if (!ownTime) errors.ownTime = 'ownRequired';
    else if (looksLikeCpr(ownTime)) errors.ownTime = 'cprFound';
  }
  if (looksLikeCpr(message)) errors.message = 'cprFound';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, ownTime, message };
}

/**
 * A `tel:` link for a phone number as people write it ("+45 12 34 56 78", "12 34 56 78"), or
 * `undefined` when it holds too few digits to call.
 */
export function telHref(phone: string | undefined): string | undefined {
  if (!phone) return undefined;
  const trimmed = phone.trim();
  const digits = trimmed.replace(/\D/g, '');
  if (digits.length < 3) return undefined;
  return `tel:${/^[\s(]*\+/.test(trimmed) ? '+' : ''}${digits}`;
}

/** The day a ready-made choice names (today or tomorrow), or `undefined` for the others. */
export function choiceDay(choice: PreferredTimeChoice, now: Date): Date | undefined {
  if (choice === 'today') return now;
  if (choice === 'tomorrow') return new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1);
  return undefined;
}
