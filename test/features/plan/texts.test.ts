import { PLAN_TEMPLATE_KEYS } from '@/content/plan-templates';
import { PLAN_KINDS, PLAN_STATUSES, type PlanProblems } from '@/features/plan/model';
import { resources } from '@/i18n/catalogues';

type Catalogue = { [key: string]: string | Catalogue };

function lookup(catalogue: Catalogue, key: string): string | undefined {
  let node: string | Catalogue | undefined = catalogue;
  for (const part of key.split('.')) {
    if (typeof node !== 'object') return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

const PROBLEMS: NonNullable<PlanProblems[keyof PlanProblems]>[] = [
  'required',
  'endBeforeStart',
  'tooLong',
  'cpr',
  'notReference',
  'tooMany',
];

describe('plan texts built at run time', () => {
  it('has Danish and English for every kind, status, template and field problem', () => {
    const keys = [
      ...PLAN_KINDS.map((kind) => `plan.activities.kinds.${kind}`),
      ...PLAN_STATUSES.map((status) => `plan.activities.statuses.${status}`),
      ...[...PLAN_TEMPLATE_KEYS, 'custom'].flatMap((key) => [
        `plan.checklists.templates.${key}`,
        `plan.checklists.templates.${key}Hint`,
      ]),
      ...PROBLEMS.map((code) => `plan.errors.${code}`),
    ];
    const missing = keys.filter(
      (key) => !lookup(resources.da.translation, key) || !lookup(resources.en.translation, key),
    );
    expect(missing).toEqual([]);
  });
});
