import type {
  Certificate,
  Concern,
  Expense,
  Institution,
  IntroItem,
  IntroProgress,
} from '@/db/schema';
import {
  addActivityType,
  attentionCounts,
  certificateStates,
  changedInstitutionFields,
  compareClaims,
  compareConcerns,
  institutionInfo,
  introCounts,
  lastMonths,
  latestCertificate,
  missingTemplateItems,
  moveIntroItem,
  nextPosition,
  renewalReminder,
  requirementOf,
  summarizeVolunteers,
  validateIntroItem,
  validateRejectReason,
} from '@/features/contact/model';

const meta = { _hlc: {} };
const item = (id: string, position: number, title = id): IntroItem => ({
  ...meta,
  id,
  institutionId: 'inst',
  position,
  title,
});
const progress = (
  id: string,
  itemId: string,
  extra: Partial<IntroProgress> = {},
): IntroProgress => ({ ...meta, id, institutionId: 'inst', volunteerId: 'v1', itemId, ...extra });
const expense = (id: string, extra: Partial<Expense> = {}): Expense => ({
  ...meta,
  id,
  volunteerId: 'v1',
  date: '2026-03-01',
  amountOre: 4800,
  category: 'transport',
  description: 'Bus',
  createdAt: 100,
  ...extra,
});
const certificate = (id: string, extra: Partial<Certificate>): Certificate => ({
  ...meta,
  id,
  volunteerId: 'v1',
  kind: 'child',
  status: 'requested',
  ...extra,
});

describe('months', () => {
  it('lists the months back from a month, newest first, across a year end', () => {
    expect(lastMonths('2026-02', 3)).toEqual(['2026-02', '2026-01', '2025-12']);
  });
});

describe('introduction progress', () => {
  it('counts ticked, confirmed and waiting items among the live items only', () => {
    const items = [item('a', 0), item('b', 1), item('c', 2)];
    const rows = [
      progress('p1', 'a', { doneAt: 1, confirmedAt: 2 }),
      progress('p2', 'b', { doneAt: 1 }),
      progress('p3', 'gone', { doneAt: 1, confirmedAt: 2 }),
    ];
    expect(introCounts(items, rows)).toEqual({ ticked: 2, confirmed: 1, total: 3, awaiting: 1 });
  });

  it('moves an item one step and renumbers only what changed', () => {
    const items = [item('a', 0), item('b', 1), item('c', 2)];
    expect(moveIntroItem(items, 'c', 'up')).toEqual([
      { id: 'c', position: 1 },
      { id: 'b', position: 2 },
    ]);
    expect(moveIntroItem(items, 'a', 'up')).toEqual([]);
    expect(moveIntroItem(items, 'c', 'down')).toEqual([]);
  });

  it('repairs duplicate positions left by two devices', () => {
    const items = [item('b', 1), item('a', 1), item('c', 5)];
    expect(moveIntroItem(items, 'c', 'up')).toEqual([
      { id: 'a', position: 0 },
      { id: 'c', position: 1 },
      { id: 'b', position: 2 },
    ]);
    expect(nextPosition(items)).toBe(6);
    expect(nextPosition([])).toBe(0);
  });

  it('copies only template items whose title is not there yet', () => {
    const template = [
      { title: 'Rundvisning', body: '' },
      { title: 'Navneskilt', body: '' },
    ];
    expect(missingTemplateItems([item('x', 0, ' rundvisning ')], template)).toEqual([
      { title: 'Navneskilt', body: '' },
    ]);
  });

  it('needs a title and refuses CPR numbers', () => {
    expect(validateIntroItem({ title: '  ', body: '' })).toEqual({
      ok: false,
      errors: { title: 'titleRequired' },
    });
    expect(validateIntroItem({ title: 'Tur', body: 'Ring 010203-1234' })).toEqual({
      ok: false,
      errors: { body: 'cpr' },
    });
    expect(validateIntroItem({ title: ' Tur ', body: ' Se huset ' })).toEqual({
      ok: true,
      value: { title: 'Tur', body: 'Se huset' },
    });
  });
});

describe('certificates', () => {
  const today = '2026-03-10';

  it('reminds when an approved certificate is due within 60 days or overdue', () => {
    expect(renewalReminder({ status: 'approved', renewBy: '2026-03-09' }, today)).toBe('overdue');
    expect(renewalReminder({ status: 'approved', renewBy: '2026-03-10' }, today)).toBe('soon');
    expect(renewalReminder({ status: 'approved', renewBy: '2026-05-09' }, today)).toBe('soon');
    expect(renewalReminder({ status: 'approved', renewBy: '2026-05-10' }, today)).toBeUndefined();
    expect(renewalReminder({ status: 'requested', renewBy: '2026-01-01' }, today)).toBeUndefined();
    expect(renewalReminder({ status: 'approved' }, today)).toBeUndefined();
  });

  it('takes the newest certificate of a kind', () => {
    const rows = [
      certificate('old', { status: 'approved', decidedOn: '2024-01-01' }),
      certificate('new', { status: 'requested', requestedOn: '2026-02-01' }),
      certificate('other', { kind: 'criminalRecord', requestedOn: '2027-01-01' }),
    ];
    expect(latestCertificate(rows, 'child')?.id).toBe('new');
  });

  it('lists required kinds as missing and adds kinds on record', () => {
    const institution = { ...meta, id: 'inst', name: 'Solhjem', worksWithChildren: true };
    expect(certificateStates([], institution, undefined, today)).toEqual([
      { kind: 'child', required: true, status: 'missing' },
    ]);
    const rows = [
      certificate('c', { kind: 'criminalRecord', status: 'approved', renewBy: '2026-04-01' }),
    ];
    expect(certificateStates(rows, institution, undefined, today)).toEqual([
      {
        kind: 'criminalRecord',
        required: false,
        status: 'approved',
        renewBy: '2026-04-01',
        reminder: 'soon',
      },
      { kind: 'child', required: true, status: 'missing' },
    ]);
  });

  it('asks for a criminal record certificate when the place asks every task, or this task needs it', () => {
    const place = { ...meta, id: 'inst', name: 'Solhjem' };
    const everyTask = { ...place, requiresCriminalRecord: true };
    const thisTask = { requiresCriminalRecord: true };
    expect(requirementOf('criminalRecord', place, undefined)).toBeUndefined();
    expect(requirementOf('criminalRecord', place, { requiresCriminalRecord: false })).toBe(
      undefined,
    );
    expect(requirementOf('criminalRecord', place, thisTask)).toBe('task');
    expect(requirementOf('criminalRecord', everyTask, undefined)).toBe('place');
    expect(requirementOf('criminalRecord', everyTask, thisTask)).toBe('place');
    // The task never asks for a child certificate: that follows the place's work with children.
    expect(requirementOf('child', place, thisTask)).toBeUndefined();
    expect(certificateStates([], place, thisTask, today)).toEqual([
      { kind: 'criminalRecord', required: true, status: 'missing' },
    ]);
  });
});

describe('claims and concerns', () => {
  it('puts submitted claims first, then approved, each oldest first, then decided', () => {
    const rows = [
      expense('paid', { status: 'paid', decidedAt: 5 }),
      expense('approved', { status: 'approved', createdAt: 1 }),
      expense('late', { createdAt: 300 }),
      expense('rejected', { status: 'rejected', decidedAt: 9 }),
      expense('early', { status: 'submitted', createdAt: 200 }),
    ];
    expect(rows.sort(compareClaims).map((row) => row.id)).toEqual([
      'early',
      'late',
      'approved',
      'rejected',
      'paid',
    ]);
  });

  it('puts new concerns first, oldest waiting first', () => {
    const concern = (id: string, createdAt: number, status?: Concern['status']): Concern => ({
      ...meta,
      id,
      volunteerId: 'v1',
      institutionId: 'inst',
      createdAt,
      ...(status ? { status } : {}),
    });
    const rows = [
      concern('answered', 1, 'answered'),
      concern('newer', 20, 'new'),
      concern('older', 10),
    ];
    expect(rows.sort(compareConcerns).map((row) => row.id)).toEqual(['older', 'newer', 'answered']);
  });

  it('needs a reason to reject', () => {
    expect(validateRejectReason('   ')).toEqual({ ok: false, error: 'reasonRequired' });
    expect(validateRejectReason(' Ingen kvittering ')).toEqual({
      ok: true,
      value: 'Ingen kvittering',
    });
  });
});

describe('the volunteers overview', () => {
  it('sums progress, hours, open claims and new concerns per volunteer', () => {
    const institution: Institution = {
      ...meta,
      id: 'inst',
      name: 'Solhjem',
      requiresConfidentiality: true,
      worksWithChildren: true,
    };
    const volunteers = [
      { ...meta, id: 'v2', institutionId: 'inst', displayName: 'Åse', joinedAt: 1 },
      { ...meta, id: 'v1', institutionId: 'inst', displayName: 'Birthe', joinedAt: 2 },
    ];
    const hours = (month: string, minutes: number, volunteerId = 'v1') => ({
      ...meta,
      id: `${volunteerId}-${month}`,
      volunteerId,
      institutionId: 'inst',
      month,
      minutes,
      entries: 1,
    });
    const summaries = summarizeVolunteers(
      {
        institution,
        volunteers,
        introItems: [item('a', 0), item('b', 1)],
        progress: [progress('p1', 'a', { doneAt: 1 })],
        declarations: [
          { ...meta, id: 'd', volunteerId: 'v1', institutionId: 'inst', acceptedAt: 42 },
        ],
        certificates: [
          certificate('c', { status: 'approved', renewBy: '2026-01-01', volunteerId: 'v2' }),
        ],
        hours: [hours('2026-03', 120), hours('2026-02', 90), hours('2025-12', 600)],
        expenses: [expense('e1'), expense('e2', { status: 'paid' })],
        concerns: [{ ...meta, id: 'k', volunteerId: 'v2', institutionId: 'inst', createdAt: 1 }],
      },
      new Date(2026, 2, 10),
    );
    expect(summaries.map((s) => s.name)).toEqual(['Birthe', 'Åse']);
    expect(summaries[0]).toMatchObject({
      intro: { ticked: 1, confirmed: 0, total: 2, awaiting: 1 },
      declaration: { acceptedAt: 42 },
      certificates: [{ kind: 'child', status: 'missing' }],
      minutesThisMonth: 120,
      minutesLastMonth: 90,
      openClaims: 1,
      newConcerns: 0,
    });
    expect(summaries[1]).toMatchObject({
      declaration: {},
      certificates: [{ kind: 'child', status: 'approved', reminder: 'overdue' }],
      minutesThisMonth: 0,
      newConcerns: 1,
    });
    expect(attentionCounts(summaries)).toEqual({
      newConcerns: 1,
      openClaims: 1,
      certificateReminders: 1,
      toConfirm: 1,
    });
  });
});

describe('the institution info', () => {
  it('writes only the changed fields, trimmed', () => {
    const before = institutionInfo({ ...meta, id: 'i', name: 'S', contactName: 'Hanne' });
    const after = { ...before, contactPhone: ' 12345678 ', worksWithChildren: true };
    expect(changedInstitutionFields(before, after)).toEqual({
      ok: true,
      value: { contactPhone: '12345678', worksWithChildren: true },
    });
  });

  it('needs the confidentiality text when a declaration is required', () => {
    const before = institutionInfo(undefined);
    const after = { ...before, requiresConfidentiality: true };
    expect(changedInstitutionFields(before, after)).toEqual({
      ok: false,
      errors: { confidentialityText: 'textRequired' },
    });
  });

  it('adds activity types without blanks, repeats or CPR numbers', () => {
    expect(addActivityType(['Kortspil'], ' Banko ')).toEqual({
      ok: true,
      value: ['Kortspil', 'Banko'],
    });
    expect(addActivityType(['Kortspil'], 'kortspil')).toEqual({
      ok: false,
      error: 'typeDuplicate',
    });
    expect(addActivityType([], ' ')).toEqual({ ok: false, error: 'typeRequired' });
    expect(addActivityType([], 'Gåtur med 010190-1234')).toEqual({ ok: false, error: 'cpr' });
    const full = Array.from({ length: 30 }, (_, i) => `T${i}`);
    expect(addActivityType(full, 'Ny')).toEqual({ ok: false, error: 'typeTooMany' });
  });
});
