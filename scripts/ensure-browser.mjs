// Before the browser tests: use the system's Chromium when there is one; otherwise (a laptop)
// let Playwright download its own, so `npm test` is all a newcomer runs.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { systemChromium } from './browser.mjs';

const system = systemChromium();
if (system) {
  console.log(`Browser tests use ${system}`);
} else if (existsSync(chromium.executablePath())) {
  console.log(`Browser tests use Playwright's Chromium at ${chromium.executablePath()}`);
} else {
  console.log("No Chromium found: installing Playwright's (one time)…");
  execFileSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' });
}
