import { SamspilDb } from '@/db/database';

let counter = 0;

/** A fresh database with a unique name (fake-indexeddb), so no test sees another's rows. */
export function freshDb(): SamspilDb {
  counter += 1;
  return new SamspilDb(`samspil-test-${process.pid}-${counter}-${Math.random()}`);
}
