import { screen } from '@testing-library/react';
import { renderApp } from '../../helpers/render-app';
import { SLOW, seedInstitution } from './helpers';

vi.setConfig({ testTimeout: 30_000 });

// The place's own activity types arrive with the first sync, often while the volunteer is already
// on the form. A chip must never turn into another type under the finger.
const PLACE_TYPES = ['Højtlæsning', 'Gåtur', 'Kaffe og snak', 'Spil', 'Musik og sang'];

describe('activity types that change while the form is open', () => {
  it('keeps each chip the type it showed, and the choice made before the change', async () => {
    const { user, db } = await renderApp('/', { role: 'volunteer' });
    const reading = await screen.findByRole('radio', { name: 'Højtlæsning' }, SLOW);
    await user.click(reading);

    await seedInstitution(db, 'Solhjem Plejecenter', PLACE_TYPES);
    await screen.findByRole('radio', { name: 'Spil' }, SLOW);

    // The old chip is gone or still Højtlæsning; it did not become the place's fourth type.
    const label = (reading as HTMLInputElement).labels?.[0]?.textContent;
    expect(reading.isConnected ? label : 'Højtlæsning').toBe('Højtlæsning');
    expect(screen.getByRole('radio', { name: 'Højtlæsning' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Spil' })).not.toBeChecked();

    await user.click(screen.getByRole('radio', { name: '1 t.' }));
    await user.click(screen.getByRole('button', { name: 'Gem aktivitet' }));
    await screen.findByText('Gemt på telefonen.');
    const [activity] = await db.activities.toArray();
    expect(activity?.activityType).toBe('reading');
  });
});
