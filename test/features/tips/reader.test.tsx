import { render, screen, within } from '@testing-library/react';
import { TipBody } from '@/features/tips/components/tip-body';
import { renderApp } from '../../helpers/render-app';
import { freshDb } from '../../helpers/db';
import { expectNoAxeViolations } from '../../helpers/axe';
import { joinAs, PLACE, pulledTip, TEAM, weekFromNow } from './fixtures';

const slow = { timeout: 15_000 };

describe('this week’s tip for readers', { timeout: 30_000 }, () => {
  it.each(['caseworker', 'volunteer', 'contact'] as const)(
    'shows this week’s tip on the %s home, not next week’s',
    async (role) => {
      const db = freshDb();
      await joinAs(db, role);
      await pulledTip(db, { title: 'Sidste uges tip', week: weekFromNow(-1) });
      await pulledTip(db, { title: 'Ugens tip om tragten', body: 'Se **helheden** først.' });
      await pulledTip(db, { title: 'Næste uges tip', week: weekFromNow(1) });
      await renderApp('/', { db });

      const card = (await screen.findByRole('heading', { name: 'Ugens tip' }, slow)).closest(
        'section',
      )!;
      expect(await within(card).findByText('Ugens tip om tragten')).toBeInTheDocument();
      expect(within(card).getByText('Se helheden først.')).toBeInTheDocument();
      expect(within(card).queryByText('Næste uges tip')).not.toBeInTheDocument();
    },
  );

  it('says so when there is no tip yet', async () => {
    await renderApp('/', { role: 'caseworker' });
    expect(await screen.findByText('Der er ikke noget tip endnu.', {}, slow)).toBeInTheDocument();
  });

  it('announces a new tip until it is opened, and records the read once', async () => {
    const db = freshDb();
    await joinAs(db, 'caseworker');
    const tip = await pulledTip(db, {
      title: 'Spørg til ressourcer',
      body: 'Start med det, borgeren kan.\n\n- spørg\n- lyt',
    });
    const { user } = await renderApp('/', { db });

    const notice = await screen.findByRole('link', { name: 'Nyt tip: Spørg til ressourcer' }, slow);
    await expectNoAxeViolations();
    await user.click(notice);

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Spørg til ressourcer' }, slow),
    ).toBeInTheDocument();
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toContain('spørg');
    await vi.waitFor(async () => expect(await db.tipReads.count()).toBe(1));
    expect((await db.tipReads.toArray())[0]).toMatchObject({ tipId: tip.id });
    await expectNoAxeViolations();

    await user.click(screen.getByRole('link', { name: 'Hjem' }));
    await screen.findByRole('heading', { name: 'Ugens tip' }, slow);
    expect(screen.queryByText(/Nyt tip:/)).not.toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: /Læs tippet/ }));
    await screen.findByRole('heading', { level: 1, name: 'Spørg til ressourcer' }, slow);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await db.tipReads.count()).toBe(1);
    expect(await db.outbox.where('table').equals('tipReads').count()).toBe(1);
  });

  it('does not announce a tip published before this person joined', async () => {
    const db = freshDb();
    await pulledTip(db, { title: 'Gammelt tip', publishedAt: Date.now() - 86_400_000 });
    await new Promise((resolve) => setTimeout(resolve, 5));
    await joinAs(db, 'caseworker');
    await renderApp('/', { db });
    expect(await screen.findByText('Gammelt tip', {}, slow)).toBeInTheDocument();
    expect(screen.queryByText(/Nyt tip:/)).not.toBeInTheDocument();
  });

  it('counts further new tips in the notice', async () => {
    const db = freshDb();
    await joinAs(db, 'volunteer');
    await pulledTip(db, { title: 'Første', week: weekFromNow(-1) });
    await pulledTip(db, { title: 'Andet' }, `volunteers:x`);
    await renderApp('/', { db });
    expect(await screen.findByRole('link', { name: 'Nyt tip: Andet' }, slow)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '1 nyt tip mere' })).toBeInTheDocument();
  });
});

describe('a tip for volunteers pulled before it moved to their scope', { timeout: 30_000 }, () => {
  it('is neither this week’s tip nor news on a caseworker’s phone', async () => {
    const db = freshDb();
    await joinAs(db, 'caseworker');
    await pulledTip(db, { title: 'Teamets tip', week: weekFromNow(-1) }, `team:${TEAM}`);
    await pulledTip(db, { title: 'Husk navneskiltet' }, `institution:${PLACE}`);
    await renderApp('/', { db });

    const card = (await screen.findByRole('heading', { name: 'Ugens tip' }, slow)).closest(
      'section',
    )!;
    expect(await within(card).findByText('Teamets tip')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Nyt tip: Teamets tip' })).toBeInTheDocument();
    expect(screen.queryByText(/Husk navneskiltet/)).not.toBeInTheDocument();
  });
});

describe('tip archive', { timeout: 30_000 }, () => {
  it('searches with Danish letters folded and filters by principle', async () => {
    const db = freshDb();
    await joinAs(db, 'caseworker');
    await pulledTip(db, { title: 'Møde med pårørende', tag: 'involvement', week: weekFromNow(-2) });
    await pulledTip(db, {
      title: 'Afgørelsen skal begrundes',
      tag: 'decision',
      week: weekFromNow(-1),
    });
    await pulledTip(db, { title: 'Tragten trin for trin', tag: 'funnel' });
    await pulledTip(db, { title: 'Endnu ikke', week: weekFromNow(1) });
    const { user } = await renderApp('/tips', { db });

    expect(await screen.findByText('3 tips', {}, slow)).toBeInTheDocument();
    expect(screen.queryByText('Endnu ikke')).not.toBeInTheDocument();
    await expectNoAxeViolations();

    await user.type(screen.getByRole('searchbox', { name: 'Søg i tips' }), 'PAARØRENDE moede');
    expect(await screen.findByText('1 tip fundet')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Møde med pårørende' })).toBeInTheDocument();

    await user.clear(screen.getByRole('searchbox', { name: 'Søg i tips' }));
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Princip' }),
      'Den gode afgørelse',
    );
    expect(await screen.findByText('1 tip fundet')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Afgørelsen skal begrundes' })).toBeInTheDocument();

    await user.type(screen.getByRole('searchbox', { name: 'Søg i tips' }), 'tragten');
    expect(await screen.findByText('Ingen tips passer til søgningen.')).toBeInTheDocument();
    await expectNoAxeViolations();
  });
});

describe('tip body', () => {
  it('renders markup in a tip as text, never as HTML', () => {
    const { container } = render(
      <TipBody body={'<img src=x onerror="alert(1)"> **<b>fed</b>**\n\n- <script>x()</script>'} />,
    );
    expect(container.querySelector('img, script, b')).toBeNull();
    expect(container.querySelector('strong')?.textContent).toBe('<b>fed</b>');
    expect(container.querySelector('li')?.textContent).toBe('<script>x()</script>');
    expect(container.textContent).toContain('<img src=x onerror="alert(1)">');
  });
});
