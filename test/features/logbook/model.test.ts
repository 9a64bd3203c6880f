import { MAX_ENTRY_LENGTH, validateEntry } from '@/features/logbook/model';

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
});
