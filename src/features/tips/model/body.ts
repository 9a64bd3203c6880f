/**
 * A tip's simple formatting, parsed into plain data that components render as React elements
 * (never as HTML): paragraphs split by blank lines, lists from lines starting with "- ", and
 * **fed** for bold. Anything else, including `<tags>`, stays text.
 */
import { formatExcerpt } from '@/lib/format';

/** A run of text, bold or not. */
export type Inline = { text: string; bold: boolean };

/** A paragraph (its lines keep their breaks) or a bulleted list. */
export type Block = { kind: 'paragraph'; lines: Inline[][] } | { kind: 'list'; items: Inline[][] };

const LIST_ITEM = /^\s*[-*]\s+/;

/** Splits `**bold**` runs from plain text; an unclosed `**` stays as written. */
export function parseInline(text: string): Inline[] {
  const out: Inline[] = [];
  let rest = text;
  while (rest.length > 0) {
    const open = rest.indexOf('**');
    const close = open === -1 ? -1 : rest.indexOf('**', open + 2);
    if (open === -1 || close === -1 || close === open + 2) {
      out.push({ text: rest, bold: false });
      break;
    }
    if (open > 0) out.push({ text: rest.slice(0, open), bold: false });
    out.push({ text: rest.slice(open + 2, close), bold: true });
    rest = rest.slice(close + 2);
  }
  return out;
}

/** Parses a tip body into blocks. */
export function parseBody(body: string): Block[] {
  const blocks: Block[] = [];
  let current: Block | undefined;
  for (const raw of body.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trimEnd();
    if (line.trim() === '') {
      current = undefined;
      continue;
    }
    if (LIST_ITEM.test(line)) {
      if (current?.kind !== 'list') {
        current = { kind: 'list', items: [] };
        blocks.push(current);
      }
      current.items.push(parseInline(line.replace(LIST_ITEM, '')));
    } else {
      if (current?.kind !== 'paragraph') {
        current = { kind: 'paragraph', lines: [] };
        blocks.push(current);
      }
      current.lines.push(parseInline(line.trim()));
    }
  }
  return blocks;
}

/** The body as one plain line (formatting marks removed), cut at `max` characters. */
export function plainExcerpt(body: string, max: number): string {
  const text = parseBody(body)
    .flatMap((block) => (block.kind === 'paragraph' ? block.lines : block.items))
    .map((line) => line.map((run) => run.text).join(''))
    .join(' ');
  return formatExcerpt(text, max);
}
