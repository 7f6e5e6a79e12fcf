/**
 * `npm run bench` (after `npm run build`): how the built app scales, measured in Chromium.
 * For each tenant size it starts a mock API, connects, and measures in the page itself:
 * Connect click -> first card, and the input event of a search -> the first matching card
 * (the last purpose of the tenant), plus the DOM's element count. Not part of `npm test`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chromium } from '@playwright/test';
// @ts-expect-error: a plain .mjs module shared with scripts/ensure-browser.mjs
import { SYSTEM_CHROMIUM_ARGS, systemChromium } from './browser.mjs';

const SIZES = [10, 1_000, 5_000, 20_000];
const PREVIEW = 'http://127.0.0.1:4420';
const children: ChildProcess[] = [];

function start(command: string, args: string[], env: Record<string, string> = {}) {
  const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: 'ignore' });
  children.push(child);
}

async function waitFor(url: string) {
  for (let attempt = 0; attempt < 200; attempt++) {
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`${url} did not come up`);
}

async function measure(size: number, port: number) {
  const executablePath = systemChromium() as string | undefined;
  const browser = await chromium.launch(
    executablePath ? { executablePath, args: SYSTEM_CHROMIUM_ARGS } : {},
  );
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${PREVIEW}/connect`);
  await page.getByLabel('API endpoint').fill(`http://127.0.0.1:${port}`);
  await page.getByLabel('API token').fill('demo-token');

  // Timestamps are taken in the page: click -> first card link in the DOM.
  const firstCard = page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let clickedAt = 0;
        document.addEventListener('click', () => (clickedAt = performance.now()), {
          capture: true,
          once: true,
        });
        new MutationObserver((_, observer) => {
          if (document.querySelector('[role="list"][aria-label="Purposes"] a')) {
            observer.disconnect();
            resolve(performance.now() - clickedAt);
          }
        }).observe(document.body, { childList: true, subtree: true });
      }),
  );
  await page.getByRole('button', { name: 'Connect', exact: true }).click();
  const connectMs = await firstCard;
  await page.getByRole('list', { name: 'Purposes' }).getByRole('link').first().waitFor();
  await page.mouse.wheel(0, 4000);
  await page.getByRole('list', { name: 'Purposes' }).getByRole('link').first().waitFor();
  const nodes = await page.evaluate(() => document.getElementsByTagName('*').length);

  const last = `Purpose ${String(size).padStart(5, '0')}`;
  const firstHit = page.evaluate(
    (name) =>
      new Promise<number>((resolve) => {
        let typedAt = 0;
        document.addEventListener('input', () => (typedAt ||= performance.now()), {
          capture: true,
        });
        new MutationObserver((_, observer) => {
          const links = document.querySelectorAll('[role="list"][aria-label="Purposes"] a');
          if (typedAt && [...links].some((link) => link.textContent?.startsWith(name))) {
            observer.disconnect();
            resolve(performance.now() - typedAt);
          }
        }).observe(document.body, { childList: true, subtree: true, characterData: true });
      }),
    last,
  );
  await page.getByLabel('Search purposes').fill(last);
  const searchMs = await firstHit;
  await browser.close();
  return { size, connectMs, searchMs, nodes };
}

try {
  start('npx', [
    'vite',
    'preview',
    '--host',
    '127.0.0.1',
    '--port',
    '4420',
    '--strictPort',
    '--bypass-lock',
  ]);
  const rows = [];
  for (const [index, size] of SIZES.entries()) {
    const port = 4430 + index;
    start('npx', ['tsx', 'scripts/mock-api.ts'], {
      MOCK_API_PORT: String(port),
      MOCK_API_SIZE: String(size),
    });
    await Promise.all([
      waitFor(`${PREVIEW}/connect`),
      waitFor(`http://127.0.0.1:${port}/logos/bell.svg`),
    ]);
    rows.push(await measure(size, port));
  }
  console.log('\n| purposes | Connect -> first card | typing -> first hit | DOM elements |');
  console.log('|---:|---:|---:|---:|');
  for (const row of rows) {
    console.log(
      `| ${row.size.toLocaleString('en')} | ${Math.round(row.connectMs)} ms | ${Math.round(row.searchMs)} ms | ${row.nodes.toLocaleString('en')} |`,
    );
  }
} finally {
  for (const child of children) child.kill('SIGTERM');
}
