import { screen, within } from '@testing-library/react';
import { renderApp } from '../../helpers/render-app';
import { freshDb } from '../../helpers/db';
import { expectNoAxeViolations } from '../../helpers/axe';
import { joinAs, pulledEntry } from './fixtures';

const slow = { timeout: 15_000 };

async function seedMeeting() {
  const db = freshDb();
  await joinAs(db, 'contact', 'Jonas');
  const open = await pulledEntry(db, {
    text: 'Hvordan inddrager jeg pårørende?',
    tags: ['involvement'],
    daysAgo: 3,
  });
  await pulledEntry(db, {
    text: 'Hvad skal en afgørelse begrunde?',
    tags: ['decision'],
    daysAgo: 10,
    authorName: 'Lene',
    answer: 'Formål og grunde.',
    answeredBy: 'Jonas',
    answeredAt: Date.now() - 86_400_000,
  });
  await pulledEntry(db, {
    kind: 'difficulty',
    text: 'Svært at nå helheden på kort tid',
    tags: ['funnel', 'involvement'],
    daysAgo: 20,
    authorName: 'Lene',
  });
  await pulledEntry(db, { kind: 'good', text: 'Borgeren tog selv ordet', daysAgo: 5 });
  await pulledEntry(db, { text: 'Gammelt spørgsmål', daysAgo: 60 });
  return { db, open };
}

describe('experience meeting', { timeout: 30_000 }, () => {
  it('shows the last six weeks, open questions first, grouped by principle or kind', async () => {
    const { db } = await seedMeeting();
    const { user } = await renderApp('/', { db });
    await user.click(
      await screen.findByRole('link', { name: 'Forbered erfaringsopsamlingen' }, slow),
    );

    expect(await screen.findByText('4 delte noter i perioden', {}, slow)).toBeInTheDocument();
    expect(screen.queryByText('Gammelt spørgsmål')).not.toBeInTheDocument();
    const open = screen.getByRole('heading', { name: 'Åbne spørgsmål' }).closest('section')!;
    expect(within(open).getAllByRole('listitem')).toHaveLength(1);
    expect(within(open).getByText('Hvordan inddrager jeg pårørende?')).toBeInTheDocument();
    expect(within(open).getByText(/uden navn$/)).toBeInTheDocument();

    const groups = screen
      .getAllByRole('heading', { level: 2 })
      .map((heading) => heading.textContent);
    expect(groups).toEqual([
      'Åbne spørgsmål',
      'Borgerinddragelse (2)',
      'Den gode afgørelse (1)',
      'Tragtmodellen (1)',
      'Uden princip (1)',
    ]);
    const involvement = screen
      .getByRole('heading', { name: 'Borgerinddragelse (2)' })
      .closest('section')!;
    expect(within(involvement).getByText('Svært at nå helheden på kort tid')).toBeInTheDocument();
    expect(screen.getByText('Formål og grunde.')).toBeInTheDocument();
    await expectNoAxeViolations();

    await user.click(screen.getByRole('radio', { name: 'Slags' }));
    expect(
      screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent),
    ).toEqual(['Åbne spørgsmål', 'Spørgsmål (2)', 'Svært (1)', 'Godt (1)']);
    await expectNoAxeViolations();
  });

  it('widens the period to older entries', async () => {
    const { db } = await seedMeeting();
    const { user } = await renderApp('/erfaringsopsamling', { db });
    await screen.findByText('4 delte noter i perioden', {}, slow);
    const from = screen.getByLabelText('Fra');
    await user.clear(from);
    await user.type(from, '2000-01-01');
    expect(await screen.findByText('5 delte noter i perioden')).toBeInTheDocument();
    expect(screen.getAllByText('Gammelt spørgsmål').length).toBeGreaterThan(0);
  });

  it('answers a question: the answer fields only, in the contact person’s name', async () => {
    const { db, open } = await seedMeeting();
    const { user } = await renderApp('/erfaringsopsamling', { db });
    await screen.findByText('4 delte noter i perioden', {}, slow);

    await user.click(await screen.findByRole('button', { name: 'Send svar' }));
    expect(await screen.findByText('Skriv et svar.')).toBeInTheDocument();
    const answer = screen.getByRole('textbox', { name: 'Dit svar' });
    await user.type(answer, 'Ring til 010190-1234');
    await user.click(screen.getByRole('button', { name: 'Send svar' }));
    expect(await screen.findByText(/Det ligner et CPR-nummer/)).toBeInTheDocument();
    expect((await db.sharedEntries.get(open.id))?.answer).toBeUndefined();
    await user.clear(answer);
    await user.type(answer, 'Spørg borgeren først.');
    await user.click(screen.getByRole('button', { name: 'Send svar' }));
    expect(
      await screen.findByText('Svaret er gemt. Spørgeren ser det efter næste synkronisering.'),
    ).toBeInTheDocument();

    expect(await db.sharedEntries.get(open.id)).toMatchObject({
      text: open.text,
      answer: 'Spørg borgeren først.',
      answeredBy: 'Jonas',
    });
    const [change] = await db.outbox.toArray();
    expect(change?.table).toBe('sharedEntries');
    expect(Object.keys(change?.fields ?? {}).sort()).toEqual([
      'answer',
      'answeredAt',
      'answeredBy',
    ]);
    expect((await screen.findAllByText('Spørg borgeren først.')).length).toBeGreaterThan(0);
    await expectNoAxeViolations();
  });

  it('makes a tip of a question, without the asker', async () => {
    const { db, open } = await seedMeeting();
    const { user } = await renderApp('/erfaringsopsamling', { db });
    await screen.findByText('4 delte noter i perioden', {}, slow);
    const section = screen.getByRole('heading', { name: 'Åbne spørgsmål' }).closest('section')!;
    await user.click(
      await within(section).findByRole('link', { name: 'Lav et tip af spørgsmålet' }),
    );

    const body = await screen.findByRole('textbox', { name: /^Tippet/ }, slow);
    expect(body).toHaveValue(open.text);
    expect(screen.getByRole('combobox', { name: 'Princip (valgfrit)' })).toHaveValue('involvement');
    await expectNoAxeViolations();
    await user.type(screen.getByRole('textbox', { name: 'Overskrift' }), 'Pårørende');
    await user.click(screen.getByRole('button', { name: 'Gem tip' }));
    await screen.findByText('Tippet er gemt på telefonen.');
    const [tip] = await db.tips.toArray();
    expect(tip).toMatchObject({ title: 'Pårørende', body: open.text, tag: 'involvement' });
    expect(JSON.stringify(tip)).not.toContain('Lene');
  });

  it('lets a caseworker look but neither answer nor make a tip', async () => {
    const db = freshDb();
    await joinAs(db, 'caseworker', 'Lene');
    await pulledEntry(db, { text: 'Hvordan inddrager jeg pårørende?', daysAgo: 3 });
    await renderApp('/erfaringsopsamling', { db });
    await screen.findByText('1 delt note i perioden', {}, slow);
    await screen.findAllByText('Hvordan inddrager jeg pårørende?');
    expect(screen.queryByRole('textbox', { name: 'Dit svar' })).not.toBeInTheDocument();
    expect(
      screen.queryByRole('link', { name: 'Lav et tip af spørgsmålet' }),
    ).not.toBeInTheDocument();
  });
});
