import type { Profile, SharedEntry, Tip } from '@/db/schema';
import {
  currentTip,
  defaultPeriod,
  foldDanish,
  groupByKind,
  groupByTag,
  inPeriod,
  joinedAt,
  mayEditTip,
  newTips,
  parseBody,
  plainExcerpt,
  searchTips,
  upcomingWeeks,
  validateTip,
} from '@/features/tips/model';
import { encodeHlc } from '@/lib/hlc';

describe('upcomingWeeks', () => {
  it('lists this week and the next ones across the new year', () => {
    expect(upcomingWeeks(new Date(2026, 11, 20), 3)).toEqual(['2026-W51', '2026-W52', '2026-W53']);
    expect(upcomingWeeks(new Date(2026, 11, 28), 2)).toEqual(['2026-W53', '2027-W01']);
  });
});

describe('validateTip', () => {
  it('needs a title and a body, and trims them', () => {
    const tip = { week: '2026-W48', title: ' ', body: 'x', audience: 'everyone' as const };
    expect(validateTip(tip)).toEqual({ ok: false, error: 'required' });
    expect(validateTip({ ...tip, title: ' Lyt først ', tag: ' funnel ' })).toEqual({
      ok: true,
      value: { ...tip, title: 'Lyt først', tag: 'funnel' },
    });
  });

  it('turns no tag into an empty one, so an edit can clear it', () => {
    const result = validateTip({ week: '2026-W48', title: 'a', body: 'b', audience: 'team' });
    expect(result.ok && result.value.tag).toBe('');
  });
});

const tip = (id: string, week: string, extra: Partial<Tip> = {}): Tip => ({
  id,
  _hlc: {},
  _scope: 'team:t',
  week,
  title: id,
  body: '',
  audience: 'team',
  publishedAt: 1000,
  ...extra,
});

describe("this week's tip", () => {
  const tips = [
    tip('old', '2026-W40'),
    tip('late', '2026-W48', { publishedAt: 2000 }),
    tip('early', '2026-W48', { publishedAt: 1500 }),
    tip('next', '2026-W49'),
    tip('gone', '2026-W48', { _deleted: true, publishedAt: 9000 }),
  ];

  it('is the newest tip whose week has come, the later one in a tied week', () => {
    expect(currentTip(tips, '2026-W48')?.id).toBe('late');
    expect(currentTip(tips, '2026-W49')?.id).toBe('next');
    expect(currentTip(tips, '2026-W45')?.id).toBe('old');
    expect(currentTip(tips, '2026-W30')).toBeUndefined();
  });

  it('compares weeks across years', () => {
    expect(currentTip([tip('dec', '2026-W53'), tip('jan', '2027-W01')], '2027-W01')?.id).toBe(
      'jan',
    );
  });

  it('announces unread tips published after joining, not the reader’s own', () => {
    const announced = newTips(tips, {
      week: '2026-W48',
      readTipIds: new Set(['early']),
      joinedAt: 1200,
      isOwn: (row) => row.id === 'mine',
    });
    expect(announced.map((row) => row.id)).toEqual(['late']);
    const withOwn = newTips([...tips, tip('mine', '2026-W48', { publishedAt: 5000 })], {
      week: '2026-W48',
      readTipIds: new Set(),
      joinedAt: 0,
      isOwn: (row) => row.id === 'mine',
    });
    expect(withOwn.map((row) => row.id)).toEqual(['late', 'early', 'old']);
  });
});

describe('who wrote a tip', () => {
  const profile = (extra: Partial<Profile>): Profile => ({
    id: 'me',
    _hlc: {},
    role: 'contact',
    teamId: 't1',
    institutionId: 'i1',
    ...extra,
  });
  const stamp = (node: string) => encodeHlc({ millis: 5000, counter: 0, node });

  it('joined at the oldest stamp on the profile', () => {
    expect(
      joinedAt(
        profile({
          _hlc: {
            role: stamp('a'.repeat(16)),
            teamId: encodeHlc({ millis: 300, counter: 1, node: 'b'.repeat(16) }),
          },
        }),
      ),
    ).toBe(300);
    expect(joinedAt(undefined)).toBe(0);
  });

  it('lets a contact person edit tips of their team or place, or written on this phone', () => {
    const node = 'c'.repeat(16);
    const who = { node, profile: profile({}) };
    expect(mayEditTip(tip('a', 'x', { _scope: 'team:t1' }), who)).toBe(true);
    expect(mayEditTip(tip('b', 'x', { _scope: 'volunteers:i1' }), who)).toBe(true);
    expect(mayEditTip(tip('c', 'x', { _scope: 'team:other' }), who)).toBe(false);
    expect(mayEditTip(tip('d', 'x', { _scope: 'all' }), who)).toBe(false);
    expect(
      mayEditTip(tip('e', 'x', { _scope: 'all', _hlc: { publishedAt: stamp(node) } }), who),
    ).toBe(true);
    expect(mayEditTip(tip('f', 'x', { _scope: undefined }), who)).toBe(true);
    expect(
      mayEditTip(tip('a', 'x', { _scope: 'team:t1' }), {
        node,
        profile: profile({ role: 'caseworker' }),
      }),
    ).toBe(false);
  });
});

describe('search', () => {
  const tips = [
    tip('1', 'w', { title: 'Møde i Århus', body: 'Spørg til ØNSKER', tag: 'involvement' }),
    tip('2', 'w', { title: 'Café', body: 'Kaffe og kage', tag: 'resources' }),
    tip('3', 'w', { title: 'Tragten', body: 'Først helheden' }),
  ];
  const ids = (found: Tip[]) => found.map((row) => row.id);

  it('folds case, accents and the Danish letters', () => {
    expect(foldDanish('ÆbleØst Århus Café')).toBe('aebleoest aarhus cafe');
    expect(ids(searchTips(tips, { query: 'aarhus' }))).toEqual(['1']);
    expect(ids(searchTips(tips, { query: 'ÅRHUS ønsker' }))).toEqual(['1']);
    expect(ids(searchTips(tips, { query: 'cafe' }))).toEqual(['2']);
    expect(ids(searchTips(tips, { query: 'moede aarhus' }))).toEqual(['1']);
  });

  it('needs every word, and filters by tag', () => {
    expect(ids(searchTips(tips, { query: 'kaffe tragten' }))).toEqual([]);
    expect(ids(searchTips(tips, { query: '', tag: 'resources' }))).toEqual(['2']);
    expect(ids(searchTips(tips, { query: '   ' }))).toEqual(['1', '2', '3']);
  });

  it('finds a tip by its principle’s name', () => {
    const label = (tag: string) => (tag === 'involvement' ? 'Borgerinddragelse' : tag);
    expect(ids(searchTips(tips, { query: 'borgerinddragelse' }, label))).toEqual(['1']);
  });
});

describe('tip formatting', () => {
  it('makes paragraphs, lists and bold runs', () => {
    expect(parseBody('Første **fed** linje\nanden linje\n\n- et\n- **to**\nEfter')).toEqual([
      {
        kind: 'paragraph',
        lines: [
          [
            { text: 'Første ', bold: false },
            { text: 'fed', bold: true },
            { text: ' linje', bold: false },
          ],
          [{ text: 'anden linje', bold: false }],
        ],
      },
      {
        kind: 'list',
        items: [[{ text: 'et', bold: false }], [{ text: 'to', bold: true }]],
      },
      { kind: 'paragraph', lines: [[{ text: 'Efter', bold: false }]] },
    ]);
  });

  it('keeps an unclosed or empty ** as text', () => {
    expect(parseBody('2 ** 3')).toEqual([
      { kind: 'paragraph', lines: [[{ text: '2 ** 3', bold: false }]] },
    ]);
    expect(parseBody('a****b')[0]).toEqual({
      kind: 'paragraph',
      lines: [[{ text: 'a****b', bold: false }]],
    });
  });

  it('keeps markup as plain text', () => {
    expect(parseBody('<img src=x onerror=alert(1)>')).toEqual([
      { kind: 'paragraph', lines: [[{ text: '<img src=x onerror=alert(1)>', bold: false }]] },
    ]);
  });

  it('cuts a plain excerpt without the marks', () => {
    expect(plainExcerpt('**Lyt** først\n\n- spørg', 100)).toBe('Lyt først spørg');
    expect(plainExcerpt('abcdefghij', 5)).toBe('abcd…');
  });
});

describe('experience meeting', () => {
  const day = 86_400_000;
  const now = new Date(2026, 10, 23, 12).getTime();
  const entry = (id: string, extra: Partial<SharedEntry>): SharedEntry => ({
    id,
    _hlc: {},
    kind: 'good',
    text: id,
    tags: [],
    sharedAt: now,
    ...extra,
  });

  it('defaults to the last six weeks, both ends included', () => {
    expect(defaultPeriod(new Date(2026, 10, 23))).toEqual({ from: '2026-10-13', to: '2026-11-23' });
    const period = defaultPeriod(new Date(2026, 10, 23));
    const entries = [
      entry('today', { sharedAt: now }),
      entry('first', { sharedAt: new Date(2026, 9, 13, 0, 0).getTime() }),
      entry('before', { sharedAt: new Date(2026, 9, 12, 23, 59).getTime() }),
      entry('tomorrow', { sharedAt: now + day }),
    ];
    expect(inPeriod(entries, period).map((row) => row.id)).toEqual(['first', 'today']);
  });

  const entries = [
    entry('q-open', { kind: 'question', tags: ['funnel'], sharedAt: now - 3 * day }),
    entry('q-answered', {
      kind: 'question',
      tags: ['funnel'],
      answer: 'Ja',
      sharedAt: now - 4 * day,
    }),
    entry('hard', { kind: 'difficulty', tags: ['funnel', 'rights'], sharedAt: now - 5 * day }),
    entry('good', { kind: 'good', sharedAt: now - 6 * day }),
    entry('q-late', { kind: 'question', tags: ['rights'], sharedAt: now - 1 * day }),
  ];

  it('groups by tag, biggest first, untagged last, open questions first', () => {
    const groups = groupByTag(entries);
    expect(groups.map((group) => group.key)).toEqual(['funnel', 'rights', '']);
    expect(groups[0]?.entries.map((row) => row.id)).toEqual(['q-open', 'q-answered', 'hard']);
    expect(groups[1]?.entries.map((row) => row.id)).toEqual(['q-late', 'hard']);
    expect(groups[2]?.entries.map((row) => row.id)).toEqual(['good']);
  });

  it('groups by kind in meeting order and leaves out empty kinds', () => {
    const groups = groupByKind(entries);
    expect(groups.map((group) => group.key)).toEqual(['question', 'difficulty', 'good']);
    expect(groups[0]?.entries.map((row) => row.id)).toEqual(['q-open', 'q-late', 'q-answered']);
    expect(groupByKind([entries[3]!]).map((group) => group.key)).toEqual(['good']);
  });
});
