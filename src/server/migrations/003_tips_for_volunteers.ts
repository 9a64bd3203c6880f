/**
 * Migration 003: tips for an institution's volunteers move from `institution:<id>` (read by
 * everyone there, caseworkers and leaders too) to `volunteers:<id>` (its volunteers and contact
 * persons), with their read counts (`tipStats`, which live beside the tip). Nothing else of
 * `tips` or `tipStats` was ever stored in an institution scope.
 *
 * The rows keep their seq: a device that reads the new scope gets its rows as a new scope's
 * (pull.ts sends them first), and a device of someone else never reads them again.
 *
 * Never edit a migration that has shipped: add the next number.
 */
import { sql, type Kysely, type Migration } from 'kysely';

/** Migration 003 (the same for both dialects). */
export function tipsForVolunteers(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      // 'institution:' is 12 characters: the id starts at the 13th.
      await sql`
        update rows set scope = 'volunteers:' || substr(scope, 13)
        where tbl in ('tips', 'tipStats') and scope like 'institution:%'
      `.execute(db);
    },
  };
}
