import { screen } from '@testing-library/react';
import { freshDb } from '../../helpers/db';
import { renderApp } from '../../helpers/render-app';
import { expectNoAxeViolations } from '../../helpers/axe';
import { joinAsVolunteer, putInstitution } from './fixtures';

describe('practical info screen', () => {
  it('shows the contact person with a call link, emergency, agreements and insurance', async () => {
    const db = freshDb();
    await joinAsVolunteer(db);
    await putInstitution(db, {
      contactName: 'Hanne',
      contactPhone: '+45 12 34 56 78',
      emergency: 'Tryk på alarmen og hent personalet.',
      agreements: 'Vi drikker kaffe i dagligstuen kl. 14.',
      insurance: 'Kommunens ulykkesforsikring dækker dig.',
    });
    const { container } = await renderApp('/praktisk-info', { db });

    const call = await screen.findByRole('link', { name: 'Ring til Hanne' });
    expect(call).toHaveAttribute('href', 'tel:+4512345678');
    expect(screen.getByText('Telefon: +45 12 34 56 78')).toBeInTheDocument();
    for (const heading of [
      'Din kontaktperson',
      'Hvis der sker noget akut',
      'Aftaler for frivillige her',
      'Forsikring',
    ]) {
      expect(screen.getByRole('heading', { level: 2, name: heading })).toBeInTheDocument();
    }
    expect(screen.getByText('Tryk på alarmen og hent personalet.')).toBeInTheDocument();
    expect(screen.getByText('Solhjem Plejecenter')).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('leaves out what the contact person has not filled in', async () => {
    const db = freshDb();
    await joinAsVolunteer(db);
    await putInstitution(db, { emergency: 'Ring 112.', insurance: '   ', contactName: '' });
    await renderApp('/praktisk-info', { db });

    expect(await screen.findByText('Ring 112.')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Din kontaktperson' })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Forsikring' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /Ring til/ })).not.toBeInTheDocument();
  });

  it('says so when nothing has been written yet', async () => {
    const db = freshDb();
    await joinAsVolunteer(db);
    await putInstitution(db, {});
    const { container } = await renderApp('/praktisk-info', { db });
    expect(await screen.findByText(/har ikke skrevet praktisk info ind endnu/)).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('explains that the info comes with the next sync when the row is not here yet', async () => {
    const db = freshDb();
    await joinAsVolunteer(db);
    await renderApp('/praktisk-info', { db });
    expect(await screen.findByText(/ikke hentet endnu/)).toBeInTheDocument();
  });

  it('offers a plain call link without a name', async () => {
    const db = freshDb();
    await joinAsVolunteer(db);
    await putInstitution(db, { contactPhone: '12 34 56 78' });
    await renderApp('/praktisk-info', { db });
    expect(await screen.findByRole('link', { name: 'Ring til kontaktpersonen' })).toHaveAttribute(
      'href',
      'tel:12345678',
    );
  });
});
