// Shared by the browser tests: a loopback static server, Chromium through playwright-core
// (the system /usr/bin/chromium, see ../shared/TOOLCHAIN.md) and the Node build of the API.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { extname, join, normalize, sep } from 'node:path';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const DEMO = join(ROOT, 'target', 'demo');
export const NPM = join(ROOT, 'target', 'npm', 'presswatch');
export const SEEDS = join(ROOT, '..', 'shared', 'seeds');

const require = createRequire(join(ROOT, '.tools', 'package.json'));
const { chromium } = require('playwright-core');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.ts': 'text/plain; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
};

/**
 * Serves `dir` on a free loopback port. `extra` maps a path to { type, body } for fixture
 * pages. Resolves to { origin, close }.
 */
export async function serve(dir, extra = {}) {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (extra[path]) {
      res.writeHead(200, { 'content-type': extra[path].type ?? 'text/html; charset=utf-8' });
      res.end(extra[path].body);
      return;
    }
    let file = normalize(join(dir, path));
    if (!file.startsWith(normalize(dir + sep)) && file !== normalize(dir)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => {
      server.closeAllConnections?.();
      server.close(resolve);
    }),
  };
}

export function launch() {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
}

/** Console errors and uncaught page errors, to assert that a page ran cleanly. */
export function watchErrors(page) {
  const errors = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  return errors;
}

/** The seed articles (../shared/seeds/*.txt), read at test time and never copied. */
export function seeds() {
  return readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, path: join(SEEDS, name) }));
}

export async function seedText(name) {
  return readFile(join(SEEDS, name), 'utf8');
}

let api = null;
/** The staged npm package's API in Node, to compute the expected reports. */
export async function nodeApi() {
  if (!api) {
    api = await import(join(NPM, 'index.js'));
    await api.default();
  }
  return api;
}

/** The text of an element's shadow root part, e.g. the summary. */
export function shadowText(page, selector, inner) {
  return page.locator(selector).evaluate((el, q) => el.shadowRoot.querySelector(q)?.textContent ?? null, inner);
}

/** Waits until the page's widget shows a report for exactly the article box's text. */
export async function waitForReport(page, { widget = '#widget', source = '#article', timeout = 60_000 } = {}) {
  await page.waitForFunction(([w, s]) => {
    const el = document.querySelector(w);
    const view = el?.shadowRoot?.querySelector('.text');
    return el?.report && !el.hasAttribute('aria-busy') && !view.hidden
      && view.textContent === document.querySelector(s).value;
  }, [widget, source], { timeout });
  return page.locator(widget).evaluate((el) => el.report);
}

/** Merged [start, end) intervals. */
export function merge(ranges) {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out = [];
  for (const [s, e] of sorted) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

/** Presses Tab until `predicate` (run in the page) is true; fails after `max` presses. */
export async function tabUntil(page, predicate, arg, max = 80) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(predicate, arg)) return;
  }
  throw new Error(`focus never reached the target after ${max} Tab presses`);
}
