import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import { loadFeatureTexts } from '@/i18n';

/** A lazily loaded screen that can also be fetched ahead of its first render. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type LazyScreen<T extends ComponentType<any>> = LazyExoticComponent<T> & {
  /** Starts loading the screen (and the features' texts) now; loads once. */
  preload: () => Promise<unknown>;
};

/**
 * A screen loaded on first use, together with the features' texts (in parallel), so the first
 * download holds only the shell.
 *
 * Once loaded (by `preload()` or an earlier render), its first render does not suspend: React 19
 * holds content that suspended behind a fallback for at least 300 ms (FALLBACK_THROTTLE_MS), even
 * when the chunk is already there, so a home built from several such screens appeared in steps of
 * 300 ms. `lazy` takes the module at once from a thenable that calls back synchronously.
 */
// `any` as in React's own `lazy` signature: a component's props are its own business here.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function lazyScreen<T extends ComponentType<any>>(
  load: () => Promise<{ default: T }>,
): LazyScreen<T> {
  let loaded: { default: T } | undefined;
  let loading: Promise<{ default: T }> | undefined;
  const preload = () =>
    (loading ??= Promise.all([load(), loadFeatureTexts()]).then(
      ([screen]) => (loaded = screen),
      (error: unknown) => {
        // A chunk that failed (offline before it was cached) is tried again next time.
        loading = undefined;
        throw error;
      },
    ));
  const screen = lazy(() => {
    const ready = loaded;
    if (!ready) return preload();
    // A thenable React reads synchronously: the screen renders in the same pass.
    return { then: (resolve: (module: { default: T }) => void) => resolve(ready) } as never;
  });
  return Object.assign(screen, { preload });
}
