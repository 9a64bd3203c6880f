import { screen } from '@testing-library/react';
import { renderApp } from '../../helpers/render-app';
import { freshDb } from '../../helpers/db';
import { expectNoAxeViolations } from '../../helpers/axe';
import { joinAsVolunteer, SOLHJEM_CONTACT } from '../../helpers/volunteer';

describe('accessibility of the concern screen (axe)', () => {
  it('has no violations before sending, with errors, and after sending', async () => {
    const db = freshDb();
    await joinAsVolunteer(db, { institution: SOLHJEM_CONTACT });
    const { user } = await renderApp('/bekymring', { db });
    await screen.findByRole('radio', { name: 'I dag' }, { timeout: 5000 });
    await expectNoAxeViolations();

    await user.click(screen.getByRole('radio', { name: 'Skriv selv' }));
    await user.click(screen.getByRole('button', { name: 'Send til kontaktpersonen' }));
    await screen.findByText('Skriv hvornår det passer dig.');
    await expectNoAxeViolations();

    await user.type(screen.getByRole('textbox', { name: /Hvornår passer/ }), 'efter kl. 15');
    await user.click(screen.getByRole('button', { name: 'Send til kontaktpersonen' }));
    await screen.findByText('Venter på forbindelse …');
    await expectNoAxeViolations();
  });

  it('has no violations on a phone that has not joined', async () => {
    await renderApp('/bekymring', { role: 'volunteer' });
    await screen.findByText(/ikke forbundet med et sted endnu/, {}, { timeout: 5000 });
    await expectNoAxeViolations();
  });
});
