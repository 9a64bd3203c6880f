import { BOM, csvDecimal, csvDocument, csvField } from '@/lib/csv';

describe('CSV for Danish Excel (shared encoder)', () => {
  it('writes decimals with a comma and no thousands separator', () => {
    expect(csvDecimal(1234.5)).toBe('1234,50');
    expect(csvDecimal(2 / 3, 1)).toBe('0,7');
    expect(csvDecimal(3, 0)).toBe('3');
    expect(csvDecimal(Number.NaN)).toBe('');
  });

  it('quotes separators, quotes and line breaks, and defuses formulas', () => {
    expect(csvField('a;b')).toBe('"a;b"');
    expect(csvField('"x"')).toBe('"""x"""');
    expect(csvField('@SUM')).toBe("'@SUM");
    expect(csvField('Østerbro')).toBe('Østerbro');
  });

  it('starts with a BOM, has a header row and ends every line with CRLF', () => {
    expect(csvDocument(['Sted', 'Timer'], [['Solhjem; syd', '1,50']])).toBe(
      `${BOM}Sted;Timer\r\n"Solhjem; syd";1,50\r\n`,
    );
    expect(csvDocument(['Sted'], [])).toBe(`${BOM}Sted\r\n`);
  });
});
