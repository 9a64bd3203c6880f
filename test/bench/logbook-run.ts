/**
 * Only the logbook search bench: `tsx --tsconfig tsconfig.node.json test/bench/logbook-run.ts` (no
 * app build needed: the harness is built from source). Prints the same JSON lines as `npm run bench`.
 */
import { withHarnessPage } from './browser-bench';
import { logbookBenchLines, measureLogbook } from './logbook-lines';

const watchdog = setTimeout(() => {
  console.error('bench: gave up after 240 s');
  process.exit(1);
}, 240_000);
watchdog.unref();

withHarnessPage((page) => measureLogbook(page)).then(
  ({ chromiumVersion, result }) => {
    console.error(`bench: Chromium ${chromiumVersion}`);
    for (const line of logbookBenchLines(result)) process.stdout.write(`${JSON.stringify(line)}\n`);
    process.exit(0);
  },
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
