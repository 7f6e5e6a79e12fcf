import { expect, test, type Locator, type Page } from '@playwright/test';
import {
  DEMO_TOKEN,
  MOCK_API,
  endpointField,
  expectGrid,
  purposeGrid,
  tokenField,
} from './fixtures';

const searchField = (page: Page) => page.getByLabel('Search purposes');
const h1 = (page: Page) => page.getByRole('heading', { level: 1 });

/** Presses Tab (or Shift+Tab) until `target` has focus; fails if it takes more than `max`. */
async function tabTo(page: Page, target: Locator, { back = false, max = 25 } = {}) {
  for (let presses = 0; presses < max; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  await expect(
    target,
    `reached within ${max} presses of ${back ? 'Shift+Tab' : 'Tab'}`,
  ).toBeFocused();
}

/** The focused control shows it: an outline or a shadow a sighted keyboard user can see. */
async function expectVisibleFocus(target: Locator) {
  await expect(target).toBeFocused();
  const ring = await target.evaluate((element) => {
    const style = getComputedStyle(element);
    return {
      outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
      shadow: style.boxShadow !== 'none',
      focusVisible: element.matches(':focus-visible'),
    };
  });
  expect(ring.focusVisible, 'the browser treats this focus as keyboard focus').toBe(true);
  expect(ring.outline || ring.shadow, 'an outline of 2px or more, or a focus shadow').toBe(true);
}

/** A text field shows focus with its own thicker, coloured border rather than an outline. */
async function expectVisibleFocusOrBorder(field: Locator) {
  await expect(field).toBeFocused();
  const border = await field.evaluate((input) => {
    // The outlined field's border is the <fieldset> beside the input.
    const outline = input.parentElement?.querySelector('fieldset');
    return outline ? parseFloat(getComputedStyle(outline).borderTopWidth) : 0;
  });
  expect(border, 'the focused field’s border is 2px').toBeGreaterThanOrEqual(2);
}

/** The names of the grid's cards (their headings), in DOM and so in Tab order. */
const cardNames = (page: Page) =>
  purposeGrid(page)
    .getByRole('link')
    .evaluateAll((links) => links.map((link) => link.querySelector('h2')?.textContent ?? ''));

test('from the token screen to a purpose and back, without a mouse', async ({ page }) => {
  await page.goto('/connect');
  await expect(h1(page)).toBeVisible();
  // A first load leaves focus where the browser puts it: at the start of the document.
  expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
  await expect(page).toHaveTitle('Connect · Purposes Console');

  await tabTo(page, endpointField(page));
  await expectVisibleFocusOrBorder(endpointField(page));
  await page.keyboard.type(MOCK_API);
  await tabTo(page, tokenField(page));
  await page.keyboard.type(DEMO_TOKEN);
  await page.keyboard.press('Enter');

  await expect(page).toHaveURL(/\/purposes$/);
  await expectGrid(page);
  await expect(h1(page)).toHaveText('Purposes');
  await expect(h1(page)).toBeFocused();
  await expect(page).toHaveTitle('Purposes · Purposes Console');

  // `/` jumps to the search; typing changes only the query string, so focus stays there.
  await page.keyboard.press('/');
  await expect(searchField(page)).toBeFocused();
  await expect(searchField(page)).toHaveValue('');
  await page.keyboard.type('mark');
  await expect(page).toHaveURL(/[?&]q=mark/);
  await expect(searchField(page)).toBeFocused();
  await expect(purposeGrid(page).getByRole('link').first()).toContainText(/mark/i);
  await page.keyboard.press('Escape');
  await expect(searchField(page)).toHaveValue('');
  await expect(page).toHaveURL(/\/purposes$/);
  await expect(searchField(page)).toBeFocused();
  await expectGrid(page);

  // Tab walks the cards in their order; Enter opens the one focused.
  const names = await cardNames(page);
  const cards = purposeGrid(page).getByRole('link');
  await tabTo(page, cards.first(), { max: 40 });
  await expectVisibleFocus(cards.first());
  for (let index = 1; index < 4; index += 1) {
    await page.keyboard.press('Tab');
    await expect(cards.nth(index)).toBeFocused();
    await expectVisibleFocus(cards.nth(index));
  }
  const opened = names[3] ?? '';
  expect(opened).not.toBe('');
  await page.keyboard.press('Enter');

  await expect(page).toHaveURL(/\/purposes\/\d+$/);
  await expect(h1(page)).toHaveText(opened);
  await expect(h1(page)).toBeFocused();
  await expect(page).toHaveTitle(`${opened} · Purposes Console`);

  // Back to purposes sits above the heading: Shift+Tab reaches it.
  const back = page.getByRole('link', { name: 'Back to purposes' });
  await tabTo(page, back, { back: true, max: 5 });
  await expectVisibleFocus(back);
  await page.keyboard.press('Enter');

  await expect(page).toHaveURL(/\/purposes$/);
  await expect(h1(page)).toHaveText('Purposes');
  await expect(h1(page)).toBeFocused();
  await expect(page).toHaveTitle('Purposes · Purposes Console');
});
