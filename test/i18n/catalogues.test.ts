import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { ROLES } from '@/features/account/model';
import { ENTRY_KINDS } from '@/features/logbook/model';
import { ACTIVITY_TYPES } from '@/features/volunteer/model';
import { resources } from '@/i18n/catalogues';
import type { AppErrorCode } from '@/lib/errors';
import type { ErrorCode } from '@/protocol/errors';
import { TABLE_NAMES } from '@/protocol/table-names';

type Catalogue = { [key: string]: string | Catalogue };

function flatten(catalogue: Catalogue, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(catalogue)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(name, value);
    else for (const [k, v] of flatten(value, name)) out.set(k, v);
  }
  return out;
}

const da = flatten(resources.da.translation);
const en = flatten(resources.en.translation);

/** A key as t() is called with it exists directly or as plural forms. */
function has(catalogue: Map<string, string>, key: string): boolean {
  return catalogue.has(key) || (catalogue.has(`${key}_one`) && catalogue.has(`${key}_other`));
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === 'server' ? [] : sourceFiles(full);
    return /\.(ts|tsx)$/.test(name) ? [full] : [];
  });
}

describe('translations', () => {
  it('has the same keys in Danish and English', () => {
    expect([...da.keys()].sort()).toEqual([...en.keys()].sort());
  });

  it('has no empty text', () => {
    for (const [key, text] of [...da, ...en]) expect(text.trim(), key).not.toBe('');
  });

  it('has every key the code asks for, in both languages', () => {
    const used = new Set<string>();
    for (const file of sourceFiles(path.resolve('src'))) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/\bt\(\s*'([a-zA-Z0-9_.]+)'/g)) {
        if (match[1]) used.add(match[1]);
      }
    }
    expect(used.size).toBeGreaterThan(40);
    const missing = [...used].filter((key) => !has(da, key) || !has(en, key));
    expect(missing).toEqual([]);
  });

  it('has a text for every key built from a value at run time', () => {
    const errorCodes: AppErrorCode[] = [
      'quota_exceeded',
      'storage_unavailable',
      'database_closed',
      'validation_failed',
      'not_found',
      'unknown',
    ];
    // The codes a push may refuse one change with (src/server/push.ts); others fall back to `other`.
    const REJECTION_CODES: (ErrorCode | 'other')[] = [
      'forbidden',
      'invalid_field',
      'unknown_field',
      'unknown_table',
      'invalid_key',
      'cpr_number',
      'other',
    ];
    const dynamic = [
      ...ACTIVITY_TYPES.map((type) => `activity.types.${type}`),
      ...ENTRY_KINDS.map((kind) => `logbook.kinds.${kind}`),
      ...ROLES.map((role) => `roles.${role}`),
      ...errorCodes.map((code) => `errors.${code}`),
      // A refused change names its table and explains the server's code.
      ...TABLE_NAMES.map((table) => `sync.tables.${table}`),
      ...REJECTION_CODES.map((code) => `sync.reasons.${code}`),
      'settings.languages.da',
      'settings.languages.en',
    ];
    const missing = dynamic.filter((key) => !has(da, key) || !has(en, key));
    expect(missing).toEqual([]);
  });
});
