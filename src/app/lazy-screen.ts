import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import { loadFeatureTexts } from '@/i18n';

/**
 * A screen loaded on first use, together with the features' texts (in parallel), so the first
 * download holds only the shell.
 */
// `any` as in React's own `lazy` signature: a component's props are its own business here.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function lazyScreen<T extends ComponentType<any>>(
  load: () => Promise<{ default: T }>,
): LazyExoticComponent<T> {
  return lazy(async () => {
    const [screen] = await Promise.all([load(), loadFeatureTexts()]);
    return screen;
  });
}
