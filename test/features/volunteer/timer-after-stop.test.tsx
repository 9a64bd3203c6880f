import { screen, within } from '@testing-library/react';
import { startTimer } from '@/features/volunteer/data/timer';
import { freshDb } from '../../helpers/db';
import { openAsVolunteer, SLOW } from './helpers';

vi.setConfig({ testTimeout: 30_000 });

const minute = 60_000;

describe('after Stop', () => {
  it('says that the time was rounded to the nearest 5 minutes', async () => {
    const db = freshDb();
    await startTimer(db, Date.now() - 63 * minute);
    const { user } = await openAsVolunteer('/', 'Tidtager', db);
    expect(screen.queryByText('Tiden er rundet til nærmeste 5 minutter.')).not.toBeInTheDocument();

    await user.click(await screen.findByRole('button', { name: 'Stop' }, SLOW));
    await screen.findByText(/Du var her fra kl\./);
    const duration = screen.getByRole('group', { name: 'Hvor længe?' });
    expect(within(duration).getByRole('radio', { name: '1 t. 5 min.' })).toBeChecked();
    expect(duration).toHaveAccessibleDescription('Tiden er rundet til nærmeste 5 minutter.');

    // Once the volunteer chooses another duration, the rounding no longer applies.
    await user.click(within(duration).getByRole('radio', { name: '2 t.' }));
    expect(screen.queryByText('Tiden er rundet til nærmeste 5 minutter.')).not.toBeInTheDocument();
  });

  it('no longer shows “Gemt” from the previous save once the timer fills in a new entry', async () => {
    const { user } = await openAsVolunteer('/', 'Tidtager');
    await user.click(screen.getByRole('radio', { name: 'Gåtur' }));
    await user.click(screen.getByRole('radio', { name: '1 t.' }));
    await user.click(screen.getByRole('button', { name: 'Gem aktivitet' }));
    expect(await screen.findByText('Gemt på telefonen.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Start' }));
    await user.click(await screen.findByRole('button', { name: 'Stop' }));
    await screen.findByText(/Du var her fra kl\./);
    expect(screen.queryByText('Gemt på telefonen.')).not.toBeInTheDocument();
  });
});
