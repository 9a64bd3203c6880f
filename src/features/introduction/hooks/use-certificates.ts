import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '@/db/react';
import { loadCertificates, type CertificatesView } from '../data/certificates';

/** What the institution requires and the certificates recorded, live; `undefined` while loading. */
export function useCertificates(): CertificatesView | undefined {
  const db = useDb();
  return useLiveQuery(() => loadCertificates(db), [db]);
}
