import { screen, within } from '@testing-library/react';
import { startTimer } from '@/features/volunteer/data/timer';
import { localTime } from '@/features/volunteer/model';
import { todayIso } from '@/lib/dates';
import { freshDb } from '../../helpers/db';
import { openAsVolunteer, seedActivity, SLOW } from './helpers';

vi.setConfig({ testTimeout: 30_000 });

const minute = 60_000;

/** `14:05` as Danish readers see it: `14.05`. */
const danish = (hhmm: string) => hhmm.replace(':', '.');

describe('times shown to the volunteer', () => {
  it('writes an activity’s start time the Danish way in the list', async () => {
    const db = freshDb();
    await seedActivity(db, {
      date: todayIso(),
      durationMinutes: 60,
      activityType: 'walk',
      startTime: '14:30',
    });
    await openAsVolunteer('/', 'Seneste aktiviteter', db);
    const recent = screen.getByRole('region', { name: 'Seneste aktiviteter' });
    expect(await within(recent).findByText(/kl\. 14\.30/)).toBeInTheDocument();
    expect(within(recent).queryByText(/14:30/)).not.toBeInTheDocument();
  });

  it('writes the timer’s times the Danish way, and keeps HH:MM in the time field', async () => {
    const db = freshDb();
    const startedAt = Date.now() - 65 * minute;
    await startTimer(db, startedAt);
    const { user } = await openAsVolunteer('/', 'Tidtager', db);
    expect(await screen.findByRole('timer', {}, SLOW)).toHaveTextContent(
      `I gang siden kl. ${danish(localTime(startedAt))} ·`,
    );

    await user.click(screen.getByRole('button', { name: 'Stop' }));
    const stopped = await screen.findByText(/Du var her fra kl\./);
    expect(stopped).toHaveTextContent(`fra kl. ${danish(localTime(startedAt))} til`);
    expect(stopped).not.toHaveTextContent(/\d\d:\d\d/);
    expect(screen.getByLabelText('Start')).toHaveValue(localTime(startedAt));
  });
});
