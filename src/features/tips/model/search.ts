/**
 * Simple Danish-aware search over tips: case and diacritics folded, æ/ø/å equal to ae/oe/aa.
 */
import type { Tip } from '@/db/schema';

/**
 * Folds text for matching: lower case, accents dropped (é → e), and the Danish letters spelt
 * out (æ → ae, ø → oe, å → aa), so "Århus", "aarhus" and "ÅRHUS" meet.
 */
export function foldDanish(text: string): string {
  return text
    .toLocaleLowerCase('da')
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}

/** The query's words, folded; empty when the query is blank. */
export function queryWords(query: string): string[] {
  return foldDanish(query).split(/\s+/).filter(Boolean);
}

/**
 * Tips matching every word of `query` (in title, body or tag label) and, when given, `tag`.
 * `tagLabel` turns a tag into the words a reader sees (a principle's translated name).
 */
export function searchTips(
  tips: readonly Tip[],
  filter: { query: string; tag?: string | undefined },
  tagLabel: (tag: string) => string = (tag) => tag,
): Tip[] {
  const words = queryWords(filter.query);
  return tips.filter((tip) => {
    if (filter.tag && tip.tag !== filter.tag) return false;
    if (words.length === 0) return true;
    const haystack = foldDanish(
      [tip.title, tip.body, tip.tag ? `${tip.tag} ${tagLabel(tip.tag)}` : ''].join(' '),
    );
    return words.every((word) => haystack.includes(word));
  });
}

/** The distinct tags of `tips`, in first-seen order. */
export function tagsOf(tips: readonly Tip[]): string[] {
  return [...new Set(tips.flatMap((tip) => (tip.tag ? [tip.tag] : [])))];
}
