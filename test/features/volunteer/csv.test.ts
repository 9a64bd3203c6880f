import type { Activity } from '@/db/schema';
import {
  activitiesCsv,
  BOM,
  csvField,
  danishDate,
  decimalHours,
  type CsvHeadings,
} from '@/features/volunteer/model';

const headings: CsvHeadings = {
  date: 'Dato',
  week: 'Uge',
  startTime: 'Starttid',
  minutes: 'Minutter',
  hours: 'Timer',
  activity: 'Aktivitet',
  institution: 'Sted',
  participants: 'Deltagere',
  note: 'Note',
};

const activity = (fields: Partial<Activity>): Activity => ({
  id: 'x',
  _hlc: {},
  date: '2026-11-23',
  durationMinutes: 90,
  activityType: 'cards',
  createdAt: 1,
  ...fields,
});

describe('CSV for Danish Excel', () => {
  it('writes hours with a decimal comma', () => {
    expect(decimalHours(90)).toBe('1,50');
    expect(decimalHours(20)).toBe('0,33');
    expect(decimalHours(600)).toBe('10,00');
  });

  it('writes dates as dd-mm-yyyy', () => {
    expect(danishDate('2026-03-09')).toBe('09-03-2026');
  });

  it('quotes separators, quotes and line breaks, and defuses formulas', () => {
    expect(csvField('Kaffe; kage')).toBe('"Kaffe; kage"');
    expect(csvField('Sagde "hej"')).toBe('"Sagde ""hej"""');
    expect(csvField('to\nlinjer')).toBe('"to\nlinjer"');
    expect(csvField('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvField('-5')).toBe("'-5");
    expect(csvField('Gåtur')).toBe('Gåtur');
  });

  it('starts with a byte-order mark, separates with ; and ends lines with CRLF', () => {
    const csv = activitiesCsv(
      [
        activity({
          startTime: '14:05',
          participants: 6,
          note: 'Whist; to borde',
          institutionId: 'i',
        }),
        activity({ date: '2021-01-02', durationMinutes: 45, activityType: 'Bankospil' }),
      ],
      headings,
      {
        type: (type) => (type === 'cards' ? 'Kortspil' : type),
        institution: (id) => (id === 'i' ? 'Solhjem Plejecenter' : ''),
      },
    );
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual([
      'Dato;Uge;Starttid;Minutter;Timer;Aktivitet;Sted;Deltagere;Note',
      '23-11-2026;48/2026;14:05;90;1,50;Kortspil;Solhjem Plejecenter;6;"Whist; to borde"',
      '02-01-2021;53/2020;;45;0,75;Bankospil;;;',
      '',
    ]);
  });
});
