import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback } from 'react';
import { useDb } from '@/db/react';
import type { Declaration } from '@/db/schema';
import { acceptDeclaration, loadDeclaration, type DeclarationView } from '../data/declarations';

/** The confidentiality text and the volunteer's acceptance, live; `undefined` while loading. */
export function useDeclaration(): DeclarationView | undefined {
  const db = useDb();
  return useLiveQuery(() => loadDeclaration(db), [db]);
}

/** Accepts the confidentiality text; resolves after the acceptance is durable. */
export function useAcceptDeclaration(): () => Promise<Declaration> {
  const db = useDb();
  return useCallback(() => acceptDeclaration(db), [db]);
}
