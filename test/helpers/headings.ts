import { screen } from '@testing-library/react';
import { expect } from 'vitest';

/**
 * Expects the page's h1 to be the only heading with its text: a second heading right under it
 * with the same words only makes screen-reader users hear the title twice.
 */
export function expectTitleNotRepeated(): void {
  const title = screen.getByRole('heading', { level: 1 }).textContent;
  const same = screen.getAllByRole('heading').filter((heading) => heading.textContent === title);
  expect(same, `headings reading "${title}"`).toHaveLength(1);
}
