/**
 * axe-core in jsdom for the expense and concern screens. Colour contrast and target sizes need real
 * layout, so they are left to Playwright in Chromium; names, labels, headings, lists and ARIA are
 * checked here.
 */
import axe from 'axe-core';

/** Fails with the rule ids and elements when the page has any axe violation. */
export async function expectNoAxeViolations(root: Element = document.body): Promise<void> {
  const result = await axe.run(root, {
    rules: { 'color-contrast': { enabled: false } },
    resultTypes: ['violations'],
  });
  const problems = result.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} – ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
  expect(problems).toEqual([]);
}
