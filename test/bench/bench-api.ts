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

/** One repeat of a recent activity, from the second tap ("Ja, gem"), in ms. */
export type RepeatRunSample = {
  /** Until "Gemt på telefonen." is in the DOM (after the durable commit). */
  savedMs: number;
  /** Until the frame showing it was painted. */
  paintedMs: number;
};

/** One render of the hours overview, in ms. */
export type OverviewRunSample = {
  /** From `root.render()` until the totals tables are in the DOM. */
  renderedMs: number;
  /** Until that frame was painted. */
  totalMs: number;
  /** Chart bars drawn (a sanity check). */
  bars: number;
};

/** The logbook search bench's raw timings, in ms. */
export type LogbookSearchResult = {
  /** Entries read back (a sanity check). */
  rowCount: number;
  /** `listEntries(db)` over all entries. */
  readMs: number;
  /** Building the search index over all entries (once per visit to the logbook). */
  indexMs: number;
  /** Bringing the index in step after one entry changed. */
  updateMs: number;
  /** Each query: search plus filtering the whole list, as the screen does per keystroke. */
  searchMs: number[];
  /** Entries shown per query in the first round (a sanity check). */
  matches: number[];
};

/** What the harness exposes on `window.samspilBench`. */
export type BenchApi = {
  /** Saves `count` activities one after another through `mutate()`; ms per save. */
  mutateLatency: (count: number, warmup: number) => Promise<number[]>;
  /** Same, but each save updates one existing activity (merge into an existing row). */
  mutateUpdateLatency: (count: number, warmup: number) => Promise<number[]>;
  /** Seeds `rowCount` activities, then reads and renders the list `runs` times. */
  listRender: (rowCount: number, runs: number) => Promise<ListRunSample[]>;
  /** Repeats a recent activity from the home screen `runs` times (two taps each). */
  repeatTapToSaved: (runs: number, warmup: number) => Promise<RepeatRunSample[]>;
  /** Seeds `rowCount` logbook entries, indexes them and runs every bench query `runs` times. */
  logbookSearch: (rowCount: number, runs: number) => Promise<LogbookSearchResult>;
  /** Renders the hours overview over `rowCount` activities `runs` times (with running totals?). */
  overviewRender: (
    rowCount: number,
    runs: number,
    running: boolean,
  ) => Promise<OverviewRunSample[]>;
};

/** The harness page's `window`, as the runner sees it. */
export type BenchWindow = Window & { samspilBench?: BenchApi };
