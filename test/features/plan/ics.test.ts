import type { PlanItem } from '@/db/schema';
import { escapeText, foldLine, toIcs, type IcsLabels } from '@/features/plan/model/ics';

const LABELS: IcsLabels = {
  kind: {
    training: 'Træningsmøde',
    experience: 'Erfaringsmøde',
    information: 'Information',
    other: 'Andet',
  },
  responsible: 'Ansvarlig',
  participants: 'Deltagere',
  caseRefs: 'Sager',
};

function planItem(fields: Partial<PlanItem> = {}): PlanItem {
  return {
    id: '0192f000-0000-7000-8000-000000000001',
    _hlc: {},
    date: '2026-11-24',
    startTime: '09:00',
    endTime: '11:30',
    title: 'Træning i tragten',
    kind: 'training',
    status: 'planned',
    responsible: 'Jonas',
    participants: 'Team Nord',
    caseRefs: ['Sag 12', 'Sag 14'],
    ...fields,
  };
}

const NOW = Date.UTC(2026, 10, 23, 12, 5, 9);
const octets = (line: string) => new TextEncoder().encode(line).length;

/** Content lines with folding undone (RFC 5545 §3.1). */
function unfold(ics: string): string[] {
  return ics.replace(/\r\n /g, '').split('\r\n');
}

describe('escapeText', () => {
  it('escapes backslash, semicolon, comma and every kind of line break', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
  });
});

describe('foldLine', () => {
  it('leaves lines of 75 octets alone and folds longer ones with CRLF and a space', () => {
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
    const folded = foldLine('x'.repeat(160));
    const lines = folded.split('\r\n');
    expect(lines.map(octets)).toEqual([75, 75, 12]);
    expect(lines.slice(1).every((line) => line.startsWith(' '))).toBe(true);
    expect(folded.replace(/\r\n /g, '')).toBe('x'.repeat(160));
  });

  it('never splits a Danish letter (two octets in UTF-8)', () => {
    const line = `SUMMARY:${'æøå'.repeat(40)}`;
    const parts = foldLine(line).split('\r\n');
    for (const part of parts) {
      expect(octets(part)).toBeLessThanOrEqual(75);
      expect(part).not.toContain('\uFFFD');
    }
    expect(foldLine(line).replace(/\r\n /g, '')).toBe(line);
  });
});

describe('toIcs', () => {
  it('writes one event per activity with Copenhagen local times and a VTIMEZONE', () => {
    const ics = toIcs([planItem(), planItem({ id: 'second', title: 'Andet møde' })], LABELS, NOW);
    const lines = unfold(ics);
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics).not.toMatch(/[^\r]\n/);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('VERSION:2.0');
    expect(lines).toContain('TZID:Europe/Copenhagen');
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(2);
    expect(lines).toContain('DTSTART;TZID=Europe/Copenhagen:20261124T090000');
    expect(lines).toContain('DTEND;TZID=Europe/Copenhagen:20261124T113000');
    expect(lines).toContain('DTSTAMP:20261123T120509Z');
    expect(lines).toContain('UID:0192f000-0000-7000-8000-000000000001@samspil');
    expect(lines).toContain('STATUS:CONFIRMED');
    expect(lines).toContain(
      'DESCRIPTION:Træningsmøde\\nAnsvarlig: Jonas\\nDeltagere: Team Nord\\nSager: Sag 12\\, Sag 14',
    );
    expect(lines.at(-2)).toBe('END:VCALENDAR');
  });

  it('makes an activity without a time an all-day event, also over a year end', () => {
    const lines = unfold(
      toIcs(
        [planItem({ date: '2026-12-31', startTime: undefined, endTime: undefined })],
        LABELS,
        NOW,
      ),
    );
    expect(lines).toContain('DTSTART;VALUE=DATE:20261231');
    expect(lines).toContain('DTEND;VALUE=DATE:20270101');
  });

  it('marks cancelled activities and leaves deleted rows out', () => {
    const lines = unfold(
      toIcs(
        [planItem({ status: 'cancelled' }), { ...planItem({ id: 'gone' }), _deleted: true }],
        LABELS,
        NOW,
      ),
    );
    expect(lines).toContain('STATUS:CANCELLED');
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(1);
  });

  it('escapes the title and folds every line at 75 octets', () => {
    const title =
      'Møde; om tragten, retssikkerhed\\høring og\nden gode afgørelse – en lang titel om æ, ø og å';
    const ics = toIcs([planItem({ title })], LABELS, NOW);
    for (const line of ics.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
    expect(unfold(ics)).toContain(
      'SUMMARY:Møde\\; om tragten\\, retssikkerhed\\\\høring og\\nden gode afgørelse – en lang titel om æ\\, ø og å',
    );
  });
});
