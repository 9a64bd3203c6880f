import type { TFunction } from 'i18next';
import { isBuiltInType } from '../model';

/** The text to show for an activity type: translated when built in, as written otherwise. */
export function activityLabel(t: TFunction, type: string): string {
  return isBuiltInType(type) ? t(`activity.types.${type}`) : type;
}
