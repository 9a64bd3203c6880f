/** The institution's info the contact person keeps, and the introduction item form. */
import type { Institution } from '@/db/schema';
import { looksLikeCpr } from '@/protocol/cpr';

/** Most activity types an institution may list (the protocol's limit). */
export const MAX_ACTIVITY_TYPES = 30;

/**
 * Adds an activity type to the list; an i18n key under `contact.institution.` when refused (`cpr`:
 * `privacy.cprFound`).
 */
export function addActivityType(
  types: readonly string[],
  text: string,
):
  | { ok: true; value: string[] }
  | { ok: false; error: 'typeRequired' | 'typeDuplicate' | 'typeTooMany' | 'cpr' } {
  const type = text.trim().slice(0, 80);
  if (!type) return { ok: false, error: 'typeRequired' };
  if (looksLikeCpr(type)) return { ok: false, error: 'cpr' };
  const lower = type.toLocaleLowerCase('da');
  if (types.some((existing) => existing.toLocaleLowerCase('da') === lower)) {
    return { ok: false, error: 'typeDuplicate' };
  }
  if (types.length >= MAX_ACTIVITY_TYPES) return { ok: false, error: 'typeTooMany' };
  return { ok: true, value: [...types, type] };
}

/** What the introduction item form hands over. */
export type IntroItemInput = { title: string; body: string };

/** Checks and trims an introduction item; errors are i18n keys under `contact.intro.` */
export function validateIntroItem(
  input: IntroItemInput,
):
  | { ok: true; value: IntroItemInput }
  | { ok: false; errors: Partial<Record<keyof IntroItemInput, 'titleRequired' | 'cpr'>> } {
  const title = input.title.trim().slice(0, 200);
  const body = input.body.trim().slice(0, 2000);
  const errors: Partial<Record<keyof IntroItemInput, 'titleRequired' | 'cpr'>> = {};
  if (!title) errors.title = 'titleRequired';
  else if (looksLikeCpr(title)) errors.title = 'cpr';
  if (looksLikeCpr(body)) errors.body = 'cpr';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, value: { title, body } };
}

/** The institution fields the contact person edits. */
export type InstitutionInfo = {
  contactName: string;
  contactPhone: string;
  agreements: string;
  insurance: string;
  emergency: string;
  activityTypes: string[];
  requiresConfidentiality: boolean;
  confidentialityText: string;
  worksWithChildren: boolean;
  requiresCriminalRecord: boolean;
};

const TEXT_LIMITS = {
  contactName: 120,
  contactPhone: 30,
  agreements: 4000,
  insurance: 2000,
  emergency: 2000,
  confidentialityText: 4000,
} as const;
type InfoText = keyof typeof TEXT_LIMITS;
const INFO_TEXTS = Object.keys(TEXT_LIMITS) as InfoText[];

/** The form's starting values from the stored row (missing fields are empty). */
export function institutionInfo(row: Institution | undefined): InstitutionInfo {
  return {
    contactName: row?.contactName ?? '',
    contactPhone: row?.contactPhone ?? '',
    agreements: row?.agreements ?? '',
    insurance: row?.insurance ?? '',
    emergency: row?.emergency ?? '',
    activityTypes: [...(row?.activityTypes ?? [])],
    requiresConfidentiality: row?.requiresConfidentiality ?? false,
    confidentialityText: row?.confidentialityText ?? '',
    worksWithChildren: row?.worksWithChildren ?? false,
    requiresCriminalRecord: row?.requiresCriminalRecord ?? false,
  };
}

/**
 * The fields that differ from what the form started with, trimmed: only those are written, so two
 * people editing different fields at once both keep their change. Errors are i18n keys under
 * `contact.institution.`
 */
export function changedInstitutionFields(
  before: InstitutionInfo,
  after: InstitutionInfo,
):
  | { ok: true; value: Partial<InstitutionInfo> }
  | { ok: false; errors: Partial<Record<keyof InstitutionInfo, 'cpr' | 'textRequired'>> } {
  const errors: Partial<Record<keyof InstitutionInfo, 'cpr' | 'textRequired'>> = {};
  const changes: Partial<InstitutionInfo> = {};
  for (const field of INFO_TEXTS) {
    const value = after[field].trim().slice(0, TEXT_LIMITS[field]);
    if (looksLikeCpr(value)) errors[field] = 'cpr';
    if (value !== before[field].trim()) changes[field] = value;
  }
  if (after.requiresConfidentiality && !after.confidentialityText.trim()) {
    errors.confidentialityText = 'textRequired';
  }
  if (after.activityTypes.join('\n') !== before.activityTypes.join('\n')) {
    changes.activityTypes = [...after.activityTypes];
  }
  for (const flag of [
    'requiresConfidentiality',
    'worksWithChildren',
    'requiresCriminalRecord',
  ] as const) {
    if (after[flag] !== before[flag]) changes[flag] = after[flag];
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, value: changes };
}
