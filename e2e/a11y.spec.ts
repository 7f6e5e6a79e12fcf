import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import {
  MOCK_API,
  connectToMockApi,
  detailHeading,
  expectGrid,
  lookupField,
  startDemo,
  submitConnectForm,
} from './fixtures';

// WCAG 2.1 A and AA, the level the console promises, on every screen in both themes.
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa'];
const LIST = `${MOCK_API}/v1/purposes`;
const h1 = (page: Page) => page.getByRole('heading', { level: 1 });

/** The mock API's list answers 500 (retried twice, then shown) until unrouted. */
function failList(page: Page) {
  return page.route(LIST, (route) =>
    route.fulfill({
      status: 500,
      contentType: 'application/json',
      headers: { 'access-control-allow-origin': '*' },
      body: JSON.stringify({ code: 500, message: 'Internal server error' }),
    }),
  );
}

type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>;

/** One line per rule and element, with axe's own explanation, so a failure reads as a to-do. */
function describeViolations(violations: AxeResults['violations']): string {
  return violations
    .map((violation) => {
      const nodes = violation.nodes
        .map((node) => {
          const summary = (node.failureSummary ?? '').replaceAll('\n', '\n      ');
          return `    ${node.html.slice(0, 160)}\n      ${summary}`;
        })
        .join('\n');
      return `${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help}\n  ${violation.helpUrl}\n${nodes}`;
    })
    .join('\n\n');
}

/** Transitions (a panel opening, a ripple) fade colours in: scan once they have ended. */
async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every(
        (animation) =>
          animation.playState !== 'running' ||
          animation.effect?.getComputedTiming().iterations === Infinity,
      ),
  );
}

async function expectNoViolations(page: Page, screen: string): Promise<void> {
  await settle(page);
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  // Compared as text, so a failure prints axe's findings and not a deep diff of its objects.
  expect(describeViolations(violations), `axe violations on ${screen}`).toBe('');
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`axe, ${colorScheme} theme`, () => {
    test.beforeEach(async ({ page }) => {
      await page.emulateMedia({ colorScheme });
    });

    test('token screen, grid, table, detail and not found', async ({ page }) => {
      await page.goto('/connect');
      await expect(h1(page)).toBeVisible();
      await expectNoViolations(page, '/connect');

      await connectToMockApi(page);
      await expectGrid(page);
      await expectNoViolations(page, '/purposes (grid)');

      await page.getByRole('button', { name: 'Table' }).click();
      await expect(page).toHaveURL(/view=table/);
      const table = page.getByRole('table', { name: 'Purposes' });
      await expect(table.getByRole('link', { name: 'Marketing' })).toBeVisible();
      await expectNoViolations(page, '/purposes?view=table');

      await table.getByRole('link', { name: 'Marketing' }).click();
      await expect(detailHeading(page)).toHaveText('Marketing');
      await expect(page.getByRole('progressbar')).toHaveCount(0);
      await expectNoViolations(page, '/purposes/:id');

      await lookupField(page).fill('999999');
      await lookupField(page).press('Enter');
      await expect(detailHeading(page)).toContainText(/not found/i);
      await expectNoViolations(page, '/purposes/999999 (not found)');

      await page.goto('/no-such-screen');
      await expect(h1(page)).toHaveText('There is no such page');
      await expectNoViolations(page, 'an address that matches no screen');
    });

    test('the checks panel of the demo, open', async ({ page }) => {
      await startDemo(page);
      await page.getByRole('button', { name: 'Show check details' }).click();
      const problems = page.getByRole('group', { name: 'Filter by check' });
      await expect(problems.getByRole('button').first()).toBeVisible();
      // Wait until every logo has been tried, so the panel shows its final verdicts.
      await expect(page.getByText(/Loading logos/)).toHaveCount(0, { timeout: 15_000 });
      await expect(page.getByRole('button', { name: 'Hide check details' })).toBeVisible();
      await expectNoViolations(page, '/purposes with check details');

      // One check expanded, its links listed; and a filter chip pressed.
      await page.getByRole('button', { name: 'Logo not loading 1', exact: true }).click();
      await problems.getByRole('button').first().click();
      await expect(problems.getByRole('button', { pressed: true })).toHaveCount(1);
      await expectNoViolations(page, '/purposes with a check expanded and a filter on');
    });

    test('error states: a refused Connect and a list that fails', async ({ page }) => {
      test.slow(); // two rounds of a first try and two retries with backoff
      await failList(page);
      await page.goto('/connect');
      await submitConnectForm(page, { remember: true });
      await expect(page.getByRole('alert')).toContainText('internal error', { timeout: 15_000 });
      await expectNoViolations(page, '/connect with an error');

      // Connected for real, then the list fails on the next load.
      await page.unroute(LIST);
      await connectToMockApi(page, { remember: true });
      await expectGrid(page);
      await failList(page);
      await page.reload();
      await expect(page.getByRole('alert')).toContainText('The API had an internal error', {
        timeout: 15_000,
      });
      await expectNoViolations(page, '/purposes with the list failing');
    });
  });
}
