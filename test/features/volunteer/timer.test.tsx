import { screen } from '@testing-library/react';
import { readTimer, startTimer } from '@/features/volunteer/data/timer';
import { localTime } from '@/features/volunteer/model';
import { todayIso } from '@/lib/dates';
import { freshDb } from '../../helpers/db';
import { renderApp } from '../../helpers/render-app';
import { openAsVolunteer, SLOW } from './helpers';

vi.setConfig({ testTimeout: 30_000 });

const minute = 60_000;

describe('the arrival timer', () => {
  it('starts with one tap and is stored at once', async () => {
    const { user, db } = await openAsVolunteer('/', 'Tidtager');
    await user.click(screen.getByRole('button', { name: 'Start' }));
    expect(await screen.findByRole('timer')).toHaveTextContent(
      /I gang siden kl\. \d\d\.\d\d · 0 min\./,
    );
    expect(await readTimer(db)).toMatchObject({ kind: 'running' });
    expect(screen.getByRole('button', { name: 'Stop' })).toBeInTheDocument();
  });

  it('keeps running when the app is closed and opened again', async () => {
    const db = freshDb();
    const startedAt = Date.now() - 65 * minute - 10_000;
    await startTimer(db, startedAt);
    const first = await openAsVolunteer('/', 'Tidtager', db);
    expect(await screen.findByRole('timer')).toHaveTextContent(
      `I gang siden kl. ${localTime(startedAt).replace(':', '.')} · 1 t. 5 min.`,
    );
    first.unmount();

    await renderApp('/', { db });
    expect(await screen.findByRole('timer', {}, SLOW)).toHaveTextContent('1 t. 5 min.');
  });

  it('fills in date, start time and duration when stopped, and is forgotten once saved', async () => {
    const db = freshDb();
    const startedAt = Date.now() - 65 * minute - 10_000;
    await startTimer(db, startedAt);
    const { user } = await openAsVolunteer('/', 'Tidtager', db);

    await user.click(await screen.findByRole('button', { name: 'Stop' }));
    expect(
      await screen.findByText(/Dato, start og tid er udfyldt fra tidtageren/),
    ).toBeInTheDocument();
    expect(screen.getByText(/Du var her fra kl\./)).toHaveTextContent('(1 t. 5 min.)');
    expect(screen.getByRole('radio', { name: '1 t. 5 min.' })).toBeChecked();
    expect(screen.getByLabelText('Start')).toHaveValue(localTime(startedAt));
    expect(await readTimer(db)).toMatchObject({ kind: 'stopped' });

    await user.click(screen.getByRole('radio', { name: 'Kaffe og snak' }));
    await user.click(screen.getByRole('button', { name: 'Gem aktivitet' }));
    await screen.findByText('Gemt på telefonen.');

    expect((await db.activities.toArray())[0]).toMatchObject({
      activityType: 'coffee',
      durationMinutes: 65,
      startTime: localTime(startedAt),
      date: todayIso(new Date(startedAt)),
    });
    expect(await readTimer(db)).toEqual({ kind: 'idle' });
    expect(await screen.findByRole('button', { name: 'Start' })).toBeInTheDocument();
  });

  it('keeps a stopped time across a restart until it is saved or discarded', async () => {
    const { user, db, unmount } = await openAsVolunteer('/', 'Tidtager');
    await user.click(screen.getByRole('button', { name: 'Start' }));
    await user.click(await screen.findByRole('button', { name: 'Stop' }));
    await screen.findByText(/Du var her fra kl\./);
    unmount();

    await renderApp('/', { db });
    expect(await screen.findByText(/Du var her fra kl\./, {}, SLOW)).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: '5 min.' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Kassér tiden' }));
    expect(await screen.findByRole('button', { name: 'Start' })).toBeInTheDocument();
    expect(await readTimer(db)).toEqual({ kind: 'idle' });
    expect(await db.activities.count()).toBe(0);
  });
});
