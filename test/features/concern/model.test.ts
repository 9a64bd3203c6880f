import { choiceDay, telHref, validateConcern } from '@/features/concern/model';

describe('validateConcern', () => {
  it('needs a time', () => {
    expect(validateConcern({ choice: undefined, ownTime: '', message: '' })).toEqual({
      ok: false,
      errors: { choice: 'whenRequired' },
    });
  });

  it('needs the volunteer’s own words when they chose to write the time', () => {
    expect(validateConcern({ choice: 'own', ownTime: '  ', message: '' })).toEqual({
      ok: false,
      errors: { ownTime: 'ownRequired' },
    });
    expect(validateConcern({ choice: 'own', ownTime: ' efter kl. 15 ', message: '' })).toEqual({
      ok: true,
      ownTime: 'efter kl. 15',
      message: '',
    });
  });

  it('refuses a CPR number in the time or the message', () => {
    expect(
      validateConcern({
        choice: 'own',
        ownTime: 'om 010190-1234',
        message: 'Det gælder 2312491234',
      }),
    ).toEqual({ ok: false, errors: { ownTime: 'cprFound', message: 'cprFound' } });
  });

  it('lets a phone number through', () => {
    expect(
      validateConcern({ choice: 'callMe', ownTime: '', message: 'Ring på 12 34 56 78' }),
    ).toEqual({
      ok: true,
      ownTime: '',
      message: 'Ring på 12 34 56 78',
    });
  });
});

describe('telHref', () => {
  it('makes a tel: link from a number as people write it', () => {
    expect(telHref('+45 12 34 56 78')).toBe('tel:+4512345678');
    expect(telHref('12 34 56 78')).toBe('tel:12345678');
    expect(telHref('(+45) 12-34-56-78')).toBe('tel:+4512345678');
  });

  it('gives nothing to call for an empty or nonsense number', () => {
    expect(telHref(undefined)).toBeUndefined();
    expect(telHref('')).toBeUndefined();
    expect(telHref('ring til Hanne')).toBeUndefined();
  });
});

describe('choiceDay', () => {
  it('names today and tomorrow, also across a month end', () => {
    const now = new Date(2026, 10, 30, 22, 0);
    expect(choiceDay('today', now)).toEqual(now);
    expect(choiceDay('tomorrow', now)).toEqual(new Date(2026, 11, 1));
    expect(choiceDay('callMe', now)).toBeUndefined();
  });
});
