import { screen, within } from '@testing-library/react';
import { freshDb } from '../../helpers/db';
import { renderApp } from '../../helpers/render-app';
import { expectNoAxeViolations } from '../../helpers/axe';
import {
  joinAsVolunteer,
  putCertificate,
  putInstitution,
  putIntroItems,
  putProgress,
  putRosterRow,
} from './fixtures';

describe('introduction card on the volunteer’s home', () => {
  it('sums up the introduction, the declaration and the certificates, and links to them', async () => {
    const db = freshDb();
    await joinAsVolunteer(db, 'Omar');
    await putInstitution(db, {
      requiresConfidentiality: true,
      confidentialityText: 'Det bliver her.',
      worksWithChildren: true,
    });
    const items = await putIntroItems(db, ['Rundvisning', 'Kontaktperson', 'Forsikring']);
    await putProgress(db, { itemId: items[0]!.id, doneAt: 1_000, confirmedAt: 2_000 });
    await putProgress(db, { itemId: items[1]!.id, doneAt: 1_000 });
    await putCertificate(db, { kind: 'child', status: 'requested', requestedOn: '2026-11-03' });
    const { user, container } = await renderApp('/', { db });

    const card = await screen.findByRole('region', { name: 'Introduktion og praktisk info' });
    const intro = await within(card).findByRole('link', {
      name: 'Introduktion 2 af 3 gennemgået, 1 bekræftet',
    });
    expect(within(card).getByRole('link', { name: /^Tavshedspligt/ })).toHaveTextContent(
      'Mangler: læs teksten og sig ja',
    );
    expect(within(card).getByRole('link', { name: /^Attester/ })).toHaveTextContent(
      'Børneattest: bestilt',
    );
    expect(within(card).getByRole('link', { name: /^Praktisk info/ })).toBeInTheDocument();
    await expectNoAxeViolations(container);

    await user.click(intro);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Din introduktion' }),
    ).toBeInTheDocument();
  });

  it('leaves out the declaration and certificates when the place asks for neither', async () => {
    const db = freshDb();
    await joinAsVolunteer(db);
    await putInstitution(db, {});
    await renderApp('/', { db });

    const card = await screen.findByRole('region', { name: 'Introduktion og praktisk info' });
    expect(within(card).getByRole('link', { name: /^Introduktion/ })).toHaveTextContent(
      'Listen er ikke klar endnu',
    );
    expect(within(card).queryByRole('link', { name: /Tavshedspligt/ })).not.toBeInTheDocument();
    expect(within(card).queryByRole('link', { name: /Attester/ })).not.toBeInTheDocument();
  });

  it('lists the criminal record certificate when the volunteer’s task needs one', async () => {
    const db = freshDb();
    await joinAsVolunteer(db);
    await putInstitution(db, {});
    await putRosterRow(db, { requiresCriminalRecord: true });
    await renderApp('/', { db });

    const card = await screen.findByRole('region', { name: 'Introduktion og praktisk info' });
    expect(await within(card).findByRole('link', { name: /^Attester/ })).toHaveTextContent(
      /Straffeattest/,
    );
  });
});
