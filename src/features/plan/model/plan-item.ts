/**
 * Activity plan entries: what the form holds, how it is checked, and case references.
 *
 * A training meeting may list the cases to discuss, by a short reference only ("Sag 12", a journal
 * number): never a name or a CPR number. The check is deliberately strict: a reference must hold a
 * digit, have at most three words and 40 characters.
 */
import type { PlanItem } from '@/db/schema';
import { isIsoDate } from '@/lib/dates';
import { looksLikeCpr } from '@/protocol/cpr';

/** Kinds of activity, in the order they are offered. */
export const PLAN_KINDS = ['training', 'experience', 'information', 'other'] as const;
/** Statuses, in the order they are offered. */
export const PLAN_STATUSES = ['planned', 'done', 'cancelled'] as const;

export type PlanKind = PlanItem['kind'];
export type PlanStatus = PlanItem['status'];

/** The form's values, as typed. */
export type PlanDraft = {
  date: string;
  startTime: string;
  endTime: string;
  title: string;
  kind: PlanKind;
  status: PlanStatus;
  responsible: string;
  participants: string;
  /** Case references, one per line or separated by commas or semicolons. */
  caseRefs: string;
};

/** Field problems, as i18n keys under `plan.errors`. */
export type PlanProblems = Partial<
  Record<
    'date' | 'title' | 'endTime' | 'responsible' | 'participants' | 'caseRefs',
    'required' | 'endBeforeStart' | 'tooLong' | 'cpr' | 'notReference' | 'tooMany'
  >
>;

export const CASE_REF_MAX_LENGTH = 40;
export const CASE_REFS_MAX = 20;

/** An empty form for `date`. */
export function emptyDraft(date: string): PlanDraft {
  return {
    date,
    startTime: '',
    endTime: '',
    title: '',
    kind: 'training',
    status: 'planned',
    responsible: '',
    participants: '',
    caseRefs: '',
  };
}

/** The form's values for a stored entry. */
export function draftOf(item: PlanItem): PlanDraft {
  return {
    date: item.date,
    startTime: item.startTime ?? '',
    endTime: item.endTime ?? '',
    title: item.title,
    kind: item.kind,
    status: item.status,
    responsible: item.responsible ?? '',
    participants: item.participants ?? '',
    caseRefs: (item.caseRefs ?? []).join('\n'),
  };
}

/** Splits typed case references on new lines, commas and semicolons; drops empty ones. */
export function parseCaseRefs(text: string): string[] {
  return text
    .split(/[\n,;]/)
    .map((ref) => ref.trim().replace(/\s+/g, ' '))
    .filter(Boolean);
}

/** Why a case reference is not acceptable, or `undefined` when it is. */
export function caseRefProblem(ref: string): 'cpr' | 'notReference' | undefined {
  if (looksLikeCpr(ref)) return 'cpr';
  if (ref.length > CASE_REF_MAX_LENGTH || ref.split(' ').length > 3 || !/\d/.test(ref)) {
    return 'notReference';
  }
  return undefined;
}

/** Checks the form; no problems means it can be saved. */
export function checkDraft(draft: PlanDraft): PlanProblems {
  const problems: PlanProblems = {};
  if (!isIsoDate(draft.date)) problems.date = 'required';
  if (!draft.title.trim()) problems.title = 'required';
  else if (draft.title.trim().length > 200) problems.title = 'tooLong';
  if (draft.startTime && draft.endTime && draft.endTime <= draft.startTime) {
    problems.endTime = 'endBeforeStart';
  }
  if (looksLikeCpr(draft.title)) problems.title = 'cpr';
  if (draft.responsible.trim().length > 120) problems.responsible = 'tooLong';
  if (looksLikeCpr(draft.responsible)) problems.responsible = 'cpr';
  if (draft.participants.trim().length > 500) problems.participants = 'tooLong';
  if (looksLikeCpr(draft.participants)) problems.participants = 'cpr';
  const refs = parseCaseRefs(draft.caseRefs);
  const refProblems = refs.map(caseRefProblem);
  if (refProblems.includes('cpr')) problems.caseRefs = 'cpr';
  else if (refProblems.includes('notReference')) problems.caseRefs = 'notReference';
  else if (refs.length > CASE_REFS_MAX) problems.caseRefs = 'tooMany';
  return problems;
}

/** The fields to store for a checked form. Optional text and times left empty are stored as ''. */
export function fieldsOf(draft: PlanDraft): Omit<PlanItem, 'id' | '_hlc' | '_deleted' | '_scope'> {
  return {
    date: draft.date,
    title: draft.title.trim(),
    kind: draft.kind,
    status: draft.status,
    responsible: draft.responsible.trim(),
    participants: draft.participants.trim(),
    caseRefs: draft.kind === 'training' ? parseCaseRefs(draft.caseRefs) : [],
    // '' (no time) is written too, so an edit can take away a time set before.
    startTime: draft.startTime,
    endTime: draft.startTime ? draft.endTime : '',
  };
}
