import { screen } from '@testing-library/react';
import { startTimer } from '@/features/volunteer/data/timer';
import { ERROR_TEXT } from '@/features/volunteer/components/error-text';
import { SCALES } from '@/features/volunteer/model';
import { resources } from '@/i18n/catalogues';
import { todayIso } from '@/lib/dates';
import { freshDb } from '../../helpers/db';
import { openAsVolunteer, seedActivity, seedInstitution } from './helpers';
import { expectNoAxeViolations } from '../../helpers/axe';

vi.setConfig({ testTimeout: 30_000 });

async function withHistory() {
  const db = freshDb();
  const place = await seedInstitution(db, 'Solhjem Plejecenter');
  await seedInstitution(db, 'Café Varmestuen');
  const activity = await seedActivity(db, {
    date: todayIso(),
    durationMinutes: 120,
    activityType: 'cards',
    institutionId: place.id,
    participants: 5,
    startTime: '13:00',
  });
  return { db, activity };
}

describe('accessibility of the volunteer screens (axe)', () => {
  it('home with a running timer, repeat buttons and form errors', async () => {
    const { db } = await withHistory();
    await startTimer(db, Date.now() - 30 * 60_000);
    const { user } = await openAsVolunteer('/', 'Gør det igen', db);
    await screen.findByRole('timer');
    await user.click(screen.getByRole('button', { name: 'Gem aktivitet' }));
    await screen.findByText('Vælg eller skriv en aktivitet.');
    await expectNoAxeViolations();
  });

  it('edit screen with the delete question open', async () => {
    const { db, activity } = await withHistory();
    const { user } = await openAsVolunteer(`/aktiviteter/${activity.id}`, 'Ret aktivitet', db);
    await user.click(await screen.findByRole('button', { name: 'Slet aktivitet' }));
    await expectNoAxeViolations();
  });

  it('overview and statement', async () => {
    const { db } = await withHistory();
    const app = await openAsVolunteer('/oversigt', 'Dine timer', db);
    await screen.findByRole('table', { name: 'Pr. sted' });
    await expectNoAxeViolations();
    app.unmount();

    await openAsVolunteer('/oversigt/udtalelse', 'Udtalelse om frivilligt arbejde', db);
    await screen.findByRole('table', { name: 'Timer pr. måned' });
    await expectNoAxeViolations();
  });
});

describe('texts built at run time', () => {
  type Catalogue = { [key: string]: string | Catalogue };
  const lookup = (catalogue: Catalogue, key: string) =>
    key
      .split('.')
      .reduce<string | Catalogue | undefined>(
        (node, part) => (typeof node === 'object' ? node[part] : undefined),
        catalogue,
      );

  it('has every error, scale and figure text in Danish and English', () => {
    const keys = [
      ...Object.values(ERROR_TEXT),
      ...SCALES.map((scale) => `volunteer.overview.scales.${scale}`),
      ...SCALES.map((scale) => `volunteer.overview.captions.${scale}`),
      ...['thisWeek', 'thisMonth', 'thisYear', 'allTime'].map((key) => `volunteer.overview.${key}`),
    ];
    for (const language of ['da', 'en'] as const) {
      const catalogue: Catalogue = resources[language].translation;
      const missing = keys.filter((key) => typeof lookup(catalogue, key) !== 'string');
      expect(missing, language).toEqual([]);
    }
  });
});
