import { defineConfig } from '@playwright/test';
import base from './playwright.config';

/** `npm run screenshots`: the README's pictures, taken from the built app itself. */
export default defineConfig({
  ...base,
  testDir: 'docs/screens',
  testMatch: '*.shots.ts',
  fullyParallel: false,
  workers: 1,
  reporter: [['list']],
  use: { ...base.use, viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 },
});
