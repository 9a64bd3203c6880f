/** The months the contact person's hour table lists (month arithmetic is src/lib/dates). */
import { addMonths } from '@/lib/dates';

/** The last `count` months up to and including `month` (`YYYY-MM`), newest first. */
export function lastMonths(month: string, count: number): string[] {
  return Array.from({ length: count }, (_, index) => addMonths(month, -index));
}
