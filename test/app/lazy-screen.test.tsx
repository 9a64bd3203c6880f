import { render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { describe, expect, it } from 'vitest';
import { lazyScreen } from '@/app/lazy-screen';

function Greeting() {
  return <p>Hej fra skærmen</p>;
}

describe('lazyScreen', () => {
  it('renders a preloaded screen in the first pass, without its fallback', async () => {
    const Screen = lazyScreen(() => Promise.resolve({ default: Greeting }));
    await Screen.preload();
    render(
      <Suspense fallback={<p>Indlæser</p>}>
        <Screen />
      </Suspense>,
    );
    // No waiting: React did not suspend, so nothing holds the screen back.
    expect(screen.getByText('Hej fra skærmen')).toBeInTheDocument();
    expect(screen.queryByText('Indlæser')).not.toBeInTheDocument();
  });

  it('shows the fallback for a screen not loaded yet, then the screen', async () => {
    const Screen = lazyScreen(() => Promise.resolve({ default: Greeting }));
    render(
      <Suspense fallback={<p>Indlæser</p>}>
        <Screen />
      </Suspense>,
    );
    expect(screen.getByText('Indlæser')).toBeInTheDocument();
    expect(await screen.findByText('Hej fra skærmen')).toBeInTheDocument();
  });

  it('loads once, however often it is asked', async () => {
    let loads = 0;
    const Screen = lazyScreen(() => {
      loads += 1;
      return Promise.resolve({ default: Greeting });
    });
    await Promise.all([Screen.preload(), Screen.preload()]);
    await Screen.preload();
    expect(loads).toBe(1);
  });

  it('tries again after a failed load', async () => {
    let fail = true;
    const Screen = lazyScreen(() =>
      fail ? Promise.reject(new Error('offline')) : Promise.resolve({ default: Greeting }),
    );
    await expect(Screen.preload()).rejects.toThrow('offline');
    fail = false;
    await Screen.preload();
    render(<Screen />);
    expect(screen.getByText('Hej fra skærmen')).toBeInTheDocument();
  });
});
