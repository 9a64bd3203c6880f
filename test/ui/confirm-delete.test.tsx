import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ConfirmDelete } from '@/ui/confirm-delete';

const texts = {
  title: 'Slet noten',
  open: 'Slet',
  question: 'Vil du slette noten?',
  confirm: 'Ja, slet den',
  cancel: 'Nej, behold den',
  failed: 'Noten kunne ikke slettes.',
};

describe('ConfirmDelete', () => {
  it('deletes only after yes, and not after no', async () => {
    const user = userEvent.setup();
    const onConfirm = vi.fn(() => Promise.resolve());
    render(<ConfirmDelete texts={texts} onConfirm={onConfirm} />);
    expect(screen.getByRole('region', { name: 'Slet noten' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Slet' }));
    expect(screen.getByText('Vil du slette noten?')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Ja, slet den' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Nej, behold den' }));
    expect(screen.getByRole('heading', { name: 'Slet noten' })).toHaveFocus();
    expect(onConfirm).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Slet' }));
    await user.click(screen.getByRole('button', { name: 'Ja, slet den' }));
    expect(onConfirm).toHaveBeenCalledTimes(1);
  });

  it('says so when deleting fails and lets the user try again', async () => {
    const user = userEvent.setup();
    const onConfirm = vi.fn(() => Promise.reject(new Error('disk full')));
    render(<ConfirmDelete texts={texts} onConfirm={onConfirm} />);
    await user.click(screen.getByRole('button', { name: 'Slet' }));
    await user.click(screen.getByRole('button', { name: 'Ja, slet den' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Noten kunne ikke slettes.');
    expect(screen.getByRole('button', { name: 'Ja, slet den' })).toBeEnabled();
  });
});
