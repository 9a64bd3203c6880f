import { screen } from '@testing-library/react';
import { todayIso } from '@/lib/dates';
import { renderApp } from '../../helpers/render-app';
import { freshDb } from '../../helpers/db';
import { joinAsVolunteer } from '../../helpers/volunteer';

async function openForm() {
  const db = freshDb();
  const ids = await joinAsVolunteer(db);
  const app = await renderApp('/udlaeg/nyt', { db });
  await screen.findByRole('heading', { level: 1, name: 'Nyt udlæg' }, { timeout: 5000 });
  return { ...app, ...ids };
}

describe('new expense', () => {
  it('saves a claim in Danish kroner with today’s date', async () => {
    const { user, db, volunteerId, institutionId } = await openForm();

    await user.type(screen.getByRole('textbox', { name: /Beløb i kroner/ }), '1.250,50');
    await user.click(screen.getByRole('radio', { name: 'Materialer' }));
    await user.type(
      screen.getByRole('textbox', { name: /Kort beskrivelse/ }),
      'Garn til strikkeklub',
    );
    await user.click(screen.getByRole('button', { name: 'Gem udlæg' }));

    expect(await screen.findByText(/Udlægget er gemt på telefonen/)).toBeInTheDocument();
    expect(await db.expenses.toArray()).toEqual([
      expect.objectContaining({
        amountOre: 125_050,
        date: todayIso(),
        category: 'materials',
        description: 'Garn til strikkeklub',
        volunteerId,
        institutionId,
      }),
    ]);
    expect(await db.receipts.count()).toBe(0);
    // The form is ready for the next claim.
    expect(screen.getByRole('textbox', { name: /Beløb i kroner/ })).toHaveValue('');
  });

  it('explains a bad amount in Danish and saves nothing', async () => {
    const { user, db } = await openForm();
    await user.type(screen.getByRole('textbox', { name: /Beløb i kroner/ }), '-48');
    await user.click(screen.getByRole('button', { name: 'Gem udlæg' }));

    expect(await screen.findByText('Beløbet kan ikke være negativt.')).toBeInTheDocument();
    expect(screen.getByText('Vælg hvad udlægget var til.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /Beløb i kroner/ })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    expect(await db.expenses.count()).toBe(0);
  });

  it('blocks a description with a CPR number and keeps what was typed', async () => {
    const { user, db } = await openForm();
    await user.type(screen.getByRole('textbox', { name: /Beløb i kroner/ }), '48');
    await user.click(screen.getByRole('radio', { name: 'Transport' }));
    const description = screen.getByRole('textbox', { name: /Kort beskrivelse/ });
    await user.type(description, 'Kørte med 0101901234');
    await user.click(screen.getByRole('button', { name: 'Gem udlæg' }));

    expect(await screen.findByText(/Det ligner et CPR-nummer/)).toBeInTheDocument();
    expect(description).toHaveValue('Kørte med 0101901234');
    expect(await db.expenses.count()).toBe(0);
  });

  it('shows the privacy hint on the description', async () => {
    await openForm();
    expect(screen.getByRole('textbox', { name: /Kort beskrivelse/ })).toHaveAccessibleDescription(
      /ingen CPR-numre/,
    );
  });

  it('offers the camera and the photo library for the receipt', async () => {
    await openForm();
    const camera = screen.getByLabelText('Tag billede');
    expect(camera).toHaveAttribute('type', 'file');
    expect(camera).toHaveAttribute('accept', 'image/*');
    expect(camera).toHaveAttribute('capture', 'environment');
    expect(screen.getByLabelText('Vælg billede')).not.toHaveAttribute('capture');
  });

  it('says so in Danish when the picture cannot be read, and saves the claim without it', async () => {
    const { user, db } = await openForm();
    // jsdom cannot decode images: the real resize module meets this like a broken file.
    const broken = new File([new Uint8Array([1, 2, 3])], 'kvittering.jpg', { type: 'image/jpeg' });
    await user.upload(screen.getByLabelText('Tag billede'), broken);

    expect(
      await screen.findByText(
        'Billedet kunne ikke læses. Tag et nyt billede, eller vælg et andet.',
      ),
    ).toBeInTheDocument();

    await user.type(screen.getByRole('textbox', { name: /Beløb i kroner/ }), '48');
    await user.click(screen.getByRole('radio', { name: 'Transport' }));
    await user.click(screen.getByRole('button', { name: 'Gem udlæg' }));
    await screen.findByText(/Udlægget er gemt på telefonen/);
    expect(await db.expenses.count()).toBe(1);
    expect(await db.receipts.count()).toBe(0);
  });

  it('keeps everything typed when the phone is full', async () => {
    const { user, db } = await openForm();
    db.expenses.hook('creating', () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await user.type(screen.getByRole('textbox', { name: /Beløb i kroner/ }), '48');
    await user.click(screen.getByRole('radio', { name: 'Transport' }));
    await user.click(screen.getByRole('button', { name: 'Gem udlæg' }));

    expect(await screen.findByText(/lager er fuldt/)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /Beløb i kroner/ })).toHaveValue('48');
    expect(screen.queryByText(/Udlægget er gemt/)).not.toBeInTheDocument();
  });
});
