/**
 * Demo data for a fresh database: one institution with its info and introduction, one team, their
 * units in the leader's overview and an invitation code per role, so a new user can try every
 * role. Created once (the codes are kept in server_meta `demo` and shown again at every start; a
 * role added since gets its code at the next start); `DEMO_DATA=off` skips it.
 */
import type { RoleName } from '@/protocol/auth';
import { ROLE_NAMES } from '@/protocol/auth';
import { INTRO_TEMPLATE } from '@/content/intro-template';
import { newId } from '@/lib/ids';
import { createInvitation } from './invitations';
import { createServerClock } from './server-clock';
import { institutionRow, SERVER_OWNER, writeServerRows, type ServerRow } from './server-rows';
import { unitRows } from './leader-units';
import type { Store, StoreTransaction } from './store';

/** One demo code. */
export type DemoInvitation = { role: RoleName; code: string; expiresAt: number };

const DEMO_DAYS = 30;
const DEMO_USES = 1000;
const DEMO_NAME = 'Solhjem Plejecenter';

/** What the demo nursing home tells its volunteers (invented, in the app's own words). */
const DEMO_INFO = {
  name: DEMO_NAME,
  kind: 'Plejecenter',
  contactName: 'Hanne Sørensen',
  contactPhone: '86 12 34 56',
  agreements: [
    'Frivillige hos os giver beboerne mere liv i hverdagen. I er et supplement til personalet, aldrig en erstatning.',
    '• Du står for samvær: snak, gåture, spil, musik og hygge. Pleje, medicin, forflytninger og andre visiterede opgaver klarer personalet.',
    '• Bliver du forhindret, så giv din kontaktperson besked, så ingen sidder og venter forgæves.',
    '• Du skriver ikke noter om beboerne og fører ingen journal.',
    '• Vil du tage en beboer med ud af huset, så aftal det med personalet først.',
    '• Frivillige og personale mødes to gange om året og ser aftalerne efter i sømmene sammen.',
  ].join('\n'),
  insurance:
    'Kommunens kollektive ulykkesforsikring dækker dig, mens du er frivillig her. Kommer du til skade, så sig det til personalet samme dag – vi hjælper med at anmelde det. Dine egne ting er ikke dækket, så lad værdigenstande blive hjemme.',
  emergency: [
    'Akut sygdom eller ulykke: Ring 112, og hent personalet med det samme.',
    'Brand: Hjælp dig selv og de nærmeste beboere ud, hvis du kan, og gør som personalet siger. Nødudgangene har grønne skilte.',
    'Er du i tvivl, så træk i en kaldesnor eller find den nærmeste medarbejder.',
  ].join('\n'),
  activityTypes: [
    'Højtlæsning',
    'Gåtur',
    'Kaffe og snak',
    'Spil',
    'Musik og sang',
    'Hjælp i haven',
    'Udflugt',
  ],
  requiresConfidentiality: true,
  confidentialityText:
    'Jeg lover, at det, jeg ser og hører om beboerne og deres pårørende, bliver mellem mig og personalet. Det gælder også, når jeg ikke længere er frivillig her. Jeg fortæller ikke om beboerne til andre, heller ikke på sociale medier, og jeg skriver ikke noget ned om dem.',
  worksWithChildren: false,
  requiresCriminalRecord: true,
};

/** The demo institution's info row and its introduction, from the Danish template. */
function demoRows(institutionId: string): ServerRow[] {
  const introItems = INTRO_TEMPLATE.da.map((item, position): ServerRow => ({
    table: 'introItems',
    key: newId(),
    scope: `institution:${institutionId}`,
    owner: SERVER_OWNER,
    update: () => ({ institutionId, position, title: item.title, body: item.body }),
  }));
  return [institutionRow(institutionId, SERVER_OWNER, DEMO_INFO), ...introItems];
}

/** Creates the demo municipality unless it exists; returns its invitation codes. */
export async function ensureDemoData(
  store: Store,
  now: number = Date.now(),
): Promise<DemoInvitation[]> {
  return store.db.transaction().execute(async (trx) => {
    // Two processes starting on one fresh PostgreSQL database: only one creates the data.
    await store.lockWriters(trx);
    const existing = await trx
      .selectFrom('server_meta')
      .select('value')
      .where('key', '=', 'demo')
      .executeTakeFirst();
    if (existing) return completeDemo(trx, JSON.parse(existing.value) as DemoInvitation[], now);

    const institutionId = newId();
    const teamId = newId();
    await trx
      .insertInto('institutions')
      .values({ id: institutionId, name: DEMO_NAME, created_at: now })
      .execute();
    await trx
      .insertInto('teams')
      .values({ id: teamId, institution_id: institutionId, name: 'Team Ældrepleje' })
      .execute();
    const units = await unitRows(trx, {
      institutions: [institutionId],
      teams: [teamId],
      municipality: true,
    });
    await writeServerRows(
      trx,
      createServerClock(() => now),
      [...demoRows(institutionId), ...units],
      now,
    );
    const invitations = await demoCodes(trx, ROLE_NAMES, { institutionId, teamId }, now);
    await trx
      .insertInto('server_meta')
      .values({ key: 'demo', value: JSON.stringify(invitations) })
      .execute();
    return invitations;
  });
}

/** Demo codes for `roles` in the demo institution and team, valid DEMO_DAYS from `now`. */
async function demoCodes(
  trx: StoreTransaction,
  roles: readonly RoleName[],
  demo: { institutionId: string | null; teamId: string | null },
  now: number,
): Promise<DemoInvitation[]> {
  const expiresAt = now + DEMO_DAYS * 24 * 60 * 60 * 1000;
  const invitations: DemoInvitation[] = [];
  for (const role of roles) {
    const code = await createInvitation(
      trx,
      {
        role,
        institutionId: demo.institutionId,
        // Volunteers belong to the institution and team rows are staff work; a leader follows
        // the whole municipality from the institution, in no team.
        teamId: role === 'volunteer' || role === 'leader' ? null : demo.teamId,
        userId: null,
        uses: DEMO_USES,
        expiresAt,
        createdBy: null,
      },
      now,
    );
    invitations.push({ role, code, expiresAt });
  }
  return invitations;
}

/**
 * A demo made before a role existed (the leader came later) gets a code for each missing role,
 * in the institution and team of the codes it has; the list is kept for the next start.
 */
async function completeDemo(
  trx: StoreTransaction,
  invitations: DemoInvitation[],
  now: number,
): Promise<DemoInvitation[]> {
  const missing = ROLE_NAMES.filter((role) => !invitations.some((i) => i.role === role));
  if (missing.length === 0 || invitations.length === 0) return invitations;
  const earlier = await trx
    .selectFrom('invitations')
    .select(['institution_id', 'team_id'])
    .where(
      'code',
      'in',
      invitations.map((invitation) => invitation.code),
    )
    .execute();
  const demo = {
    institutionId: earlier.find((row) => row.institution_id)?.institution_id ?? null,
    teamId: earlier.find((row) => row.team_id)?.team_id ?? null,
  };
  const order = (invitation: DemoInvitation) => ROLE_NAMES.indexOf(invitation.role);
  const added = await demoCodes(trx, missing, demo, now);
  const all = [...invitations, ...added].sort((a, b) => order(a) - order(b));
  await trx
    .updateTable('server_meta')
    .set({ value: JSON.stringify(all) })
    .where('key', '=', 'demo')
    .execute();
  return all;
}
