import { screen, within } from '@testing-library/react';
import { isoWeekKey, todayIso, weekNumber } from '@/lib/dates';
import { renderApp } from '../../helpers/render-app';
import { freshDb } from '../../helpers/db';
import { expectNoAxeViolations } from '../../helpers/axe';
import { expectTitleNotRepeated } from '../../helpers/headings';
import { joinAs, pulledTip, weekFromNow } from './fixtures';

const slow = { timeout: 15_000 };

describe('contact person home', { timeout: 30_000 }, () => {
  it('saves this week’s tip', async () => {
    const { user, db } = await renderApp('/', { role: 'contact' });

    await user.type(
      await screen.findByRole('textbox', { name: 'Overskrift' }, slow),
      'Spørg til ressourcer',
    );
    await user.type(
      screen.getByRole('textbox', { name: /^Tippet/ }),
      'Start med det, borgeren kan.',
    );
    await user.click(screen.getByRole('button', { name: 'Gem tip' }));

    expect(await screen.findByText('Tippet er gemt på telefonen.')).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Spørg til ressourcer' })).toBeInTheDocument();
    const [tip] = await db.tips.toArray();
    expect(tip).toMatchObject({ week: isoWeekKey(todayIso()), audience: 'team', tag: '' });
    expect(tip?.publishedAt).toBeGreaterThan(0);
    expect(await db.outbox.where('table').equals('tips').count()).toBe(1);

    await user.click(screen.getByRole('link', { name: 'Tips' }));
    expect(await screen.findByText('1 tip', {}, slow)).toBeInTheDocument();

    // The writer opening their own tip is not a read.
    await user.click(screen.getByRole('link', { name: 'Spørg til ressourcer' }));
    await screen.findByRole('heading', { level: 1, name: 'Spørg til ressourcer' }, slow);
    expect(await screen.findByText(/Ingen har læst det endnu/)).toBeInTheDocument();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await db.tipReads.count()).toBe(0);
  });

  it('needs both a heading and a text', async () => {
    const { user, db } = await renderApp('/', { role: 'contact' });
    await user.type(
      await screen.findByRole('textbox', { name: 'Overskrift' }, slow),
      'Kun overskrift',
    );
    await user.click(screen.getByRole('button', { name: 'Gem tip' }));
    expect(await screen.findByText('Skriv både overskrift og tip.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Overskrift' })).toHaveValue('Kun overskrift');
    expect(await db.tips.count()).toBe(0);
  });

  it('refuses a CPR number in a tip and keeps the text', async () => {
    const { user, db } = await renderApp('/', { role: 'contact' });
    await user.type(await screen.findByRole('textbox', { name: 'Overskrift' }, slow), 'Om fru X');
    const body = screen.getByRole('textbox', { name: /^Tippet/ });
    await user.type(body, 'Borger 010190-1234 sagde ja');
    await user.click(screen.getByRole('button', { name: 'Gem tip' }));
    expect(await screen.findByText(/Det ligner et CPR-nummer/)).toBeInTheDocument();
    expect(body).toHaveAccessibleDescription(/CPR-nummer/);
    expect(body).toHaveValue('Borger 010190-1234 sagde ja');
    expect(await db.tips.count()).toBe(0);
  });

  it('plans a tip for the volunteers in a later week, with a principle and formatting', async () => {
    const { user, db } = await renderApp('/', { role: 'contact' });
    await user.type(await screen.findByRole('textbox', { name: 'Overskrift' }, slow), 'Tragten');
    await user.type(
      screen.getByRole('textbox', { name: /^Tippet/ }),
      'Se **helheden** først{Enter}{Enter}- funktion{Enter}- ressourcer',
    );
    const preview = screen.getByText('Sådan ser det ud').parentElement!;
    expect(within(preview).getByText('helheden').tagName).toBe('STRONG');
    expect(within(preview).getAllByRole('listitem')).toHaveLength(2);

    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Princip (valgfrit)' }),
      'Tragtmodellen',
    );
    await user.click(screen.getByRole('radio', { name: 'Stedets frivillige' }));
    const later = weekFromNow(2);
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Hvornår skal det vises?' }),
      `Fra uge ${weekNumber(later)}`,
    );
    await user.click(screen.getByRole('button', { name: 'Gem tip' }));
    await screen.findByText('Tippet er gemt på telefonen.');
    expect((await db.tips.toArray())[0]).toMatchObject({
      title: 'Tragten',
      audience: 'volunteers',
      tag: 'funnel',
      week: later,
      body: 'Se **helheden** først\n\n- funktion\n- ressourcer',
    });
    expect(
      await screen.findByText(new RegExp(`Vises fra uge ${weekNumber(later)}`)),
    ).toBeInTheDocument();
  });

  it('shows how many have read the team’s tips and edits one', async () => {
    const db = freshDb();
    await joinAs(db, 'contact');
    const tip = await pulledTip(db, { title: 'Lyt først', tag: 'involvement' });
    await db.tipStats.put({ id: 's1', _hlc: {}, tipId: tip.id, reads: 4, _scope: 'team:x' });
    const { user } = await renderApp('/', { db });

    expect(await screen.findByText(/Læst af 4/, {}, slow)).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Ret tippet “Lyt først”' }));
    const title = await screen.findByRole('textbox', { name: 'Overskrift' }, slow);
    expect(title).toHaveValue('Lyt først');
    expect(screen.getByRole('combobox', { name: 'Princip (valgfrit)' })).toHaveValue('involvement');
    expect(screen.getByRole('form', { name: 'Ret tippet' })).toBeInTheDocument();
    expectTitleNotRepeated();
    await expectNoAxeViolations();
    await user.clear(title);
    await user.type(title, 'Lyt helt først');
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Princip (valgfrit)' }),
      'Intet princip',
    );
    await user.click(screen.getByRole('button', { name: 'Gem ændringer' }));
    await screen.findByText('Ændringerne er gemt på telefonen.');
    expect(await db.tips.get(tip.id)).toMatchObject({
      title: 'Lyt helt først',
      tag: '',
      publishedAt: tip.publishedAt,
    });
    const [change] = await db.outbox.toArray();
    expect(change).toMatchObject({ table: 'tips', key: tip.id });
  });

  it('does not offer to edit a tip from elsewhere', async () => {
    const db = freshDb();
    await joinAs(db, 'contact');
    await pulledTip(db, { title: 'Fra en anden kommune', audience: 'everyone' }, 'all');
    const { user } = await renderApp('/tips', { db });
    expect(
      await screen.findByRole('link', { name: 'Fra en anden kommune' }, slow),
    ).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /Ret tippet/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Fra en anden kommune' }));
    await screen.findByRole('heading', { level: 1, name: 'Fra en anden kommune' }, slow);
    expect(screen.queryByText(/Læst af|Ingen har læst/)).not.toBeInTheDocument();
  });

  it('has no axe violations on the home screen with the form and tips', async () => {
    const db = freshDb();
    await joinAs(db, 'contact');
    await pulledTip(db, { title: 'Lyt først' });
    await renderApp('/', { db });
    await screen.findByRole('textbox', { name: 'Overskrift' }, slow);
    await screen.findByRole('link', { name: 'Ret tippet “Lyt først”' }, slow);
    await expectNoAxeViolations();
  });
});
