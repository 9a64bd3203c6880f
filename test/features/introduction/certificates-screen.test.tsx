import { screen, within } from '@testing-library/react';
import { parseIsoDate } from '@/lib/dates';
import { formatDate } from '@/lib/format';
import { freshDb } from '../../helpers/db';
import { renderApp } from '../../helpers/render-app';
import { expectNoAxeViolations } from '../../helpers/axe';
import {
  isoInDays,
  joinAsVolunteer,
  putCertificate,
  putInstitution,
  putRosterRow,
} from './fixtures';

async function setUp(fields: Parameters<typeof putInstitution>[1]) {
  const db = freshDb();
  await joinAsVolunteer(db);
  await putInstitution(db, fields);
  return db;
}

function certificateItem(name: string): HTMLElement {
  const item = screen.getByRole('heading', { level: 2, name }).closest('li');
  if (!item) throw new Error(`no list item for ${name}`);
  return item;
}

describe('certificates screen', () => {
  it('shows what the place requires and each status with its dates', async () => {
    const db = await setUp({ worksWithChildren: true, requiresCriminalRecord: true });
    await putCertificate(db, { kind: 'child', status: 'requested', requestedOn: '2026-11-03' });
    const { container } = await renderApp('/attester', { db });

    await screen.findByRole('heading', { level: 2, name: 'Børneattest' });
    const child = certificateItem('Børneattest');
    expect(within(child).getByText(/du er sammen med børn under 18/)).toBeInTheDocument();
    expect(within(child).getByText('Status: Bestilt – venter på svar')).toBeInTheDocument();
    expect(
      within(child).getByText(`Bestilt ${formatDate(parseIsoDate('2026-11-03'))}`),
    ).toBeInTheDocument();
    const record = certificateItem('Straffeattest');
    expect(within(record).getByText(/Ikke registreret endnu/)).toBeInTheDocument();
    expect(screen.getByText(/Selve attesten kommer aldrig i appen/)).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('asks for a criminal record certificate when the contact person marked the task, not the place', async () => {
    const db = await setUp({ worksWithChildren: true });
    await putRosterRow(db, { requiresCriminalRecord: true });
    const { container } = await renderApp('/attester', { db });

    await screen.findByRole('heading', { level: 2, name: 'Straffeattest' });
    const record = certificateItem('Straffeattest');
    expect(within(record).getByText('Din opgave kræver den.')).toBeInTheDocument();
    expect(within(record).getByText(/Ikke registreret endnu/)).toBeInTheDocument();
    expect(
      within(certificateItem('Børneattest')).getByText(/du er sammen med børn under 18/),
    ).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('leaves the criminal record certificate out once the mark is taken off', async () => {
    const db = await setUp({});
    await putRosterRow(db, { requiresCriminalRecord: false });
    await renderApp('/attester', { db });
    expect(await screen.findByText('Stedet kræver ingen attester af dig.')).toBeInTheDocument();
    expect(screen.queryByText('Straffeattest')).not.toBeInTheDocument();
  });

  it('reminds when renewal is due within 30 days', async () => {
    const db = await setUp({ worksWithChildren: true });
    const renewBy = isoInDays(10);
    await putCertificate(db, {
      kind: 'child',
      status: 'approved',
      decidedOn: isoInDays(-700),
      renewBy,
    });
    const { container } = await renderApp('/attester', { db });

    expect(
      await screen.findByText(
        `Husk at få den fornyet: fristen er ${formatDate(parseIsoDate(renewBy))}, om 10 dage.`,
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('Status: Godkendt')).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('says clearly when the renewal date has passed, and nothing when it is far off', async () => {
    const db = await setUp({ worksWithChildren: true, requiresCriminalRecord: true });
    await putCertificate(db, { kind: 'child', status: 'approved', renewBy: isoInDays(-1) });
    await putCertificate(db, {
      kind: 'criminalRecord',
      status: 'approved',
      renewBy: isoInDays(31),
    });
    await renderApp('/attester', { db });

    await screen.findByRole('heading', { level: 2, name: 'Børneattest' });
    expect(within(certificateItem('Børneattest')).getByText(/1 dag siden/)).toBeInTheDocument();
    expect(within(certificateItem('Straffeattest')).queryByText(/Husk/)).not.toBeInTheDocument();
  });

  it('says when nothing is required, and never shows another volunteer’s certificate', async () => {
    const db = await setUp({});
    await putCertificate(db, {
      kind: 'child',
      status: 'approved',
      volunteerId: '0190a0a0-0000-7000-8000-000000000001',
    });
    await renderApp('/attester', { db });
    expect(await screen.findByText('Stedet kræver ingen attester af dig.')).toBeInTheDocument();
    expect(screen.queryByText('Børneattest')).not.toBeInTheDocument();
  });
});
