import type { Expense } from '@/db/schema';
import {
  isEditable,
  MAX_AMOUNT_ORE,
  openTotalOre,
  oreToInput,
  parseKroner,
  validateExpense,
} from '@/features/expenses/model';

function ore(text: string): number | string {
  const result = parseKroner(text);
  return result.ok ? result.ore : result.error;
}

describe('parseKroner', () => {
  it('reads Danish amounts with a decimal comma and thousands dots', () => {
    expect(ore('125,50')).toBe(12_550);
    expect(ore('1.250,50')).toBe(125_050);
    expect(ore('12,5')).toBe(1_250);
    expect(ore('48')).toBe(4_800);
    expect(ore('1.250')).toBe(125_000);
    expect(ore('0,10')).toBe(10);
    expect(ore(',50')).toBe(50);
    expect(ore('48,')).toBe(4_800);
  });

  it('tolerates spaces, "kr." and a dot as decimal mark where it cannot be a thousands dot', () => {
    expect(ore(' 48 kr. ')).toBe(4_800);
    expect(ore('kr 125,50')).toBe(12_550);
    expect(ore('1 250,50')).toBe(125_050);
    expect(ore('1\u00a0250,50 DKK')).toBe(125_050);
    expect(ore('48,-')).toBe(4_800);
    expect(ore('12.50')).toBe(1_250);
    expect(ore('12.5')).toBe(1_250);
  });

  it('is exact in øre where floating point is not', () => {
    // 0.29 * 100 is 28.999999999999996 in floating point.
    expect(ore('0,29')).toBe(29);
    expect(ore('1.234.567,89')).toBe('tooLarge');
    expect(ore('99.999,99')).toBe(9_999_999);
  });

  it('names what is wrong with a bad amount', () => {
    expect(ore('')).toBe('required');
    expect(ore('   ')).toBe('required');
    expect(ore('abc')).toBe('invalid');
    expect(ore('12,5,0')).toBe('invalid');
    expect(ore('1,250.50')).toBe('invalid');
    expect(ore('12.345.6')).toBe('invalid');
    expect(ore('1e3')).toBe('invalid');
    expect(ore(',')).toBe('invalid');
    expect(ore('12,505')).toBe('decimals');
    expect(ore('-48')).toBe('negative');
    expect(ore('−12,50')).toBe('negative');
    expect(ore('0')).toBe('zero');
    expect(ore('0,00')).toBe('zero');
  });

  it('refuses more than the protocol takes (100.000 kr.)', () => {
    expect(ore('100.000')).toBe(MAX_AMOUNT_ORE);
    expect(ore('100.000,01')).toBe('tooLarge');
    expect(ore('999999999999999999999')).toBe('tooLarge');
  });
});

describe('oreToInput', () => {
  it('writes øre back the way the field reads them', () => {
    expect(oreToInput(12_550)).toBe('125,50');
    expect(oreToInput(4_800)).toBe('48');
    expect(oreToInput(5)).toBe('0,05');
    for (const value of [1, 99, 100, 12_345, MAX_AMOUNT_ORE]) {
      expect(ore(oreToInput(value))).toBe(value);
    }
  });
});

describe('validateExpense', () => {
  const today = '2026-11-23';
  const valid = { amountText: '48', date: today, category: 'transport' as const, description: '' };

  it('hands over clean fields', () => {
    expect(validateExpense({ ...valid, description: '  Bus til udflugt ' }, today)).toEqual({
      ok: true,
      value: {
        amountOre: 4_800,
        date: today,
        category: 'transport',
        description: 'Bus til udflugt',
      },
    });
  });

  it('reports every field that is wrong', () => {
    const result = validateExpense(
      { amountText: 'x', date: '2026-11-24', category: undefined, description: '' },
      today,
    );
    expect(result).toEqual({
      ok: false,
      errors: { amount: 'invalid', date: 'dateInvalid', category: 'categoryRequired' },
    });
  });

  it('refuses a description holding a CPR number', () => {
    const result = validateExpense({ ...valid, description: 'Kørsel for 010203-1234' }, today);
    expect(result).toEqual({ ok: false, errors: { description: 'cprFound' } });
  });
});

describe('claim status', () => {
  const claim = (status: Expense['status'], amountOre: number) => ({ status, amountOre });

  it('may be changed only while submitted', () => {
    expect(isEditable({})).toBe(true);
    expect(isEditable({ status: 'submitted' })).toBe(true);
    expect(isEditable({ status: 'approved' })).toBe(false);
    expect(isEditable({ status: 'rejected' })).toBe(false);
    expect(isEditable({ status: 'paid' })).toBe(false);
  });

  it('counts submitted and approved claims as open, not rejected or paid ones', () => {
    expect(
      openTotalOre([
        claim(undefined, 4_800),
        claim('approved', 12_550),
        claim('rejected', 100_000),
        claim('paid', 20_000),
      ]),
    ).toBe(17_350);
  });
});
