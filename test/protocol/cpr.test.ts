// @vitest-environment node
/**
 * The CPR detector (issue 4, item 8): every real birth date, with any serial, written the ways
 * people write it, is found; phone numbers, amounts, dates written alone and impossible dates are
 * not. The expected dates come from the calendar (Date), not from the detector's own table.
 */
import { cprField, FREE_TEXT_FIELDS, looksLikeCpr } from '@/protocol/cpr';
import { checkFields, TABLE_FIELDS, TABLE_NAMES } from '@/protocol/tables';

const DAY = 86_400_000;
const pad = (n: number) => String(n).padStart(2, '0');

/** The month and day of `year-month-day` exist (months from 1). */
function realDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * Could `ddmmyy` start a CPR number? The century is not written, so a date counts when it exists
 * in 19yy or 20yy (290200 does: 2000 was a leap year, 1900 was not). Days 61–91 are day + 60.
 */
function possibleBirthDate(dd: number, mm: number, yy: number): boolean {
  const day = dd > 60 ? dd - 60 : dd;
  return realDate(1900 + yy, mm, day) || realDate(2000 + yy, mm, day);
}

/** Every ddmmyy of 2000–2099, a whole cycle of two-digit years, 29 February 00 included. */
function everyBirthDate(): { dd: number; mm: number; yy: string }[] {
  const dates = [];
  for (let time = Date.UTC(2000, 0, 1); time < Date.UTC(2100, 0, 1); time += DAY) {
    const date = new Date(time);
    dates.push({
      dd: date.getUTCDate(),
      mm: date.getUTCMonth() + 1,
      yy: pad(date.getUTCFullYear() % 100),
    });
  }
  return dates;
}

/** The old modulus-11 check, which numbers issued since 2007 need not pass. */
function passesModulus11(digits: string): boolean {
  const weights = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1];
  return weights.reduce((sum, weight, i) => sum + weight * Number(digits[i]), 0) % 11 === 0;
}

// The en dash and the no-break space are tried in the sentences further down.
const SEPARATORS = ['-', ' ', ''];
// 1234 and 0000 fail the modulus-11 check for most dates; 9999 and 0001 are the ends.
const SERIALS = ['1234', '0000', '9999', '0001', '4000', '5678', '7351'];

describe('looksLikeCpr', () => {
  it('finds every real birth date of a 100-year cycle, and its replacement number', () => {
    const dates = everyBirthDate();
    expect(dates).toHaveLength(36_525);
    const missed: string[] = [];
    dates.forEach(({ dd, mm, yy }, i) => {
      for (const day of [dd, dd + 60]) {
        SEPARATORS.forEach((separator, j) => {
          const cpr = `${pad(day)}${pad(mm)}${yy}${separator}${SERIALS[(i + j) % SERIALS.length]}`;
          if (!looksLikeCpr(cpr)) missed.push(cpr);
        });
      }
    });
    expect(missed).toEqual([]);
  });

  it('finds 29 February in every year divisible by four, 00 included', () => {
    for (const yy of ['00', '04', '48', '96']) expect(looksLikeCpr(`2902${yy}-1234`)).toBe(true);
    expect(looksLikeCpr('890200-1234')).toBe(true);
  });

  it('finds a date with every serial, whether or not it passes modulus 11', () => {
    expect(passesModulus11('0101901234')).toBe(false);
    expect(passesModulus11('0101900000')).toBe(false);
    for (const date of ['010190', '311299', '691205']) {
      for (let serial = 0; serial <= 9999; serial += 1) {
        const cpr = `${date}-${String(serial).padStart(4, '0')}`;
        if (!looksLikeCpr(cpr)) expect.fail(`${cpr} was missed`);
      }
    }
  });

  it('judges every day and month of a year by the calendar', () => {
    const wrong: string[] = [];
    for (const yy of [0, 1, 4, 90, 99]) {
      for (let dd = 0; dd <= 99; dd += 1) {
        for (let mm = 0; mm <= 99; mm += 1) {
          const cpr = `${pad(dd)}${pad(mm)}${pad(yy)}-1234`;
          if (looksLikeCpr(cpr) !== possibleBirthDate(dd, mm, yy)) wrong.push(cpr);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it.each([
    ['in a sentence', 'Gik med beboer 010190-1234 i haven'],
    ['at the start of a line', '0101901234\nkortspil'],
    ['at the end of a sentence', 'Hans nummer er 010190 1234.'],
    ['in brackets', 'Beboeren (010190-1234) ville gerne spille'],
    ['after a colon', 'CPR:0101901234'],
    ['after an abbreviation', 'nr.010190-1234'],
    ['after a slash', 'cpr/0101901234'],
    ['after a dash', 'cpr-010190-1234'],
    ['with an en dash', 'født 010190–1234'],
    ['with a no-break space', 'født 010190\u00a01234'],
    ['with spaces around the dash', 'født 010190 - 1234'],
    ['with spaces around an en dash', 'født 010190 – 1234'],
    ['as a replacement number', 'Beboer 610190-1234'],
    // Some banks have used the holder's CPR number as the account number.
    ['as an account number after a registration number', 'Konto 1234 0101901234'],
  ])('finds a CPR number %s', (_where, text) => {
    expect(looksLikeCpr(text)).toBe(true);
  });

  it.each([
    ['a phone number', '86123456'],
    ['a phone number in pairs', 'Ring på 86 12 34 56 efter 16.00'],
    ['a phone number in fours', '8612 3456'],
    ['a phone number with +45', '+45 86 12 34 56'],
    ['a phone number with +45 glued on', '+4586123456'],
    ['a phone number with 0045', '004586123456'],
    ['an amount', 'Bus 1.234,50 kr.'],
    ['an amount with øre', '12345678,00'],
    ['a large amount', '1.234.567,89 kr'],
    ['a date with points', '12.03.2026'],
    ['a date with six digits', '120326'],
    ['a date with dashes', '12-03-2026'],
    ['an ISO date', '2026-03-12'],
    ['a date with slashes', '12/03/2026'],
    ['a date and a time', 'Mødet 12.03.2026 kl. 14.30-16.00'],
    ['day 32', '320190-1234'],
    ['29 February in a year not divisible by four', '290201-1234'],
    ['day 00', '001090-1234'],
    ['month 13', '011390-1234'],
    ['month 00', '010090-1234'],
    ['31 April', '310490-1234'],
    ['day 92', '920190-1234'],
    ['a replacement number for 31 April', '910490-1234'],
    ['eleven digits', '01019012345'],
    ['eleven digits, the extra one first', '10101901234'],
    ['a five-digit serial', '010190-12345'],
    ['a digit group after it', '010190-1234-5'],
    ['a digit group before it', '12-010190-1234'],
    ['a decimal number', '3,0101901234'],
    ['an account number that is no date', '1234 5678901234'],
    ['an IBAN in groups', 'DK50 0040 0440 1162 43'],
    ['an IBAN in one piece', 'DK5000400440116243'],
    ['a card number', '4571 1234 5678 9012'],
  ])('stays quiet on %s', (_what, text) => {
    expect(looksLikeCpr(text)).toBe(false);
  });
});

/**
 * Fields that take any text but are no free text a person writes, and why. A new field that takes
 * any text fails the test below until it is put here or into FREE_TEXT_FIELDS.
 */
const NOT_FREE_TEXT: Record<string, string> = {
  'institutions.contactPhone': 'a phone number',
  'receipts.data': 'a photo in base64, whose digits may read as a CPR number by chance',
  'checklists.template': 'the key of the template the app started the checklist from',
  'volunteers.displayName': 'written by the server: profile.displayName, checked there',
  'units.name': 'written by the server: an institution’s or a team’s name',
  'checklistProgress.title': 'written by the server: checklists.title, checked there',
  'checklistProgress.template': 'written by the server: checklists.template',
  'tipReach.title': 'written by the server: tips.title, checked there',
};

describe('FREE_TEXT_FIELDS', () => {
  /** `table.field` takes any text, or a list of any texts. */
  function takesText(name: string): boolean {
    const [table = '', field = ''] = name.split('.');
    return [['Kortspil'], 'Kortspil'].some(
      (value) => checkFields(table, { [field]: value }) === undefined,
    );
  }
  const everyField = TABLE_NAMES.flatMap((table) =>
    Object.keys(TABLE_FIELDS[table]).map((field) => `${table}.${field}`),
  );
  const checked = Object.entries(FREE_TEXT_FIELDS).flatMap(([table, fields]) =>
    fields.map((field) => `${table}.${field}`),
  );

  it('holds every field that takes any text, unless it is listed as no free text', () => {
    const forgotten = everyField.filter(
      (name) => takesText(name) && !checked.includes(name) && !(name in NOT_FREE_TEXT),
    );
    expect(forgotten).toEqual([]);
  });

  it('holds only fields that take text, none of them listed as no free text', () => {
    expect(checked.filter((name) => !takesText(name))).toEqual([]);
    expect(checked.filter((name) => name in NOT_FREE_TEXT)).toEqual([]);
    expect(Object.keys(NOT_FREE_TEXT).filter((name) => !takesText(name))).toEqual([]);
  });

  it('names the first free-text field holding a CPR number, looking into lists', () => {
    expect(cprField('institutions', { activityTypes: ['Kortspil', '010190-1234'] })).toBe(
      'activityTypes',
    );
    expect(cprField('expenses', { description: 'Bus', rejectReason: '0101901234' })).toBe(
      'rejectReason',
    );
    expect(cprField('institutions', { contactPhone: '0101901234' })).toBeUndefined();
    expect(cprField('receipts', { data: 'AAAA0101901234AAAA' })).toBeUndefined();
  });
});
