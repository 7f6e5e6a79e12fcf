// What the first screen costs: the JavaScript and CSS that the built index.html loads before the
// app can draw (its scripts, module or classic, the modules it preloads, its stylesheets),
// gzipped at level 9 and summed. Everything else must be a lazy chunk. Fails above the budget
// (issue "Fast to load"). Lazy chunks a screen then fetches are not counted: they are the point.
//
//   node scripts/check-bundle-size.mjs [distDir]      (after `npm run build`; default dist)
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync, constants } from 'node:zlib';

/** 170 kB counted in thousands, the stricter reading. */
const BUDGET_BYTES = 170_000;

const distDir = resolve(process.argv[2] ?? 'dist');
const html = readFileSync(join(distDir, 'index.html'), 'utf8');

/** Reads one attribute out of a tag's text; the build writes plain double-quoted attributes. */
function attribute(tag, name) {
  return tag.match(new RegExp(`\\s${name}\\s*=\\s*"([^"]*)"`, 'i'))?.[1];
}

/** What a tag makes the browser fetch before the app runs, or null for anything else. */
function loadedBy(tag) {
  if (/^<script/i.test(tag)) {
    const type = attribute(tag, 'type');
    if (type && type !== 'module' && !/javascript/i.test(type)) return null; // a data block
    return { kind: type === 'module' ? 'entry' : 'script', src: attribute(tag, 'src') };
  }
  const rel = attribute(tag, 'rel')?.toLowerCase();
  if (rel === 'modulepreload') return { kind: 'preload', src: attribute(tag, 'href') };
  if (rel === 'stylesheet') return { kind: 'css', src: attribute(tag, 'href') };
  return null;
}

const assets = [];
for (const [tag] of html.matchAll(/<(?:script|link)\b[^>]*>/gi)) {
  const loaded = loadedBy(tag);
  if (!loaded?.src) continue; // an inline script is part of index.html itself
  if (/^(?:[a-z]+:)?\/\//i.test(loaded.src)) {
    console.error(
      `index.html loads ${loaded.src} from another origin; this check cannot measure it.`,
    );
    process.exit(1);
  }
  assets.push({ kind: loaded.kind, path: loaded.src.replace(/^\//, '').split(/[?#]/)[0] });
}

if (!assets.some((asset) => asset.kind === 'entry')) {
  console.error(`${join(distDir, 'index.html')} has no <script type="module" src>.`);
  process.exit(1);
}

let total = 0;
const rows = assets.map(({ kind, path }) => {
  const bytes = readFileSync(join(distDir, path));
  const gzip = gzipSync(bytes, { level: constants.Z_BEST_COMPRESSION }).length;
  total += gzip;
  return { kind, path, raw: bytes.length, gzip };
});

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const width = Math.max(...rows.map((row) => row.path.length), 'total'.length);
console.log(`${'file'.padEnd(width)}  kind     ${'raw'.padStart(10)}  ${'gzip'.padStart(10)}`);
for (const row of rows) {
  console.log(
    `${row.path.padEnd(width)}  ${row.kind.padEnd(7)}  ${kB(row.raw).padStart(10)}  ${kB(row.gzip).padStart(10)}`,
  );
}
console.log(
  `${'total'.padEnd(width)}  ${''.padEnd(7)}  ${''.padStart(10)}  ${kB(total).padStart(10)}`,
);

if (total > BUDGET_BYTES) {
  console.error(
    `\nThe first screen loads ${kB(total)} of gzipped JS and CSS, over the ${kB(BUDGET_BYTES)} budget.` +
      '\nMove what the first screen does not need behind a dynamic import().',
  );
  process.exit(1);
}
console.log(`\nWithin the ${kB(BUDGET_BYTES)} budget (${kB(BUDGET_BYTES - total)} to spare).`);
