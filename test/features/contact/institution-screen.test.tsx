import { screen, within } from '@testing-library/react';
import { INTRO_TEMPLATE } from '@/content/intro-template';
import { freshDb } from '../../helpers/db';
import { renderApp } from '../../helpers/render-app';
import { expectNoAxeViolations } from '../../helpers/axe';
import { contactAt } from './fixtures';

/** The first screen of a test may wait for Dexie and a lazy chunk on a busy machine. */
const SLOW = { timeout: 5000 };

beforeAll(async () => {
  await import('@/features/contact');
});

async function openSettings(institution = {}) {
  const db = freshDb();
  const place = await contactAt(db, {
    contactName: 'Hanne',
    activityTypes: ['Kortspil'],
    ...institution,
  });
  const rendered = await renderApp('/stedets-oplysninger', { db });
  const form = await screen.findByRole('form', { name: 'Det, de frivillige kan læse' }, SLOW);
  return { ...rendered, ...place, form };
}

describe('the place’s info', { timeout: 20_000 }, () => {
  it('saves only the fields that changed', async () => {
    const { user, db, institutionId, form, container } = await openSettings();
    expect(within(form).getByRole('textbox', { name: 'Kontaktperson' })).toHaveValue('Hanne');
    await expectNoAxeViolations(container);

    await user.type(
      within(form).getByRole('textbox', { name: 'Kontaktpersonens telefon' }),
      '86 12 34 56',
    );
    await user.type(
      within(form).getByRole('textbox', { name: /Hvis der sker noget/ }),
      'Ring 112, og sig det til personalet.',
    );
    await user.click(within(form).getByRole('checkbox', { name: /børn under 18/ }));
    await user.click(within(form).getByRole('button', { name: 'Gem oplysningerne' }));

    expect(
      await within(form).findByText('Oplysningerne er gemt på telefonen.'),
    ).toBeInTheDocument();
    const [entry] = await db.outbox.toArray();
    expect(entry).toMatchObject({ table: 'institutions', key: institutionId });
    expect(entry!.fields).toEqual({
      contactPhone: '86 12 34 56',
      emergency: 'Ring 112, og sig det til personalet.',
      worksWithChildren: true,
    });
    expect(await db.institutions.get(institutionId)).toMatchObject({
      name: 'Solhjem Plejecenter',
      contactName: 'Hanne',
      worksWithChildren: true,
    });
  });

  it('edits the activity types as a list, without repeats or CPR numbers', async () => {
    const { user, db, form } = await openSettings();
    const field = within(form).getByRole('textbox', { name: 'Ny aktivitet' });
    await user.type(field, 'kortspil{Enter}');
    expect(within(form).getByText('Den aktivitet er allerede på listen.')).toBeInTheDocument();
    await user.clear(field);
    await user.type(field, 'Gåtur med 0101901234{Enter}');
    expect(within(form).getByText(/Det ligner et CPR-nummer/)).toBeInTheDocument();
    expect(field).toHaveValue('Gåtur med 0101901234');
    await user.clear(field);
    await user.type(field, 'Banko{Enter}');
    await user.type(field, 'Gåtur');
    await user.click(within(form).getByRole('button', { name: 'Tilføj aktivitet' }));
    await user.click(within(form).getByRole('button', { name: 'Fjern Kortspil' }));
    await user.click(within(form).getByRole('button', { name: 'Gem oplysningerne' }));

    await within(form).findByText('Oplysningerne er gemt på telefonen.');
    const [entry] = await db.outbox.toArray();
    expect(entry!.fields).toEqual({ activityTypes: ['Banko', 'Gåtur'] });
  });

  it('asks for the declaration text when a declaration is required', async () => {
    const { user, db, form } = await openSettings();
    await user.click(within(form).getByRole('checkbox', { name: /tavshedserklæring/ }));
    await user.click(within(form).getByRole('button', { name: 'Gem oplysningerne' }));
    expect(
      await within(form).findByText('Skriv den tekst, de frivillige skal sige ja til.'),
    ).toBeInTheDocument();
    expect(await db.outbox.count()).toBe(0);

    await user.type(
      within(form).getByRole('textbox', { name: /Tavshedserklæringen/ }),
      'Det, du ser og hører om beboerne, bliver her.',
    );
    await user.click(within(form).getByRole('button', { name: 'Gem oplysningerne' }));
    await within(form).findByText('Oplysningerne er gemt på telefonen.');
    expect((await db.outbox.toArray())[0]!.fields).toEqual({
      requiresConfidentiality: true,
      confidentialityText: 'Det, du ser og hører om beboerne, bliver her.',
    });
  });
});

describe('the introduction checklist', { timeout: 20_000 }, () => {
  function checklist() {
    return screen.getByRole('region', { name: 'Introduktion af nye frivillige' });
  }
  function titles() {
    return within(checklist())
      .getAllByRole('listitem')
      .map((li) => li.querySelector('.entry-title')?.textContent);
  }

  it('moves items up and down and keeps focus on the moved item', async () => {
    const { user, db } = await openSettings();
    expect(titles()).toEqual(['Rundvisning', 'Tavshedspligt', 'Navneskilt']);
    expect(
      within(checklist()).getByRole('button', { name: 'Flyt op: Rundvisning' }),
    ).toBeDisabled();

    await user.click(within(checklist()).getByRole('button', { name: 'Flyt op: Navneskilt' }));
    await vi.waitFor(() =>
      expect(titles()).toEqual(['Rundvisning', 'Navneskilt', 'Tavshedspligt']),
    );
    await user.click(within(checklist()).getByRole('button', { name: 'Flyt op: Navneskilt' }));
    await vi.waitFor(() =>
      expect(titles()).toEqual(['Navneskilt', 'Rundvisning', 'Tavshedspligt']),
    );
    // At the top "up" is disabled, so focus moves to "down" on the same item.
    await vi.waitFor(() =>
      expect(
        within(checklist()).getByRole('button', { name: 'Flyt ned: Navneskilt' }),
      ).toHaveFocus(),
    );

    const positions = Object.fromEntries(
      (await db.introItems.toArray()).map((item) => [item.title, item.position]),
    );
    expect(positions).toEqual({ Navneskilt: 0, Rundvisning: 1, Tavshedspligt: 2 });
    for (const entry of await db.outbox.toArray()) {
      expect(Object.keys(entry.fields)).toEqual(['position']);
    }
  });

  it('adds, edits and deletes items', async () => {
    const { user, db, container } = await openSettings();
    const add = within(checklist()).getByRole('form', { name: 'Nyt punkt' });
    await user.click(within(add).getByRole('button', { name: 'Tilføj punkt' }));
    expect(await within(add).findByText('Skriv en overskrift.')).toBeInTheDocument();
    await user.type(within(add).getByRole('textbox', { name: 'Overskrift' }), 'Nøgle og kode');
    await user.type(
      within(add).getByRole('textbox', { name: /Forklaring/ }),
      'Hvor nøglen hænger.',
    );
    await user.click(within(add).getByRole('button', { name: 'Tilføj punkt' }));
    await vi.waitFor(() => expect(titles()).toContain('Nøgle og kode'));
    expect(within(add).getByRole('textbox', { name: 'Overskrift' })).toHaveValue('');
    expect((await db.introItems.toArray()).find((i) => i.title === 'Nøgle og kode')?.position).toBe(
      3,
    );

    await user.click(within(checklist()).getByRole('button', { name: 'Ret: Rundvisning' }));
    const edit = within(checklist()).getByRole('form', { name: 'Ret »Rundvisning«' });
    await expectNoAxeViolations(container);
    const title = within(edit).getByRole('textbox', { name: 'Overskrift' });
    await user.clear(title);
    await user.type(title, 'En tur rundt i huset');
    await user.click(within(edit).getByRole('button', { name: 'Gem punktet' }));
    await vi.waitFor(() => expect(titles()).toContain('En tur rundt i huset'));
    const edits = (await db.outbox.toArray()).filter(
      (e) => e.table === 'introItems' && e.op === 'put',
    );
    expect(edits.at(-1)!.fields).toEqual({ title: 'En tur rundt i huset' });

    await user.click(within(checklist()).getByRole('button', { name: 'Slet: Tavshedspligt' }));
    await user.click(within(checklist()).getByRole('button', { name: 'Ja, slet' }));
    await vi.waitFor(() => expect(titles()).not.toContain('Tavshedspligt'));
    expect((await db.outbox.toArray()).at(-1)).toMatchObject({ table: 'introItems', op: 'delete' });
  });

  it('starts from the default template, and copying again adds nothing twice', async () => {
    const db = freshDb();
    const { institutionId } = await contactAt(db);
    await db.introItems.clear();
    const { user } = await renderApp('/stedets-oplysninger', { db });

    expect(await screen.findByText(/Listen er tom/, {}, SLOW)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Start fra standardskabelonen' }));
    expect(await screen.findByText('8 punkter er tilføjet.')).toBeInTheDocument();
    const rows = await db.introItems.toArray();
    expect(rows.map((row) => row.title).sort()).toEqual(
      INTRO_TEMPLATE.da.map((item) => item.title).sort(),
    );
    expect(rows.every((row) => row.institutionId === institutionId)).toBe(true);
    await vi.waitFor(() => expect(titles()[0]).toBe(INTRO_TEMPLATE.da[0]!.title));

    await user.click(
      screen.getByRole('button', { name: 'Tilføj det, der mangler fra standardskabelonen' }),
    );
    expect(
      await screen.findByText('Alle punkter fra skabelonen er allerede på listen.'),
    ).toBeInTheDocument();
    expect(await db.introItems.count()).toBe(8);
  });
});
