/**
 * The bench harness page: loads the app's real storage code, list component and CSS, and exposes
 * the measurements on `window.samspilBench` for test/bench/run.ts to call through Playwright.
 */
import 'dkfds-dist/css/dkfds.min.css';
import '@/ui/app.css';
import type { BenchWindow } from '../bench-api';
import { listRender } from './list-bench';
import { logbookSearch } from './logbook-bench';
import { mutateLatency, mutateUpdateLatency } from './mutate-bench';
import { overviewRender, repeatTapToSaved } from './volunteer-bench';

(window as BenchWindow).samspilBench = {
  mutateLatency,
  mutateUpdateLatency,
  listRender,
  repeatTapToSaved,
  overviewRender,
  logbookSearch,
};
