/**
 * CSV that Danish Excel opens as it is: UTF-8 with a byte-order mark (without it Excel guesses
 * Windows-1252 and garbles æ, ø, å), `;` between fields (Danish Excel's list separator, since `,`
 * is the decimal mark), decimal commas, CRLF line ends.
 */

/** The byte-order mark that tells Excel the file is UTF-8. */
export const BOM = '\uFEFF';

const SEPARATOR = ';';
const LINE_END = '\r\n';

/**
 * One field, quoted when it holds a separator, a quote or a line break. Text that a spreadsheet
 * would run as a formula (starting with `=`, `+`, `-`, `@`, tab or CR) gets a leading `'`.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[";\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * A number with a decimal comma and exactly `digits` decimals, no thousands separator (which
 * Excel would have to guess): `1234.5` → `1234,50`. Not a finite number → empty field.
 */
export function csvDecimal(value: number, digits = 2): string {
  if (!Number.isFinite(value)) return '';
  const factor = 10 ** digits;
  return (Math.round(value * factor) / factor).toFixed(digits).replace('.', ',');
}

/** The whole file (BOM included): a header row, then the rows, each field escaped. */
export function csvDocument(header: readonly string[], rows: Iterable<readonly string[]>): string {
  const lines = [header.map(csvField).join(SEPARATOR)];
  for (const row of rows) lines.push(row.map(csvField).join(SEPARATOR));
  return BOM + lines.join(LINE_END) + LINE_END;
}
