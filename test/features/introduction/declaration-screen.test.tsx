import { screen } from '@testing-library/react';
import { formatDate } from '@/lib/format';
import { freshDb } from '../../helpers/db';
import { renderApp } from '../../helpers/render-app';
import { expectNoAxeViolations } from '../../helpers/axe';
import { INSTITUTION_ID, joinAsVolunteer, putInstitution, VOLUNTEER_ID } from './fixtures';

const TEXT = 'Det, du ser og hører om beboerne, fortæller du ikke videre.';

async function setUp(fields: Parameters<typeof putInstitution>[1]) {
  const db = freshDb();
  await joinAsVolunteer(db);
  await putInstitution(db, fields);
  return db;
}

describe('confidentiality declaration screen', () => {
  it('shows the text, records the acceptance and then its date', async () => {
    const db = await setUp({ requiresConfidentiality: true, confidentialityText: TEXT });
    const { user, container } = await renderApp('/tavshedspligt', { db });

    expect(await screen.findByText(TEXT)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Stedets tekst' })).toBeInTheDocument();
    expect(
      screen.getByText(/erklæring, du skriver under på papir, der gælder/),
    ).toBeInTheDocument();
    await expectNoAxeViolations(container);

    await user.click(
      screen.getByRole('button', { name: 'Jeg har læst teksten og siger ja til den' }),
    );

    expect(await screen.findByText('Tak. Dit ja er gemt på telefonen.')).toBeInTheDocument();
    expect(
      await screen.findByText(`Du sagde ja til teksten ${formatDate(Date.now())}.`),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /siger ja/ })).not.toBeInTheDocument();
    const rows = await db.declarations.toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      volunteerId: VOLUNTEER_ID,
      institutionId: INSTITUTION_ID,
      acceptedAt: expect.any(Number) as number,
    });
    expect(await db.outbox.where('table').equals('declarations').count()).toBe(1);
    await expectNoAxeViolations(container);
  });

  it('asks again on the same row when the contact person changes the text', async () => {
    const db = await setUp({ requiresConfidentiality: true, confidentialityText: TEXT });
    const { user } = await renderApp('/tavshedspligt', { db });
    await user.click(await screen.findByRole('button', { name: /siger ja til den/ }));
    await screen.findByText(/Du sagde ja til teksten/);

    // The contact person edits the text later; it arrives with a newer clock.
    await putInstitution(
      db,
      { requiresConfidentiality: true, confidentialityText: `${TEXT} Heller ikke hjemme.` },
      Date.now() + 60_000,
    );

    expect(await screen.findByText(/Teksten er blevet ændret/)).toBeInTheDocument();
    await user.click(
      screen.getByRole('button', { name: 'Jeg har læst den nye tekst og siger ja til den' }),
    );
    await vi.waitFor(() =>
      expect(screen.queryByText(/Teksten er blevet ændret/)).not.toBeInTheDocument(),
    );
    expect(await db.declarations.count()).toBe(1);
    expect(await db.outbox.where('table').equals('declarations').count()).toBe(2);
  });

  it('says nothing needs signing when the place does not ask for it', async () => {
    const db = await setUp({ requiresConfidentiality: false, confidentialityText: TEXT });
    const { container } = await renderApp('/tavshedspligt', { db });
    expect(await screen.findByText(/har ikke bedt dig skrive under/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /siger ja/ })).not.toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('offers nothing to accept until the text is there', async () => {
    const db = await setUp({ requiresConfidentiality: true });
    await renderApp('/tavshedspligt', { db });
    expect(await screen.findByText(/teksten er ikke lagt ind endnu/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /siger ja/ })).not.toBeInTheDocument();
  });
});
