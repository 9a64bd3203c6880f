/**
 * The contact person's view of their institution's volunteers: the rules, without React or Dexie.
 *
 * Everything here works on rows already read from the device: introduction progress, certificate
 * reminders, monthly hour totals, which claims and concerns wait, and the introduction checklist's
 * order. The contact person never sees a volunteer's activities or notes, only these totals.
 */
export * from './model/certificates';
export * from './model/claims';
export * from './model/dates';
export * from './model/institution';
export * from './model/introduction';
export * from './model/overview';
