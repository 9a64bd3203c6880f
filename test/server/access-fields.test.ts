// @vitest-environment node
/**
 * Field-level write rules, through the real endpoint: who may set which fields of a volunteer's
 * shared rows, which ids a row may name, CPR numbers in free text, tips for volunteers, and an
 * institution's own info row. The table-level matrix is in access.test.ts.
 */
import { FREE_TEXT_FIELDS } from '@/protocol/cpr';
import { checkFields, type TableName } from '@/protocol/tables';
import { castOn, type Cast, type Person } from './cast';
import { DIALECTS, key, startServer, type TestServer } from './harness';

describe.each(DIALECTS)('field-level access on %s', (dialect) => {
  let server: TestServer;
  let cast: Cast;

  beforeAll(async () => {
    server = await startServer(dialect);
    cast = await castOn(server);
  });
  afterAll(async () => {
    await server.close();
  });

  const id = (person: Person) => cast.session(person).userId;
  const institution = (person: Person) => cast.session(person).institutionId ?? '';

  /** A row `person` writes, which must be accepted. */
  async function made(person: Person, table: string, fields: Record<string, unknown>) {
    const rowKey = key();
    expect(await cast.write(person, { table, key: rowKey, fields })).toBeUndefined();
    return rowKey;
  }

  /** Expects `person`'s put to be refused for good and the row to stay as it was. */
  async function refused(
    person: Person,
    table: string,
    rowKey: string,
    fields: Record<string, unknown>,
    code = 'forbidden',
  ) {
    const before = await cast.stored(table, rowKey);
    const rejection = await cast.write(person, { table, key: rowKey, fields });
    expect(rejection?.code).toBe(code);
    expect(await cast.stored(table, rowKey)).toEqual(before);
    return rejection;
  }

  describe('a volunteer', () => {
    it.each(['status', 'rejectReason', 'decidedAt'])(
      'cannot set an expense’s %s, on a new claim or their own',
      async (field) => {
        const value = { status: 'approved', rejectReason: 'nej', decidedAt: 1 }[field];
        await refused('volunteer', 'expenses', key(), { description: 'Bus', [field]: value });
        const claim = await made('volunteer', 'expenses', { description: 'Bus', amountOre: 4800 });
        await refused('volunteer', 'expenses', claim, { [field]: value });
      },
    );

    it('cannot confirm their own introduction', async () => {
      const tick = await made('volunteer', 'introProgress', { itemId: key(), doneAt: 1 });
      await refused('volunteer', 'introProgress', tick, { confirmedAt: 2 });
      await refused('volunteer', 'introProgress', key(), { itemId: key(), confirmedAt: 2 });
    });

    it('names only themself and their own institution in what they share', async () => {
      await refused('volunteer', 'expenses', key(), { volunteerId: id('volunteer2') });
      await refused('volunteer', 'expenses', key(), { institutionId: institution('volunteer3') });
      await refused('volunteer', 'declarations', key(), { volunteerId: id('volunteer3') });
      await made('volunteer', 'expenses', {
        volunteerId: id('volunteer'),
        institutionId: institution('volunteer'),
        description: 'Bus',
      });
    });

    it('raises a concern only for themself, to their own institution, without answering it', async () => {
      await refused('volunteer', 'concerns', key(), { volunteerId: id('volunteer2') });
      await refused('volunteer', 'concerns', key(), { institutionId: institution('volunteer3') });
      await refused('volunteer', 'concerns', key(), { message: 'Ring', status: 'answered' });
      await refused('volunteer', 'concerns', key(), { message: 'Ring', answeredAt: 1 });
      const concern = await made('volunteer', 'concerns', {
        volunteerId: id('volunteer'),
        institutionId: institution('volunteer'),
        message: 'Ring mig i morgen',
      });
      expect((await cast.stored('concerns', concern))?.scope).toBe(
        `staff:${institution('volunteer')}`,
      );
      // Another volunteer of the same place cannot touch it, nor can its writer delete it.
      await refused('volunteer2', 'concerns', concern, { message: 'ændret' });
      expect(
        (await cast.write('volunteer', { table: 'concerns', key: concern, op: 'delete' }))?.code,
      ).toBe('forbidden');
      // Its writer may still correct it (a retried push after a restore, say).
      expect(
        await cast.write('volunteer', {
          table: 'concerns',
          key: concern,
          fields: { preferredTime: 'Efter kl. 16' },
        }),
      ).toBeUndefined();
    });

    it('does not read another volunteer’s shared rows, nor the staff rows', async () => {
      const claim = await made('volunteer2', 'expenses', { description: 'Kaffe' });
      const concern = await made('volunteer2', 'concerns', { message: 'Bekymret' });
      const own = await made('volunteer', 'concerns', { message: 'Også bekymret' });
      const pulled = await cast.pulled('volunteer');
      expect(pulled.has(`expenses/${claim}`)).toBe(false);
      expect(pulled.has(`concerns/${concern}`)).toBe(false);
      expect(pulled.has(`concerns/${own}`)).toBe(false);
      expect(pulled.has(`volunteers/${id('volunteer2')}`)).toBe(false);
      expect(pulled.has(`volunteers/${id('volunteer')}`)).toBe(true);
    });
  });

  describe('a contact person', () => {
    it('decides a claim of their own volunteer: status, reason and time only', async () => {
      const claim = await made('volunteer', 'expenses', { description: 'Bus', amountOre: 4800 });
      const decision = { status: 'rejected', rejectReason: 'Mangler kvittering', decidedAt: 5 };
      expect(
        await cast.write('contact', { table: 'expenses', key: claim, fields: decision }),
      ).toBeUndefined();
      expect((await cast.stored('expenses', claim))?.fields).toEqual({
        description: 'Bus',
        amountOre: 4800,
        ...decision,
      });
      await refused('contact', 'expenses', claim, { amountOre: 100 });
      await refused('contact', 'expenses', claim, { status: 'paid', description: 'Taxa' });
      // The volunteer sees the decision.
      const row = (await cast.pulled('volunteer')).get(`expenses/${claim}`);
      expect(row?.fields.status).toBe('rejected');
    });

    it('leaves a decided claim alone: the volunteer can no longer change or delete it', async () => {
      const claim = await made('volunteer', 'expenses', { description: 'Bus', amountOre: 4800 });
      expect(
        await cast.write('volunteer', {
          table: 'expenses',
          key: claim,
          fields: { amountOre: 5000 },
        }),
      ).toBeUndefined();
      expect(
        await cast.write('contact', {
          table: 'expenses',
          key: claim,
          fields: { status: 'approved', decidedAt: 5 },
        }),
      ).toBeUndefined();
      await refused('volunteer', 'expenses', claim, { amountOre: 90_000 });
      expect(
        (await cast.write('volunteer', { table: 'expenses', key: claim, op: 'delete' }))?.code,
      ).toBe('forbidden');
      expect((await cast.stored('expenses', claim))?.fields.amountOre).toBe(5000);
    });

    it('cannot make a claim, nor delete one', async () => {
      await refused('contact', 'expenses', key(), { status: 'approved' });
      await refused('contact', 'expenses', key(), { description: 'Bus' });
      const claim = await made('volunteer', 'expenses', { description: 'Bus' });
      expect(
        (await cast.write('contact', { table: 'expenses', key: claim, op: 'delete' }))?.code,
      ).toBe('forbidden');
    });

    it('confirms an introduction item of their own volunteer, and only that', async () => {
      const tick = await made('volunteer', 'introProgress', { itemId: key(), doneAt: 1 });
      expect(
        await cast.write('contact', {
          table: 'introProgress',
          key: tick,
          fields: { confirmedAt: 2 },
        }),
      ).toBeUndefined();
      await refused('contact', 'introProgress', tick, { doneAt: 3 });
    });

    it('answers a concern of their institution: status and time only', async () => {
      const concern = await made('volunteer', 'concerns', { message: 'Ring mig' });
      expect(
        await cast.write('contact', {
          table: 'concerns',
          key: concern,
          fields: { status: 'answered', answeredAt: 9 },
        }),
      ).toBeUndefined();
      await refused('contact', 'concerns', concern, { message: 'ændret' });
      expect((await cast.pulled('contact')).get(`concerns/${concern}`)?.fields).toMatchObject({
        message: 'Ring mig',
        status: 'answered',
      });
    });

    it('of another institution is refused on every one of these rows', async () => {
      const claim = await made('volunteer', 'expenses', { description: 'Bus' });
      const tick = await made('volunteer', 'introProgress', { itemId: key(), doneAt: 1 });
      const concern = await made('volunteer', 'concerns', { message: 'Ring' });
      const certificate = await made('contact', 'certificates', {
        volunteerId: id('volunteer'),
        kind: 'criminalRecord',
        status: 'requested',
      });
      await refused('contact2', 'expenses', claim, { status: 'approved' });
      await refused('contact2', 'introProgress', tick, { confirmedAt: 1 });
      await refused('contact2', 'concerns', concern, { status: 'answered' });
      await refused('contact2', 'certificates', certificate, { status: 'approved' });
      await refused('contact2', 'certificates', key(), {
        volunteerId: id('volunteer'),
        kind: 'child',
        status: 'requested',
      });
      const pulled = await cast.pulled('contact2');
      for (const row of [
        `expenses/${claim}`,
        `concerns/${concern}`,
        `certificates/${certificate}`,
      ]) {
        expect(pulled.has(row)).toBe(false);
      }
    });

    it('keeps certificates for their own volunteers only, never moving one to another', async () => {
      await refused('contact', 'certificates', key(), { kind: 'child', status: 'requested' });
      await refused('contact', 'certificates', key(), {
        volunteerId: id('contact'),
        kind: 'child',
        status: 'requested',
      });
      const certificate = await made('contact', 'certificates', {
        volunteerId: id('volunteer'),
        kind: 'child',
        status: 'requested',
      });
      expect((await cast.stored('certificates', certificate))?.scope).toBe(
        `shared:${id('volunteer')}`,
      );
      await refused('contact', 'certificates', certificate, { volunteerId: id('volunteer2') });
      expect((await cast.pulled('volunteer')).has(`certificates/${certificate}`)).toBe(true);
      expect((await cast.pulled('volunteer2')).has(`certificates/${certificate}`)).toBe(false);
      await refused('volunteer', 'certificates', certificate, { status: 'approved' });
    });

    /** `contact` marks on `volunteer`'s roster row whether their task needs a straffeattest. */
    const markTask = (contact: Person, volunteer: string, required: boolean) =>
      cast.write(contact, {
        table: 'volunteers',
        key: volunteer,
        fields: { requiresCriminalRecord: required },
      });

    it('marks whether their own volunteer’s task needs a criminal record certificate, and only that', async () => {
      const volunteer = id('volunteer');
      const before = (await cast.stored('volunteers', volunteer))?.fields;
      expect(before).toMatchObject({ institutionId: institution('volunteer') });
      for (const required of [true, false]) {
        expect(await markTask('contact', volunteer, required)).toBeUndefined();
        // The roster row the server keeps gains the mark and keeps the rest.
        expect((await cast.stored('volunteers', volunteer))?.fields).toEqual({
          ...before,
          requiresCriminalRecord: required,
        });
        const seen = (await cast.pulled('volunteer')).get(`volunteers/${volunteer}`);
        expect(seen?.fields.requiresCriminalRecord).toBe(required);
      }
      await refused('contact', 'volunteers', volunteer, { displayName: 'Snyd' });
      await refused('contact', 'volunteers', volunteer, { institutionId: institution('contact2') });
      await refused('contact', 'volunteers', volunteer, {
        requiresCriminalRecord: true,
        joinedAt: 1,
      });
      // A contact person of another place, and the volunteer themself, may not set it.
      await refused('contact2', 'volunteers', volunteer, { requiresCriminalRecord: true });
      await refused('volunteer', 'volunteers', volunteer, { requiresCriminalRecord: true });
      expect(
        (await cast.write('contact', { table: 'volunteers', key: volunteer, op: 'delete' }))?.code,
      ).toBe('forbidden');
    });

    it('keeps the mark when the server updates the roster row (a new display name)', async () => {
      const volunteer = id('volunteer2');
      expect(await markTask('contactB', volunteer, true)).toBeUndefined();
      await made('volunteer2', 'profile', { displayName: 'Birthe Nielsen' });
      expect((await cast.stored('volunteers', volunteer))?.fields).toMatchObject({
        displayName: 'Birthe Nielsen',
        requiresCriminalRecord: true,
      });
    });

    it('writes their institution’s info row and introduction, not another’s', async () => {
      const own = institution('contact');
      expect(
        await cast.write('contact', {
          table: 'institutions',
          key: own,
          fields: { agreements: 'Vi mødes hver tirsdag.', worksWithChildren: false },
        }),
      ).toBeUndefined();
      expect((await cast.pulled('volunteer')).get(`institutions/${own}`)?.fields).toMatchObject({
        agreements: 'Vi mødes hver tirsdag.',
      });
      await refused('contact', 'institutions', cast.otherInstitutionId, { agreements: 'Nej' });
      expect(
        (await cast.write('contact', { table: 'institutions', key: own, op: 'delete' }))?.code,
      ).toBe('forbidden');
      await refused('contact', 'introItems', key(), {
        institutionId: cast.otherInstitutionId,
        title: 'Rundvisning',
      });
      await made('contact', 'introItems', { institutionId: own, title: 'Rundvisning' });
    });
  });

  describe('tips', () => {
    it('reach an institution’s volunteers when written for them, and no one else', async () => {
      const forVolunteers = await made('contact', 'tips', {
        title: 'Husk navneskiltet',
        audience: 'volunteers',
      });
      const forStaff = await made('contact', 'tips', { title: 'Ugens tip' });
      expect((await cast.stored('tips', forVolunteers))?.scope).toBe(
        `volunteers:${institution('contact')}`,
      );
      const volunteer = await cast.pulled('volunteer');
      expect(volunteer.has(`tips/${forVolunteers}`)).toBe(true);
      expect(volunteer.has(`tips/${forStaff}`)).toBe(false);
      expect((await cast.pulled('volunteer3')).has(`tips/${forVolunteers}`)).toBe(false);
      expect((await cast.pulled('contact2')).has(`tips/${forVolunteers}`)).toBe(false);
      // A colleague of the same place edits it; the audience no longer moves a tip.
      expect(
        await cast.write('contactB', {
          table: 'tips',
          key: forVolunteers,
          fields: { body: 'Det hænger ved døren.', audience: 'team' },
        }),
      ).toBeUndefined();
      expect(
        await cast.write('contact', {
          table: 'tips',
          key: forStaff,
          fields: { audience: 'volunteers' },
        }),
      ).toBeUndefined();
      expect((await cast.stored('tips', forVolunteers))?.scope).toBe(
        `volunteers:${institution('contact')}`,
      );
      expect((await cast.stored('tips', forStaff))?.scope).toBe(
        `team:${cast.session('contact').teamId}`,
      );
      await refused('contact2', 'tips', forVolunteers, { title: 'Ændret' });
      await refused('volunteer', 'tips', forVolunteers, { title: 'Ændret' });
    });
  });

  describe('CPR numbers in free text', () => {
    it.each([
      ['with a dash', '010190-1234'],
      ['without a dash', '0101901234'],
      ['with a space', '311285 4321'],
    ])('are refused %s, naming the field and never the value', async (_how, cpr) => {
      const activity = key();
      const rejection = await refused(
        'volunteer',
        'activities',
        activity,
        {
          activityType: 'Gåtur',
          note: `Gik med beboer ${cpr} i haven`,
        },
        'cpr_number',
      );
      expect(rejection?.message).toContain('note');
      expect(rejection?.message).not.toContain(cpr);
      expect(await cast.stored('activities', activity)).toBeUndefined();
    });

    /** Who writes a table's free text for real, on a new row (institutions: their own row). */
    const WRITERS: Partial<Record<TableName, Person>> = {
      profile: 'volunteer',
      institutions: 'contact',
      activities: 'volunteer',
      expenses: 'volunteer',
      concerns: 'volunteer',
      introItems: 'contact',
      logbookEntries: 'caseworker',
      sharedEntries: 'caseworker',
      tips: 'contact',
      planItems: 'caseworker',
      checklists: 'caseworker',
      checklistItems: 'caseworker',
    };

    /** Where `table.field` is written: by whom, and on which row. */
    async function placeOf(
      table: TableName,
      field: string,
    ): Promise<{ person: Person; rowKey: string }> {
      // The contact person decides on a volunteer's claim and answers a caseworker's question.
      if (table === 'expenses' && field === 'rejectReason') {
        return {
          person: 'contact',
          rowKey: await made('volunteer', table, { description: 'Bus' }),
        };
      }
      if (table === 'sharedEntries' && field.startsWith('answer')) {
        return { person: 'contact', rowKey: await made('caseworker', table, { text: 'Hvornår?' }) };
      }
      const person = WRITERS[table];
      if (!person) throw new Error(`who writes ${table}?`);
      return { person, rowKey: table === 'institutions' ? institution(person) : key() };
    }

    // Every field the server checks, so a field added there is tried here too.
    const checked = Object.entries(FREE_TEXT_FIELDS).flatMap(([table, fields]) =>
      fields.map((field) => [table as TableName, field] as const),
    );

    it.each(checked)(
      'are refused in %s.%s, which takes the same text without one',
      async (table, field) => {
        const { person, rowKey } = await placeOf(table, field);
        // A list of texts (tags, case references, activity types) is checked item by item.
        const isList = checkFields(table, { [field]: 'Bus' }) !== undefined;
        const value = (text: string) => (isList ? ['Bus', text] : text);
        const cpr = '010190-1234';
        const rejection = await refused(
          person,
          table,
          rowKey,
          { [field]: value(`Se ${cpr}`) },
          'cpr_number',
        );
        expect(rejection?.message).toContain(`${table}.${field}`);
        expect(rejection?.message).not.toContain(cpr);
        const fine = { [field]: value('Ring 86 12 34 56') };
        expect(await cast.write(person, { table, key: rowKey, fields: fine })).toBeUndefined();
      },
    );

    it('leave phone numbers, amounts and dates alone', async () => {
      await made('volunteer', 'concerns', { message: 'Ring på 86 12 34 56 efter 16.00' });
      await made('volunteer', 'expenses', { description: 'Bus 48,00 kr den 12.03.2026' });
    });

    it('do not block the mutations after them', async () => {
      const good = key();
      const rejections = await cast.writeAll('volunteer', [
        { table: 'activities', key: key(), fields: { note: '010190-1234' } },
        { table: 'activities', key: good, fields: { note: 'Kortspil' } },
      ]);
      expect(rejections.map((rejection) => rejection.code)).toEqual(['cpr_number']);
      expect((await cast.stored('activities', good))?.fields).toEqual({ note: 'Kortspil' });
    });
  });
});
