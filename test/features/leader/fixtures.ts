/** Rows as the server writes them into the `leader` scope, for seeding fake-indexeddb. */
import type { ChecklistProgress, InstitutionHours, TeamCheckIn, TipReach, Unit } from '@/db/schema';

let next = 0;
const id = (prefix: string) => `${prefix}-${++next}`;
const base = { _hlc: {}, _scope: 'leader' } as const;

export const unit = (fields: Partial<Unit> & Pick<Unit, 'id' | 'kind'>): Unit => ({
  ...base,
  members: 0,
  ...fields,
});

export const hours = (
  fields: Partial<InstitutionHours> & Pick<InstitutionHours, 'institutionId' | 'month'>,
): InstitutionHours => ({
  ...base,
  id: id('hours'),
  minutes: 0,
  entries: 0,
  volunteers: 0,
  ...fields,
});

export const progress = (
  fields: Partial<ChecklistProgress> & Pick<ChecklistProgress, 'teamId' | 'title'>,
): ChecklistProgress => {
  const checklistId = fields.checklistId ?? id('checklist');
  return { ...base, id: checklistId, checklistId, items: 0, done: 0, ...fields };
};

export const reach = (
  fields: Partial<TipReach> & Pick<TipReach, 'title' | 'week' | 'audience'>,
): TipReach => {
  const tipId = fields.tipId ?? id('tip');
  return { ...base, id: tipId, tipId, reads: 0, ...fields };
};

export const checkIn = (
  fields: Partial<TeamCheckIn> & Pick<TeamCheckIn, 'teamId' | 'week'>,
): TeamCheckIn => ({
  ...base,
  id: id('checkin'),
  answers: 3,
  methodGoing: 3,
  confidence: 3,
  ...fields,
});

/** A small municipality: two institutions, two teams (one at each). */
export const MUNICIPALITY = [
  unit({ id: 'kommune', kind: 'municipality', name: 'Hele kommunen', members: 200 }),
  unit({ id: 'solhjem', kind: 'institution', name: 'Solhjem Plejecenter', members: 40 }),
  unit({ id: 'aeblehaven', kind: 'institution', name: 'Æblehaven', members: 0 }),
  unit({ id: 'nord', kind: 'team', name: 'Team Nord', institutionId: 'solhjem', members: 8 }),
  unit({ id: 'syd', kind: 'team', name: 'Team Syd', institutionId: 'aeblehaven', members: 5 }),
];
