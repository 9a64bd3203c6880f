import { entriesToMarkdown } from '@/features/logbook/markdown';
import {
  DEFAULT_TAGS,
  MAX_ENTRY_LENGTH,
  cleanTags,
  filterEntries,
  tagChoices,
  validateEntry,
  type EntryKind,
} from '@/features/logbook/model';
import { EntryIndex, words } from '@/features/logbook/search';

describe('validateEntry', () => {
  it('needs text', () => {
    expect(validateEntry({ kind: 'question', text: '  \n ' })).toEqual({
      ok: false,
      error: 'textRequired',
    });
  });

  it('trims and caps the text', () => {
    const result = validateEntry({
      kind: 'difficulty',
      text: ` ${'a'.repeat(MAX_ENTRY_LENGTH + 10)} `,
    });
    expect(result.ok && result.value.text.length).toBe(MAX_ENTRY_LENGTH);
  });

  it('refuses a CPR number in the text or a tag', () => {
    expect(validateEntry({ kind: 'good', text: 'Borger 010203-1234 var glad' })).toEqual({
      ok: false,
      error: 'cprFound',
    });
    expect(validateEntry({ kind: 'good', text: 'Fint', tags: ['0102031234'] })).toMatchObject({
      ok: false,
    });
  });

  it('cleans tags and keeps the link', () => {
    const result = validateEntry({
      kind: 'good',
      text: 'x',
      tags: [' Tragtmodellen ', 'tragtmodellen', '', 'Egen  idé'],
      link: { kind: 'planItem', id: 'p1' },
    });
    expect(result).toEqual({
      ok: true,
      value: {
        kind: 'good',
        text: 'x',
        tags: ['Tragtmodellen', 'Egen idé'],
        link: { kind: 'planItem', id: 'p1' },
      },
    });
  });
});

describe('tags', () => {
  it('offers the principles first, then own tags A–Å without repeats', () => {
    const choices = tagChoices([
      { tags: ['Ældre', 'borgerinddragelse'] },
      { tags: ['Bisidder', 'ældre'] },
    ]);
    expect(choices).toEqual([...DEFAULT_TAGS, 'Bisidder', 'Ældre']);
  });

  it('caps the number of tags', () => {
    expect(cleanTags(Array.from({ length: 30 }, (_, i) => `t${i}`))).toHaveLength(20);
  });
});

type Row = { id: string; kind: EntryKind; text: string; tags: string[]; createdAt: number };
const at = (y: number, m: number, d: number) => new Date(y, m - 1, d, 12).getTime();
const rows: Row[] = [
  {
    id: 'a',
    kind: 'good',
    text: 'Høringen gik godt, og borgeren var tryg',
    tags: ['Retssikkerhed'],
    createdAt: at(2026, 11, 20),
  },
  {
    id: 'b',
    kind: 'question',
    text: 'Hvordan bruger jeg tragtmodellen ved et hjemmebesøg?',
    tags: [],
    createdAt: at(2026, 11, 10),
  },
  {
    id: 'c',
    kind: 'difficulty',
    text: 'Svært at finde borgerens ressourcer; hun var ked af det',
    tags: ['Borgerens ressourcer'],
    createdAt: at(2026, 10, 1),
  },
  {
    id: 'd',
    kind: 'good',
    text: 'Øjenkontakt og åbne spørgsmål hjalp. Ærlig snak.',
    tags: [],
    createdAt: at(2026, 9, 1),
  },
];

describe('search', () => {
  const index = new EntryIndex();
  index.sync(rows);
  const ids = (query: string) => [...(index.search(query) ?? [])].sort();

  it('splits words with æ, ø and å', () => {
    expect(words('Øjenkontakt, ÅBNE spørgsmål')).toEqual(['øjenkontakt', 'åbne', 'spørgsmål']);
  });

  it('finds word stems', () => {
    expect(ids('høringer')).toEqual(['a']);
    expect(ids('tragten')).toEqual(['b']);
    expect(ids('ressource')).toEqual(['c']);
    expect(ids('borger')).toEqual(['a', 'c']);
  });

  it('finds æ, ø and å words in any case', () => {
    expect(ids('ærlige')).toEqual(['d']);
    expect(ids('ØJENKONTAKT')).toEqual(['d']);
    expect(ids('ÅBNE')).toEqual(['d']);
  });

  it('matches the word being typed as a prefix, and every word', () => {
    expect(ids('hjemmeb')).toEqual(['b']);
    expect(ids('borger tryg')).toEqual(['a']);
    expect(ids('borger xyz')).toEqual([]);
  });

  it('searches tags too', () => {
    expect(ids('retssikkerhed')).toEqual(['a']);
  });

  it('is no search for an empty query', () => {
    expect(index.search('  ,. ')).toBeUndefined();
  });

  it('follows edits and deletes', () => {
    const live = new EntryIndex();
    live.sync(rows);
    live.sync([{ ...rows[0]!, text: 'Klagen kom' }, rows[1]!]);
    expect(live.size).toBe(2);
    expect(live.search('høring')).toEqual(new Set());
    expect(live.search('klage')).toEqual(new Set(['a']));
    expect(live.search('ressourcer')).toEqual(new Set());
  });
});

describe('filterEntries', () => {
  it('filters by kind, tag (any case) and period, keeping order', () => {
    expect(filterEntries(rows, { kind: 'good' }).map((r) => r.id)).toEqual(['a', 'd']);
    expect(filterEntries(rows, { tag: 'retssikkerhed' }).map((r) => r.id)).toEqual(['a']);
    expect(filterEntries(rows, { from: '2026-11-10', to: '2026-11-20' }).map((r) => r.id)).toEqual([
      'a',
      'b',
    ]);
    expect(filterEntries(rows, {}, new Set(['c', 'd'])).map((r) => r.id)).toEqual(['c', 'd']);
  });
});

describe('entriesToMarkdown', () => {
  it('writes one section per entry with tags, share and answer', () => {
    const markdown = entriesToMarkdown(
      [{ ...rows[1]!, tags: ['Tragtmodellen'], sharedAt: 1, answer: 'Start bredt.\nSå smalt.' }],
      {
        title: 'Min logbog',
        kinds: { good: 'God oplevelse', difficulty: 'Noget svært', question: 'Et spørgsmål' },
        tags: 'Emner',
        shared: 'Delt til erfaringsmødet',
        answer: 'Svar',
      },
      'da-DK',
    );
    expect(markdown).toContain('# Min logbog');
    expect(markdown).toMatch(/## Et spørgsmål, 10\. nov\. 2026/);
    expect(markdown).toContain('Hvordan bruger jeg tragtmodellen ved et hjemmebesøg?');
    expect(markdown).toContain('Emner: Tragtmodellen');
    expect(markdown).toContain('_Delt til erfaringsmødet_');
    expect(markdown).toContain('> **Svar:** Start bredt.\n> Så smalt.');
  });

  it('escapes markup in the text', () => {
    const markdown = entriesToMarkdown(
      [{ ...rows[0]!, text: '# ikke en overskrift *ikke fed*', tags: [] }],
      {
        title: 'T',
        kinds: { good: 'G', difficulty: 'D', question: 'Q' },
        tags: 'E',
        shared: 'S',
        answer: 'A',
      },
      'da-DK',
    );
    expect(markdown).toContain('\\# ikke en overskrift \\*ikke fed\\*');
  });
});
