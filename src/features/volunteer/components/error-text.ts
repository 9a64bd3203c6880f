import type { TFunction } from 'i18next';
import type { ActivityError } from '../model';

/** The text key of each field problem; `privacy.cprFound` is shared with the other features. */
export const ERROR_TEXT: Record<ActivityError, string> = {
  typeRequired: 'activity.typeRequired',
  durationRequired: 'activity.durationRequired',
  cprFound: 'privacy.cprFound',
  participantsInvalid: 'volunteer.form.participantsInvalid',
  startTimeInvalid: 'volunteer.form.startTimeInvalid',
  dateInvalid: 'volunteer.form.dateInvalid',
};

/** The text for a field problem, or `undefined` when there is none. */
export function errorText(t: TFunction, error: ActivityError | undefined): string | undefined {
  return error && t(ERROR_TEXT[error]);
}
