// @vitest-environment node
/**
 * The sync simulation on SQLite and PostgreSQL. CI runs a fixed set of seeds; set SIM_SEEDS to a
 * count (e.g. SIM_SEEDS=2000) to run that many seeds from SIM_FIRST_SEED (default 1), and
 * SIM_STEPS to change the length of each run.
 */
import { createTestDatabase } from '../helpers/postgres';
import { runSimulation } from './simulation';

const FIXED_SEEDS = [1, 2, 3, 4];
const count = Number(process.env.SIM_SEEDS ?? 0);
const first = Number(process.env.SIM_FIRST_SEED ?? 1);
const seeds = count > 0 ? Array.from({ length: count }, (_, i) => first + i) : FIXED_SEEDS;
const steps = Number(process.env.SIM_STEPS ?? 150);
// A run is a few seconds; a loaded 2-core machine may take several times that. Not a speed check.
const SIM_TIMEOUT_MS = 60_000;

describe('sync simulation on SQLite', () => {
  it.each(seeds)(
    'converges without losing or repeating a change (seed %i)',
    async (seed) => {
      const report = await runSimulation({ seed, steps, database: { kind: 'sqlite' } });
      expect(report.acknowledged).toBeGreaterThan(0);
      expect(report.lostResponses + report.lostRequests).toBeGreaterThan(0);
    },
    SIM_TIMEOUT_MS,
  );
});

describe('sync simulation on PostgreSQL', () => {
  it.each(seeds)(
    'converges without losing or repeating a change (seed %i)',
    async (seed) => {
      const url = await createTestDatabase('sim');
      const report = await runSimulation({ seed, steps, database: { kind: 'postgres', url } });
      expect(report.acknowledged).toBeGreaterThan(0);
    },
    SIM_TIMEOUT_MS,
  );
});
