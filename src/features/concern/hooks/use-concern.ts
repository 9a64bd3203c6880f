import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback } from 'react';
import { useDb } from '@/db/react';
import {
  countWaitingConcerns,
  isConcernWaiting,
  readConcernContext,
  sendConcern,
  type ConcernContext,
} from '../data/concerns';

/** The volunteer's ids and their contact person, live; `undefined` while loading. */
export function useConcernContext(): ConcernContext | undefined {
  const db = useDb();
  return useLiveQuery(() => readConcernContext(db), [db]);
}

/** Queues a request to talk; resolves with its key once it is durable. */
export function useSendConcern(): (input: {
  preferredTime: string;
  message: string;
}) => Promise<string> {
  const db = useDb();
  return useCallback((input) => sendConcern(db, input), [db]);
}

/** Whether a sent concern still waits on the phone (`waiting`) or has gone (`sent`), live. */
export function useConcernDelivery(id: string): 'waiting' | 'sent' | undefined {
  const db = useDb();
  const waiting = useLiveQuery(() => isConcernWaiting(db, id), [db, id]);
  if (waiting === undefined) return undefined;
  return waiting ? 'waiting' : 'sent';
}

/** How many concerns wait for a connection, live; `undefined` while loading. */
export function useWaitingConcernCount(): number | undefined {
  const db = useDb();
  return useLiveQuery(() => countWaitingConcerns(db), [db]);
}
