// @vitest-environment node
/**
 * The sync simulation on SQLite and PostgreSQL. CI runs a fixed set of seeds; set SIM_SEEDS to a
 * count (e.g. SIM_SEEDS=2000) to run that many seeds from SIM_FIRST_SEED (default 1), and
 * SIM_STEPS to change the length of each run.
 */
import { createTestDatabase } from '../helpers/postgres';
import { runSimulation, type SimulationOptions, type SimulationReport } from './simulation';

const FIXED_SEEDS = [1, 2, 3, 4];
const count = Number(process.env.SIM_SEEDS ?? 0);
const first = Number(process.env.SIM_FIRST_SEED ?? 1);
const seeds = count > 0 ? Array.from({ length: count }, (_, i) => first + i) : FIXED_SEEDS;
const steps = Number(process.env.SIM_STEPS ?? 150);
// A run is a few seconds; a loaded 2-core machine may take several times that. Not a speed check.
const SIM_TIMEOUT_MS = 60_000;

/** The faults a run injects; each must have happened somewhere in the fixed seeds. */
const FAULTS = [
  'lostRequests',
  'lostResponses',
  'duplicates',
  'replays',
  'crashes',
  'appRestarts',
  'serverRestarts',
] as const satisfies readonly (keyof SimulationReport)[];

/** Where the server keeps its rows: a fresh SQLite file, or a fresh database on the test cluster. */
const DATABASES: { name: string; database: () => Promise<SimulationOptions['database']> }[] = [
  { name: 'SQLite', database: () => Promise.resolve({ kind: 'sqlite' }) },
  {
    name: 'PostgreSQL',
    database: async () => ({ kind: 'postgres', url: await createTestDatabase('sim') }),
  },
];

describe.each(DATABASES)('sync simulation on $name', ({ database }) => {
  const injected = Object.fromEntries(FAULTS.map((fault) => [fault, 0]));

  it.each(seeds)(
    'converges without losing or repeating a change (seed %i)',
    async (seed) => {
      const report = await runSimulation({ seed, steps, database: await database() });
      expect(report.acknowledged).toBeGreaterThan(0);
      for (const fault of FAULTS) injected[fault] = (injected[fault] ?? 0) + report[fault];
    },
    SIM_TIMEOUT_MS,
  );

  // A run that injects no faults proves nothing. Replaying one seed on its own may miss a rare one.
  it.skipIf(seeds.length < FIXED_SEEDS.length)('injected every kind of fault', () => {
    expect(Object.entries(injected).filter(([, times]) => times === 0)).toEqual([]);
  });
});
