/**
 * Starts the Samspil server: `npm start` (after a build) or `npm run serve`.
 *
 * Opens (and on first start creates and migrates) the database, creates the demo municipality on
 * a fresh database unless DEMO_DATA=off, recounts the leader's totals, then listens.
 */
import { buildApp } from './app';
import { readConfig } from './config';
import { ensureDemoData, type DemoInvitation } from './demo';
import { rebuildLeaderRows } from './leader-rebuild';
import { openStore } from './store';

const ROLE_LABELS: Record<DemoInvitation['role'], string> = {
  volunteer: 'Frivillig',
  caseworker: 'Sagsbehandler',
  contact: 'Kontaktperson',
  leader: 'Leder',
  admin: 'Administrator',
};

const config = readConfig();
const store = await openStore(config);
const demo = config.demoData ? await ensureDemoData(store) : [];
// The leader's totals, recounted from the stored data (they exist for data older than them).
await rebuildLeaderRows(store);
const app = await buildApp(config, store);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void app
      .close()
      .then(() => store.close())
      .then(() => process.exit(0));
  });
}

await app.listen({ host: config.host, port: config.port });
const where = config.databaseUrl ? 'PostgreSQL' : `SQLite i ${config.dataDir}/samspil.db`;
console.log(
  `Samspil kører på http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port} (data: ${where})`,
);
if (demo.length > 0) {
  console.log('Demo: Solhjem Plejecenter, Team Ældrepleje. Invitationskoder:');
  for (const invitation of demo) {
    const until = new Date(invitation.expiresAt).toLocaleDateString('da-DK');
    console.log(`  ${ROLE_LABELS[invitation.role]}: ${invitation.code} (gyldig til ${until})`);
  }
}
