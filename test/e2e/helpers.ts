import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';
import { demoCode } from './demo-codes';

/** The sync status line in the shell. */
export function syncStatusOf(page: Page): Locator {
  return page.getByRole('status').filter({ hasText: /synkroniseret|venter|Offline|koblet/ });
}

/**
 * Reads the app's IndexedDB in the page: every row of `table`, or the one row with `key`.
 *
 * Rejects (instead of hanging) when the database or the table is not there.
 */
function readTable(page: Page, table: string, key?: string): Promise<unknown> {
  return page.evaluate(
    ([name, wanted]) =>
      new Promise<unknown>((resolve, reject) => {
        const open = indexedDB.open('samspil');
        open.onerror = () => reject(new Error('cannot open samspil'));
        open.onsuccess = () => {
          try {
            const store = open.result.transaction(name).objectStore(name);
            const request = wanted === undefined ? store.getAll() : store.get(wanted);
            request.onsuccess = () => resolve(request.result);
            request.onerror = () => reject(new Error(`cannot read ${name}`));
          } catch (error) {
            reject(error instanceof Error ? error : new Error(String(error)));
          }
        };
      }),
    [table, key] as const,
  );
}

/** Every row of one of the app's IndexedDB tables, read in the page. */
export async function tableRows(page: Page, table: string): Promise<Record<string, unknown>[]> {
  return (await readTable(page, table)) as Record<string, unknown>[];
}

/** One row of one of the app's IndexedDB tables by its key, read in the page. */
export async function tableRow(
  page: Page,
  table: string,
  key: string,
): Promise<Record<string, unknown> | undefined> {
  return (await readTable(page, table, key)) as Record<string, unknown> | undefined;
}

/** No sideways scrolling (WCAG 1.4.10 reflow: at 320 CSS px, also what 200 % zoom gives at 640). */
export async function expectNoHorizontalScroll(page: Page, screen = page.url()): Promise<void> {
  const { overflow, culprits } = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    // The innermost elements that stick out, so a failure names what to fix.
    const sticking = [...document.body.querySelectorAll('*')].filter(
      (element) => element.getBoundingClientRect().right > width + 0.5,
    );
    const innermost = sticking.filter(
      (element) => !sticking.some((o) => o.parentElement === element),
    );
    return {
      overflow: document.documentElement.scrollWidth - width,
      culprits: innermost
        .slice(0, 5)
        .map(
          (element) => `${element.tagName.toLowerCase()}.${element.getAttribute('class') ?? ''}`,
        ),
    };
  });
  expect(overflow, `sideways scroll on ${screen}: ${culprits.join(', ')}`).toBeLessThanOrEqual(0);
}

/** Opens `path`, waits for its h1, runs axe and checks there is no sideways scroll. */
export async function checkScreen(
  page: Page,
  path: string,
  heading: string | RegExp,
): Promise<void> {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  await expectNoAxeViolations(page, path);
  await expectNoHorizontalScroll(page, path);
}

/** Waits until the service worker controls the page (not only `ready`): then reloads work offline. */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
    timeout: 30_000,
  });
}

/** Joins with the demo invitation code for `role`, with a first name, and lands on home. */
export async function join(
  page: Page,
  role: 'volunteer' | 'caseworker' | 'contact' | 'leader' | 'admin',
  name = 'Birthe',
): Promise<void> {
  await joinWithCode(page, await demoCode(role), name);
}

/** Joins with an invitation code, with a first name, and lands on home. */
export async function joinWithCode(page: Page, code: string, name: string): Promise<void> {
  await page.goto('/');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Velkommen til Samspil' }),
  ).toBeVisible();
  await page.getByRole('textbox', { name: 'Invitationskode' }).fill(code);
  await page.getByRole('textbox', { name: /Dit fornavn/ }).fill(name);
  await page.getByRole('button', { name: 'Kom i gang' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Hej ${name}` })).toBeVisible();
}

/**
 * Waits until the shell says everything is synced: after joining, the first sync brings the
 * institution's own activity types, which replace the built-in ones on the volunteer's form.
 */
export async function waitForSync(page: Page): Promise<void> {
  await expect(syncStatusOf(page)).toHaveText('Alt er synkroniseret.', { timeout: 15_000 });
}

/** Waits until every saved change has reached the server (the outbox is empty) and it says so. */
export async function waitForOutboxSent(page: Page): Promise<void> {
  const pending = async () => (await tableRows(page, 'outbox')).length;
  await expect.poll(pending, { timeout: 15_000 }).toBe(0);
  await waitForSync(page);
}

/** Logs one activity from the volunteer home screen and waits for "saved". */
export async function logActivity(page: Page, type: string, duration: string): Promise<void> {
  await page.getByText(type, { exact: true }).click();
  await page.getByText(duration, { exact: true }).click();
  await page.getByRole('button', { name: 'Gem aktivitet' }).click();
  await expect(page.getByText('Gemt på telefonen.', { exact: true })).toBeVisible();
}

/** Runs axe with the WCAG 2.1 A and AA rules and expects no violations. */
export async function expectNoAxeViolations(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary, `axe violations on ${screen}`).toEqual([]);
}
