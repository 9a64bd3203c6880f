/**
 * The logbook search bench: 10,000 of a caseworker's own entries in IndexedDB, read once, indexed
 * once (the Danish stemmer and the inverted index the logbook screen uses), then queries as the
 * screen runs them on each keystroke: `EntryIndex.search` plus `filterEntries` over all entries.
 */
import { listEntries } from '@/features/logbook/data/entries';
import { filterEntries, type EntryFilter } from '@/features/logbook/model';
import { EntryIndex } from '@/features/logbook/search';
import type { LogbookEntry } from '@/db/schema';
import type { LogbookSearchResult } from '../bench-api';
import { withBenchDb } from './bench-db';

const WORDS = (
  'borger borgeren borgerne borgerens ressourcer ressourcen tragtmodellen tragten helhedsvurdering ' +
  'funktionsvurdering afgørelse afgørelsen begrundelse formålet høring høringen partshøring ' +
  'aktindsigt klage klagevejledning bisidder partsrepræsentant vejledning vejledningen grundig ' +
  'hjemmebesøg datteren sønnen hjemmehjælp rehabilitering træning indkøb rengøring badning ' +
  'medicin samtalen spørgsmål svært godt usikker sikker tryg kollega lederen metoden mødet ' +
  'erfaringsmødet delmål opfølgning journal notat tid travlt første igen øvelse åbne ærlig ' +
  'værdighed hverdagen mål ønsker pårørende sygeplejerske terapeut visitation bevilling'
).split(' ');

const QUERIES: { query: string; filter?: EntryFilter }[] = [
  { query: 'høringer' },
  { query: 'tragt' },
  { query: 'borger' },
  { query: 'værdig' },
  { query: 'klage afgørelse' },
  { query: 'ressou' },
  { query: 'bisidder', filter: { kind: 'question' } },
  { query: 'vejledning', filter: { tag: 'Retssikkerhed', from: '2026-01-01' } },
];

const TAGS = ['Borgerinddragelse', 'Tragtmodellen', 'Retssikkerhed', 'Grundig vejledning'];
const KINDS = ['good', 'difficulty', 'question'] as const;

/** Deterministic entries (a fixed pseudo-random sequence) so every run indexes the same text. */
function makeEntries(count: number): LogbookEntry[] {
  let seed = 42;
  const next = () => {
    seed = (seed * 16807) % 2147483647;
    return seed / 2147483647;
  };
  const start = new Date(2025, 0, 1).getTime();
  return Array.from({ length: count }, (_, index) => {
    const length = 8 + Math.floor(next() * 30);
    const words = Array.from({ length }, () => WORDS[Math.floor(next() * WORDS.length)]);
    return {
      id: `bench-${String(index).padStart(5, '0')}`,
      _hlc: {},
      kind: KINDS[index % 3] ?? 'good',
      text: words.join(' '),
      tags: next() < 0.5 ? [TAGS[index % TAGS.length] ?? 'Tragtmodellen'] : [],
      createdAt: start + index * 60 * 60 * 1000,
    };
  });
}

/** Seeds `rowCount` entries, then times the read, the index build, and `runs` rounds of queries. */
export function logbookSearch(rowCount: number, runs: number): Promise<LogbookSearchResult> {
  return withBenchDb('logbook-search', async (db) => {
    await db.logbookEntries.bulkPut(makeEntries(rowCount));

    let start = performance.now();
    const entries = await listEntries(db);
    const readMs = performance.now() - start;

    start = performance.now();
    const index = new EntryIndex();
    index.sync(entries);
    const indexMs = performance.now() - start;

    // One entry changed (an edit while the screen is open): the index follows it alone.
    const edited = entries.map((entry, i) =>
      i === 0 ? { ...entry, text: `${entry.text} ny` } : entry,
    );
    start = performance.now();
    index.sync(edited);
    const updateMs = performance.now() - start;

    const searchMs: number[] = [];
    const matches: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      for (const { query, filter } of QUERIES) {
        const t0 = performance.now();
        const shown = filterEntries(edited, filter ?? {}, index.search(query));
        searchMs.push(performance.now() - t0);
        if (run === 0) matches.push(shown.length);
      }
    }
    return { rowCount: entries.length, readMs, indexMs, updateMs, searchMs, matches };
  });
}
