/**
 * Only the volunteer's benches, without the bundle and sync benches:
 * `tsx --tsconfig tsconfig.node.json test/bench/volunteer-run.ts` (no app build needed: the harness
 * is built from source). Prints the same JSON lines as `npm run bench`.
 */
import { measureVolunteer, withHarnessPage } from './browser-bench';
import { VOLUNTEER_PLAN, volunteerBenchLines } from './volunteer-lines';

const watchdog = setTimeout(() => {
  console.error('bench: gave up after 240 s');
  process.exit(1);
}, 240_000);
watchdog.unref();

withHarnessPage((page) => measureVolunteer(page, VOLUNTEER_PLAN)).then(
  ({ chromiumVersion, result }) => {
    console.error(`bench: Chromium ${chromiumVersion}`);
    for (const line of volunteerBenchLines(result))
      process.stdout.write(`${JSON.stringify(line)}\n`);
    process.exit(0);
  },
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
