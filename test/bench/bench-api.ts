/**
 * The contract between the bench runner (Node) and the harness page (Chromium): what the page puts
 * on `window.samspilBench` and what each call returns. Types only, shared by both sides.
 */

/** Raw timings of one list run, in ms. */
export type ListRunSample = {
  /** `listActivities(db)` alone. */
  readMs: number;
  /** From `root.render()` to the first painted frame with rows in the DOM. */
  renderMs: number;
  /** From "start reading" to "rows painted". */
  totalMs: number;
  /** Rows `listActivities` returned (a sanity check, not a timing). */
  rowCount: number;
  /** `<li>` rows in the DOM when the frame was painted (the window, not all rows). */
  domRows: number;
};

/** What the harness exposes on `window.samspilBench`. */
export type BenchApi = {
  /** Saves `count` activities one after another through `mutate()`; ms per save. */
  mutateLatency: (count: number, warmup: number) => Promise<number[]>;
  /** Same, but each save updates one existing activity (merge into an existing row). */
  mutateUpdateLatency: (count: number, warmup: number) => Promise<number[]>;
  /** Seeds `rowCount` activities, then reads and renders the list `runs` times. */
  listRender: (rowCount: number, runs: number) => Promise<ListRunSample[]>;
};

/** The harness page's `window`, as the runner sees it. */
export type BenchWindow = Window & { samspilBench?: BenchApi };
