/**
 * Offline full-text search over the caseworker's own logbook, Danish-aware.
 *
 * Words are lower-cased (æ, ø and å are letters like any other) and cut to their stem with the
 * Danish Snowball stemmer, so "høringen" finds "høringer" and "tragten" finds "tragtmodellen". The
 * index is built once and kept up to date one entry at a time (`sync` compares each entry's text and
 * tags with what was indexed), so typing a query costs a lookup, not a rebuild. A query matches
 * entries that have every query word; the last word also matches as a prefix (typing "ressou"
 * already finds "ressourcer").
 *
 * This module pulls in the stemmer: import it lazily with the logbook screen.
 */
import { stemmer } from '@orama/stemmers/danish';

/** What is indexed of an entry. */
export type Searchable = { id: string; text: string; tags: readonly string[] };

const WORD = /[\p{L}\p{N}]+/gu;

/** The words of a text, lower-cased (Danish rules), in order. */
export function words(text: string): string[] {
  // Plain lower-casing is the Danish one for æ, ø and å, and far quicker than the locale-aware call.
  return text.normalize('NFC').toLowerCase().match(WORD) ?? [];
}

const stemCache = new Map<string, string>();

/** A word's stem (cached: a logbook repeats its words a lot). */
export function stem(word: string): string {
  let found = stemCache.get(word);
  if (found === undefined) {
    found = stemmer(word);
    stemCache.set(word, found);
  }
  return found;
}

/** An inverted index from stems to entry ids, updated entry by entry. */
export class EntryIndex {
  /** stem → ids of entries that contain it. */
  private readonly postings = new Map<string, Set<string>>();
  /** id → what was indexed (to skip unchanged entries) and its stems (to remove them). */
  private readonly docs = new Map<
    string,
    { text: string; tags: readonly string[]; stems: string[] }
  >();
  /** All stems A–Z for prefix lookups; rebuilt lazily after a new stem appears. */
  private sortedStems: string[] | undefined;

  get size(): number {
    return this.docs.size;
  }

  /** Adds or replaces one entry. */
  put(entry: Searchable): void {
    const existing = this.docs.get(entry.id);
    if (existing && existing.text === entry.text && sameTags(existing.tags, entry.tags)) return;
    if (existing) this.remove(entry.id);
    const stems = [...new Set(words(`${entry.text} ${entry.tags.join(' ')}`).map(stem))];
    for (const s of stems) {
      let ids = this.postings.get(s);
      if (!ids) {
        ids = new Set();
        this.postings.set(s, ids);
        this.sortedStems = undefined;
      }
      ids.add(entry.id);
    }
    this.docs.set(entry.id, { text: entry.text, tags: entry.tags, stems });
  }

  /** Takes an entry out (deleted). */
  remove(id: string): void {
    const doc = this.docs.get(id);
    if (!doc) return;
    for (const s of doc.stems) {
      const ids = this.postings.get(s);
      ids?.delete(id);
      if (ids?.size === 0) {
        this.postings.delete(s);
        this.sortedStems = undefined;
      }
    }
    this.docs.delete(id);
  }

  /** Brings the index in line with `entries`: new and changed ones in, gone ones out. */
  sync(entries: readonly Searchable[]): void {
    const present = new Set<string>();
    for (const entry of entries) {
      present.add(entry.id);
      this.put(entry);
    }
    if (present.size !== this.docs.size) {
      for (const id of [...this.docs.keys()]) if (!present.has(id)) this.remove(id);
    }
  }

  /**
   * Ids of entries matching every word of `query`; `undefined` for an empty query (no search).
   */
  search(query: string): Set<string> | undefined {
    const terms = words(query);
    if (terms.length === 0) return undefined;
    let result: ReadonlySet<string> | undefined;
    terms.forEach((term, index) => {
      const ids = this.lookup(term, index === terms.length - 1);
      result = result ? intersect(result, ids) : ids;
    });
    // A copy: the caller may keep it while the index changes.
    return new Set(result);
  }

  /**
   * Ids for one query word: its stem, and as a prefix when it is the word being typed. The set
   * returned may be the index's own: callers only read it.
   */
  private lookup(term: string, asPrefix: boolean): ReadonlySet<string> {
    const exact = stem(term);
    if (!asPrefix) return this.postings.get(exact) ?? EMPTY;
    const stems = (this.sortedStems ??= [...this.postings.keys()].sort());
    // Stems that start with the typed word or its stem ("ressou" → "ressourc").
    const found = new Set<string>();
    for (const prefix of new Set([term, exact])) {
      for (let i = lowerBound(stems, prefix); i < stems.length; i++) {
        const s = stems[i] as string;
        if (!s.startsWith(prefix)) break;
        found.add(s);
      }
    }
    if (found.size <= 1) return this.postings.get([...found][0] ?? exact) ?? EMPTY;
    const ids = new Set<string>();
    for (const s of found) for (const id of this.postings.get(s) ?? EMPTY) ids.add(id);
    return ids;
  }
}

const EMPTY: ReadonlySet<string> = new Set();

function sameTags(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((tag, i) => tag === b[i]);
}

function intersect(a: ReadonlySet<string>, b: ReadonlySet<string>): Set<string> {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  const out = new Set<string>();
  for (const id of small) if (large.has(id)) out.add(id);
  return out;
}

function lowerBound(sorted: readonly string[], value: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as string) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
