/**
 * axe-core in jsdom, for component tests. Colour contrast and target sizes need real layout, so
 * they are left to the Playwright a11y tests in Chromium; everything structural (names, labels,
 * headings, lists, landmarks, ARIA) is checked here.
 */
import axe from 'axe-core';

/** Fails with the rule ids and elements when `root` has any axe violation. */
export async function expectNoAxeViolations(root: Element = document.body): Promise<void> {
  const result = await axe.run(root, {
    rules: { 'color-contrast': { enabled: false }, 'target-size': { enabled: false } },
    resultTypes: ['violations'],
  });
  const problems = result.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} – ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
  expect(problems).toEqual([]);
}
