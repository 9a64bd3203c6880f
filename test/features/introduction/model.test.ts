import type { Certificate, Declaration, Institution, IntroItem, IntroProgress } from '@/db/schema';
import {
  buildIntroSteps,
  certificateLines,
  countIntro,
  declarationState,
  institutionInfo,
  isMine,
  primaryProgressRow,
  renewalReminder,
  requiredCertificateKinds,
  telHref,
} from '@/features/introduction/model';
import { encodeHlc } from '@/lib/hlc';

const stamp = (millis: number) => encodeHlc({ millis, counter: 0, node: '00000000000000aa' });

function item(id: string, position: number): IntroItem {
  return { id, position, title: `Punkt ${id}`, institutionId: 'inst', _hlc: {} };
}

function progress(id: string, itemId: string, fields: Partial<IntroProgress> = {}): IntroProgress {
  return { id, itemId, institutionId: 'inst', _hlc: {}, ...fields };
}

function institution(fields: Partial<Institution> = {}): Institution {
  return { id: 'inst', name: 'Solhjem', _hlc: {}, ...fields };
}

describe('introduction progress', () => {
  it('orders items by position, then id, whatever order they arrive in', () => {
    const steps = buildIntroSteps([item('c', 20), item('b', 10), item('a', 20)], []);
    expect(steps.map((step) => step.item.id)).toEqual(['b', 'a', 'c']);
  });

  it('counts ticked and confirmed items: 5 of 8 gone through, 3 confirmed', () => {
    const items = ['1', '2', '3', '4', '5', '6', '7', '8'].map((id, i) => item(id, i));
    const rows = [
      progress('p1', '1', { doneAt: 10, confirmedAt: 20 }),
      progress('p2', '2', { doneAt: 10, confirmedAt: 20 }),
      progress('p3', '3', { doneAt: 10 }),
      progress('p4', '4', { doneAt: 10 }),
      // Confirmed by staff without a tick from the volunteer still counts as gone through.
      progress('p5', '5', { confirmedAt: 20 }),
      // A doneAt of 0 is no tick.
      progress('p6', '6', { doneAt: 0 }),
      // Progress for an item no longer on the list is ignored.
      progress('p9', 'gone', { doneAt: 10, confirmedAt: 20 }),
    ];
    expect(countIntro(buildIntroSteps(items, rows))).toEqual({
      total: 8,
      reviewed: 5,
      confirmed: 3,
    });
  });

  it('counts nothing on an empty checklist', () => {
    expect(countIntro(buildIntroSteps([], [progress('p', 'x', { doneAt: 1 })]))).toEqual({
      total: 0,
      reviewed: 0,
      confirmed: 0,
    });
  });

  it('reads duplicate progress rows from two phones together', () => {
    const [step] = buildIntroSteps(
      [item('1', 0)],
      [progress('p1', '1', { doneAt: 0 }), progress('p2', '1', { doneAt: 50, confirmedAt: 70 })],
    );
    expect(step).toMatchObject({ doneAt: 50, confirmedAt: 70 });
  });

  it('writes ticks to the confirmed row, else the oldest, so every phone picks the same', () => {
    const older = progress('0190-a', '1', { doneAt: 1 });
    const newer = progress('0190-b', '1', { doneAt: 1 });
    const confirmed = progress('0190-c', '1', { confirmedAt: 5 });
    expect(primaryProgressRow([newer, older])?.id).toBe('0190-a');
    expect(primaryProgressRow([newer, older, confirmed])?.id).toBe('0190-c');
    expect(primaryProgressRow([])).toBeUndefined();
  });

  it('keeps another volunteer’s rows out, but not rows written before the id was known', () => {
    expect(isMine({ volunteerId: 'me' }, 'me')).toBe(true);
    expect(isMine({ volunteerId: 'other' }, 'me')).toBe(false);
    expect(isMine({}, 'me')).toBe(true);
    expect(isMine({ volunteerId: 'other' }, undefined)).toBe(true);
  });
});

describe('confidentiality declaration', () => {
  const required = institution({
    requiresConfidentiality: true,
    confidentialityText: '  Det du hører, bliver her.  ',
    _hlc: { confidentialityText: stamp(1_000) },
  });
  const declaration = (acceptedAt: number, clock: number): Declaration => ({
    id: 'd',
    volunteerId: 'me',
    institutionId: 'inst',
    acceptedAt,
    _hlc: { acceptedAt: stamp(clock) },
  });

  it('is not asked for unless the institution requires it', () => {
    expect(declarationState(institution(), undefined)).toEqual({ kind: 'notRequired' });
    expect(declarationState(undefined, undefined)).toEqual({ kind: 'notRequired' });
  });

  it('cannot be accepted before the contact person has added a text', () => {
    const noText = institution({ requiresConfidentiality: true, confidentialityText: '  ' });
    expect(declarationState(noText, undefined)).toEqual({ kind: 'noText' });
  });

  it('waits for acceptance, then shows when it was accepted', () => {
    expect(declarationState(required, undefined)).toEqual({
      kind: 'pending',
      text: 'Det du hører, bliver her.',
    });
    expect(declarationState(required, declaration(5_000, 5_000))).toMatchObject({
      kind: 'accepted',
      acceptedAt: 5_000,
    });
  });

  it('asks again when the text was edited after the acceptance', () => {
    const edited = { ...required, _hlc: { confidentialityText: stamp(9_000) } };
    expect(declarationState(edited, declaration(5_000, 5_000))).toMatchObject({
      kind: 'changed',
      acceptedAt: 5_000,
    });
  });
});

describe('certificates', () => {
  it('requires what the institution says: a child certificate when it works with children', () => {
    expect(requiredCertificateKinds(institution(), undefined)).toEqual([]);
    expect(requiredCertificateKinds(institution({ worksWithChildren: true }), undefined)).toEqual([
      'child',
    ]);
    expect(
      requiredCertificateKinds(
        institution({ worksWithChildren: true, requiresCriminalRecord: true }),
        undefined,
      ),
    ).toEqual(['criminalRecord', 'child']);
  });

  it('requires a criminal record certificate when the volunteer’s task needs one, though the place does not', () => {
    const task = { requiresCriminalRecord: true };
    expect(requiredCertificateKinds(institution(), task)).toEqual(['criminalRecord']);
    expect(requiredCertificateKinds(institution(), { requiresCriminalRecord: false })).toEqual([]);
    expect(requiredCertificateKinds(institution({ worksWithChildren: true }), task)).toEqual([
      'criminalRecord',
      'child',
    ]);
    expect(certificateLines(institution(), task, [], '2026-11-23')).toEqual([
      { kind: 'criminalRecord', required: true, forTask: true, renewal: { kind: 'none' } },
    ]);
    // Where the place asks it of every task, the line says so, whatever the task.
    expect(
      certificateLines(institution({ requiresCriminalRecord: true }), task, [], '2026-11-23'),
    ).toEqual([{ kind: 'criminalRecord', required: true, renewal: { kind: 'none' } }]);
  });

  const approved = (renewBy: string) => ({ status: 'approved' as const, renewBy });

  it('reminds from 30 days before renewBy, also when the window spans February', () => {
    // 2027 is no leap year: 31 January + 30 days is 2 March.
    expect(renewalReminder(approved('2027-03-02'), '2027-01-31')).toEqual({
      kind: 'soon',
      days: 30,
    });
    expect(renewalReminder(approved('2027-03-03'), '2027-01-31')).toEqual({ kind: 'none' });
    // 2028 is: 31 January + 30 days is 1 March.
    expect(renewalReminder(approved('2028-03-01'), '2028-01-31')).toEqual({
      kind: 'soon',
      days: 30,
    });
    expect(renewalReminder(approved('2028-03-02'), '2028-01-31')).toEqual({ kind: 'none' });
  });

  it('says "today" on the day and overdue from the day after', () => {
    expect(renewalReminder(approved('2027-04-30'), '2027-04-30')).toEqual({
      kind: 'soon',
      days: 0,
    });
    expect(renewalReminder(approved('2027-04-30'), '2027-05-01')).toEqual({
      kind: 'overdue',
      days: 1,
    });
    expect(renewalReminder(approved('2027-02-28'), '2027-03-31')).toEqual({
      kind: 'overdue',
      days: 31,
    });
  });

  it('gives no reminder without a date or for a certificate that was not approved', () => {
    expect(renewalReminder(undefined, '2027-01-01')).toEqual({ kind: 'none' });
    expect(renewalReminder({ status: 'approved' }, '2027-01-01')).toEqual({ kind: 'none' });
    expect(renewalReminder({ status: 'notApproved', renewBy: '2027-01-02' }, '2027-01-01')).toEqual(
      { kind: 'none' },
    );
  });

  it('lists required kinds and recorded ones, each with its newest certificate', () => {
    const cert = (id: string, fields: Partial<Certificate>): Certificate => ({
      id,
      volunteerId: 'me',
      kind: 'child',
      status: 'requested',
      _hlc: {},
      ...fields,
    });
    const lines = certificateLines(
      institution({ worksWithChildren: true }),
      undefined,
      [
        cert('a', { requestedOn: '2026-01-05', decidedOn: '2026-01-20' }),
        cert('b', { requestedOn: '2026-11-01', status: 'requested' }),
        cert('c', { kind: 'criminalRecord', status: 'approved', decidedOn: '2026-02-01' }),
      ],
      '2026-11-23',
    );
    expect(lines.map((line) => [line.kind, line.required, line.certificate?.id])).toEqual([
      ['criminalRecord', false, 'c'],
      ['child', true, 'b'],
    ]);
    expect(
      certificateLines(institution({ requiresCriminalRecord: true }), undefined, [], '2026-11-23'),
    ).toEqual([{ kind: 'criminalRecord', required: true, renewal: { kind: 'none' } }]);
  });
});

describe('institution info', () => {
  it('leaves out empty and blank fields and trims the rest', () => {
    expect(
      institutionInfo(
        institution({
          contactName: ' Hanne ',
          contactPhone: '',
          insurance: '  ',
          emergency: 'Ring 112',
        }),
      ),
    ).toEqual({ name: 'Solhjem', contactName: 'Hanne', emergency: 'Ring 112' });
    expect(institutionInfo(undefined)).toEqual({});
  });

  it('makes a tel: address from a number as people write it', () => {
    expect(telHref('12 34 56 78')).toBe('tel:12345678');
    expect(telHref('+45 12 34 56 78')).toBe('tel:+4512345678');
    expect(telHref('0045 12345678')).toBe('tel:+4512345678');
    expect(telHref('ring på kontoret')).toBeUndefined();
  });
});
