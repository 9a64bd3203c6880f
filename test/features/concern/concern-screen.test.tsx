import { screen } from '@testing-library/react';
import { formatDate } from '@/lib/format';
import { renderApp } from '../../helpers/render-app';
import { freshDb } from '../../helpers/db';
import { joinAsVolunteer, SOLHJEM_CONTACT } from '../../helpers/volunteer';

async function openConcern(
  contact: { contactName?: string; contactPhone?: string } = SOLHJEM_CONTACT,
) {
  const db = freshDb();
  const ids = await joinAsVolunteer(db, { institution: contact });
  const app = await renderApp('/bekymring', { db });
  await screen.findByRole(
    'heading',
    { level: 1, name: 'Bekymret for en borger?' },
    { timeout: 5000 },
  );
  return { ...app, ...ids };
}

describe('concern screen', () => {
  it('is reached from the volunteer’s home by a clearly marked button', async () => {
    const db = freshDb();
    await joinAsVolunteer(db, { institution: SOLHJEM_CONTACT });
    const { user } = await renderApp('/', { db });
    await user.click(
      await screen.findByRole('link', { name: 'Jeg er bekymret for en borger' }, { timeout: 5000 }),
    );
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Bekymret for en borger?' }),
    ).toBeInTheDocument();
  });

  it('explains the duty to tell staff the same day, and that the volunteer is not alone', async () => {
    await openConcern();
    expect(
      screen.getByText(/sige det til personalet på stedet. Gør det samme dag/),
    ).toBeInTheDocument();
    expect(screen.getByText(/Du står ikke alene med det/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Ring 112' })).toHaveAttribute('href', 'tel:112');
  });

  it('offers to call the contact person now', async () => {
    await openConcern();
    expect(
      await screen.findByRole('link', { name: 'Ring til Hanne (+45 12 34 56 78)' }),
    ).toHaveAttribute('href', 'tel:+4512345678');
    expect(screen.getByText('Sendes til Hanne, Solhjem Plejecenter')).toBeInTheDocument();
  });

  it('says so when the contact person’s number is not known', async () => {
    await openConcern({ contactName: 'Hanne' });
    expect(await screen.findByText(/har ikke kontaktpersonens telefonnummer/)).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /^Ring til/ })).not.toBeInTheDocument();
  });

  it('writes the request with the right fields and says it goes at the next connection', async () => {
    const { user, db, volunteerId, institutionId } = await openConcern();
    const before = Date.now();

    await user.click(await screen.findByRole('radio', { name: 'I morgen' }));
    await user.type(screen.getByRole('textbox', { name: /Kort besked/ }), 'Ring på 87654321');
    await user.click(screen.getByRole('button', { name: 'Send til kontaktpersonen' }));

    expect(await screen.findByText('Din besked er gemt')).toBeInTheDocument();
    expect(
      screen.getByText(/sendes til din kontaktperson ved næste forbindelse/),
    ).toBeInTheDocument();
    expect(screen.getByText('Venter på forbindelse …')).toBeInTheDocument();

    const rows = await db.concerns.toArray();
    expect(rows).toHaveLength(1);
    const tomorrow = new Date();
    tomorrow.setDate(tomorrow.getDate() + 1);
    expect(rows[0]).toMatchObject({
      volunteerId,
      institutionId,
      preferredTime: `I morgen (${formatDate(tomorrow)})`,
      message: 'Ring på 87654321',
    });
    expect(rows[0]?.createdAt).toBeGreaterThanOrEqual(before);
    // Status and answer time are the contact person's to write.
    expect(rows[0]).not.toHaveProperty('status');
    const entry = (await db.outbox.toArray()).find((e) => e.table === 'concerns');
    expect(Object.keys(entry?.fields ?? {}).sort()).toEqual(
      ['createdAt', 'institutionId', 'message', 'preferredTime', 'volunteerId'].sort(),
    );
  });

  it('shows "sent" once the sync engine has delivered the request and removed it', async () => {
    const { user, db } = await openConcern();
    await user.click(await screen.findByRole('radio', { name: 'Ring mig op' }));
    await user.click(screen.getByRole('button', { name: 'Send til kontaktpersonen' }));
    await screen.findByText('Venter på forbindelse …');
    const [row] = await db.concerns.toArray();
    expect(row?.preferredTime).toBe('Ring mig op, når du kan');
    expect(row).not.toHaveProperty('message');

    // What the sync engine does after the server's acknowledgement (SEND_ONLY_TABLES).
    await db.concerns.clear();

    expect(
      await screen.findByText('Sendt. Beskeden er ikke længere på telefonen.'),
    ).toBeInTheDocument();
    expect(screen.queryByText(/Ring mig op, når du kan/)).not.toBeInTheDocument();
  });

  it('never lists old requests, only how many still wait', async () => {
    const first = await openConcern();
    await first.user.click(await screen.findByRole('radio', { name: 'I dag' }));
    await first.user.click(screen.getByRole('button', { name: 'Send til kontaktpersonen' }));
    await screen.findByText('Venter på forbindelse …');
    first.unmount();

    await renderApp('/bekymring', { db: first.db });
    expect(
      await screen.findByText(/1 besked venter på forbindelse/, {}, { timeout: 5000 }),
    ).toBeInTheDocument();
    expect(screen.queryByText(/I dag \(/)).not.toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'I dag' })).not.toBeChecked();
  });

  it('blocks a CPR number in the message and keeps what was typed', async () => {
    const { user, db } = await openConcern();
    await user.click(await screen.findByRole('radio', { name: 'Skriv selv' }));
    await user.type(
      screen.getByRole('textbox', { name: /Hvornår passer det dig/ }),
      'efter kl. 15',
    );
    const message = screen.getByRole('textbox', { name: /Kort besked/ });
    await user.type(message, 'Det handler om 120345-6789');
    await user.click(screen.getByRole('button', { name: 'Send til kontaktpersonen' }));

    expect(await screen.findByText(/Det ligner et CPR-nummer/)).toBeInTheDocument();
    expect(message).toHaveValue('Det handler om 120345-6789');
    expect(message).toHaveAccessibleDescription(/Skriv ikke borgerens navn/);
    expect(await db.concerns.count()).toBe(0);
    expect((await db.outbox.toArray()).some((e) => e.table === 'concerns')).toBe(false);
  });

  it('asks for a time before sending', async () => {
    const { user, db } = await openConcern();
    await user.click(await screen.findByRole('button', { name: 'Send til kontaktpersonen' }));
    expect(await screen.findByText('Vælg hvornår det passer dig.')).toBeInTheDocument();
    expect(await db.concerns.count()).toBe(0);
  });

  it('explains that nothing can be sent from a phone that has not joined', async () => {
    const { db } = await renderApp('/bekymring', { role: 'volunteer' });
    expect(
      await screen.findByText(/ikke forbundet med et sted endnu/, {}, { timeout: 5000 }),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Send til kontaktpersonen' }),
    ).not.toBeInTheDocument();
    expect(await db.concerns.count()).toBe(0);
  });
});
