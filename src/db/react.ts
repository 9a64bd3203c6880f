/**
 * Hands the database to feature hooks through React context.
 *
 * Components never import this: feature hooks do, and tests provide a fresh database per test.
 */
import { createContext, useContext } from 'react';
import type { SamspilDb } from './database';

/** The database for the current React tree; `null` outside a provider. */
export const DbContext = createContext<SamspilDb | null>(null);

/** The current database; throws when no provider is above (a programming error). */
export function useDb(): SamspilDb {
  const db = useContext(DbContext);
  if (!db) throw new Error('useDb() needs a <DbContext.Provider> above it');
  return db;
}
