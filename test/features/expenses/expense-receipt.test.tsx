import { screen, within } from '@testing-library/react';
import type * as ReceiptResize from '@/features/expenses/receipt-resize';
import { renderApp } from '../../helpers/render-app';
import { freshDb } from '../../helpers/db';
import { joinAsVolunteer } from '../../helpers/volunteer';

// jsdom has no canvas, so the real shrinking runs in Chromium (e2e). Here a stand-in answers in
// its place, when the test says so, to show what the form does while it waits and after.
const pending: {
  resolve: (value: { mimeType: 'image/jpeg'; data: string; bytes: number }) => void;
}[] = [];
vi.mock('@/features/expenses/receipt-resize', async (original) => ({
  ...(await original<typeof ReceiptResize>()),
  resizeReceipt: (_file: Blob, onProgress?: (p: { attempt: number; attempts: number }) => void) =>
    new Promise((resolve) => {
      onProgress?.({ attempt: 1, attempts: 17 });
      pending.push({ resolve: (value) => resolve({ ...value, width: 1600, height: 1200 }) });
    }),
}));

const PHOTO = 'AAEC'.repeat(1_000);

describe('receipt photo', () => {
  it('shows progress while shrinking, a preview after, and saves the photo with the claim', async () => {
    const db = freshDb();
    const { volunteerId } = await joinAsVolunteer(db);
    const { user } = await renderApp('/udlaeg/nyt', { db });
    await screen.findByRole('heading', { level: 1, name: 'Nyt udlæg' }, { timeout: 5000 });
    await user.type(screen.getByRole('textbox', { name: /Beløb i kroner/ }), '48');
    await user.click(screen.getByRole('radio', { name: 'Transport' }));

    const photo = new File([new Uint8Array(5_000_000)], 'IMG_0001.jpg', { type: 'image/jpeg' });
    await user.upload(screen.getByLabelText('Tag billede'), photo);

    const progress = await screen.findByRole('progressbar', { name: 'Gør billedet mindre …' });
    expect(progress).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Gem udlæg' })).toBeDisabled();

    pending.shift()?.resolve({ mimeType: 'image/jpeg', data: PHOTO, bytes: 3_000 });
    const preview = await screen.findByRole('img', { name: 'Billede af kvitteringen' });
    expect(preview).toHaveAttribute('src', `data:image/jpeg;base64,${PHOTO}`);
    expect(screen.getByText('Billedet fylder 3 kB.')).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Gem udlæg' }));
    expect(await screen.findByText(/Udlægget er gemt på telefonen/)).toBeInTheDocument();
    const [expense] = await db.expenses.toArray();
    expect(await db.receipts.toArray()).toEqual([
      expect.objectContaining({
        expenseId: expense?.id,
        volunteerId,
        mimeType: 'image/jpeg',
        data: PHOTO,
      }),
    ]);
    // The form is empty again, photo included.
    expect(screen.queryByRole('img', { name: 'Billede af kvitteringen' })).not.toBeInTheDocument();
  });

  it('lets the volunteer remove a chosen photo before saving', async () => {
    const db = freshDb();
    await joinAsVolunteer(db);
    const { user } = await renderApp('/udlaeg/nyt', { db });
    await screen.findByRole('heading', { level: 1, name: 'Nyt udlæg' }, { timeout: 5000 });
    await user.upload(
      screen.getByLabelText('Vælg billede'),
      new File([new Uint8Array(10)], 'kvittering.png', { type: 'image/png' }),
    );
    pending.shift()?.resolve({ mimeType: 'image/jpeg', data: PHOTO, bytes: 3_000 });
    const figure = (await screen.findByRole('img', { name: 'Billede af kvitteringen' })).closest(
      'figure',
    )!;
    await user.click(within(figure).getByRole('button', { name: 'Fjern billedet' }));
    expect(screen.queryByRole('img', { name: 'Billede af kvitteringen' })).not.toBeInTheDocument();

    await user.type(screen.getByRole('textbox', { name: /Beløb i kroner/ }), '12,5');
    await user.click(screen.getByRole('radio', { name: 'Andet' }));
    await user.click(screen.getByRole('button', { name: 'Gem udlæg' }));
    await screen.findByText(/Udlægget er gemt på telefonen/);
    expect(await db.receipts.count()).toBe(0);
    expect((await db.expenses.toArray())[0]?.amountOre).toBe(1_250);
  });
});
