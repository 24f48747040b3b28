// The packed tarball (`make pack`, target/presswatch-*.tgz) installed into a fresh project,
// offline from the file, then used from Node and from a page without a bundler.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, serve, launch, watchErrors, seeds, nodeApi } from './helpers.mjs';

let project;
let tgz;
before(() => {
  const target = join(ROOT, 'target');
  const tarballs = readdirSync(target)
    .filter((f) => /^presswatch-.*\.tgz$/.test(f))
    .map((f) => join(target, f))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  assert.ok(tarballs.length, 'no target/presswatch-*.tgz: run `make pack`');
  tgz = tarballs[0];
  project = mkdtempSync(join(tmpdir(), 'presswatch-consumer-'));
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', '--loglevel=error', tgz], { cwd: project, stdio: 'pipe' });
});
after(() => {
  if (project) rmSync(project, { recursive: true, force: true });
});

test('package.json: module type, exports map, files, types; no runtime dependencies', () => {
  const dir = join(project, 'node_modules', 'presswatch');
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  assert.equal(pkg.name, 'presswatch');
  assert.equal(pkg.type, 'module');
  assert.deepEqual(Object.keys(pkg.exports).slice(0, 2), ['.', './widget']);
  assert.equal(pkg.exports['.'].types, './index.d.ts');
  assert.equal(pkg.exports['./widget'].types, './widget.d.ts');
  assert.ok(Array.isArray(pkg.files) && pkg.files.includes('wasm/presswatch_bg.wasm'));
  assert.equal(pkg.dependencies, undefined);
  for (const f of pkg.files) assert.ok(existsSync(join(dir, f)), `${f} is listed but not packed`);
  assert.match(readFileSync(join(dir, 'README.md'), 'utf8'), /presswatch-report/);
  const types = readFileSync(join(dir, 'element.d.ts'), 'utf8');
  assert.match(types, /class PresswatchClassifierElement extends HTMLElement/);
  assert.match(readFileSync(join(dir, 'index.d.ts'), 'utf8'), /export function classify\(text: string, options\?: Options \| null\): Report;/);
  // Only the package's own files: no seeds, no tests, no sources.
  const packed = execFileSync('tar', ['-tzf', tgz], { encoding: 'utf8' }).trim().split('\n').sort();
  assert.ok(packed.every((p) => p.startsWith('package/')), packed.join(' '));
  assert.ok(packed.length <= pkg.files.length + 1, packed.join(' '));
});

test('Node 20 ESM: import init, { classify, taxonomy } from "presswatch"; await init()', async () => {
  const { path } = seeds()[0];
  writeFileSync(join(project, 'node.mjs'), `
import { readFileSync } from 'node:fs';
import init, { classify, taxonomy, version } from 'presswatch';
import { PresswatchClassifierElement } from 'presswatch/widget';
await init();
const text = readFileSync(process.argv[2], 'utf8');
const report = classify(text);
const ok = report.labels.every((l) => l.evidence.every((e) => text.slice(e.start, e.end) === e.sentence));
console.log(JSON.stringify({ report, ok, types: taxonomy().length, version: version(), element: typeof PresswatchClassifierElement.define }));
`);
  const out = JSON.parse(execFileSync(process.execPath, ['node.mjs', path], { cwd: project, encoding: 'utf8' }));
  const expected = (await nodeApi()).classify(readFileSync(path, 'utf8'));
  assert.deepEqual(out.report, expected);
  assert.equal(out.ok, true);
  assert.equal(out.types, (await nodeApi()).taxonomy().length);
  assert.match(out.version, /^\d+\.\d+\.\d+/);
  assert.equal(out.element, 'function', 'importing the widget in Node does not throw');
});

test('a page imports node_modules/presswatch with a plain <script type="module">', async () => {
  writeFileSync(join(project, 'index.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval'">
<link rel="icon" href="/favicon.svg"><title>consumer</title></head>
<body><presswatch-classifier id="w" compact></presswatch-classifier>
<script type="module" src="/main.js"></script></body></html>`);
  writeFileSync(join(project, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(join(project, 'main.js'), `
import init, { classify } from './node_modules/presswatch/index.js';
import './node_modules/presswatch/widget.js';
await init();
window.direct = classify('Police detained the journalist in Almaty.');
const w = document.getElementById('w');
w.addEventListener('presswatch-report', (e) => { window.fromWidget = e.detail; });
w.value = 'Журналиста задержали в Алматы.';
`);
  const server = await serve(project);
  const browser = await launch();
  try {
    const page = await browser.newPage();
    const errors = watchErrors(page);
    await page.goto(`${server.origin}/index.html`);
    await page.waitForFunction(() => window.direct && window.fromWidget);
    const { direct, fromWidget } = await page.evaluate(() => ({ direct: window.direct, fromWidget: window.fromWidget }));
    const api = await nodeApi();
    assert.deepEqual(direct, api.classify('Police detained the journalist in Almaty.'));
    assert.deepEqual(fromWidget, api.classify('Журналиста задержали в Алматы.'));
    assert.ok(direct.labels.length > 0);
    const labels = await page.locator('#w').evaluate((el) => el.shadowRoot.querySelectorAll('[data-incident]').length);
    assert.equal(labels, fromWidget.labels.length);
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    await server.close();
  }
});

test('Vite bundles the package (API and widget) into a page that works', async (t) => {
  const vite = join(ROOT, '.tools', 'node_modules', 'vite', 'bin', 'vite.js');
  if (!existsSync(vite)) {
    t.skip('vite is not in .tools: run `make setup`');
    return;
  }
  const app = join(project, 'vite-app');
  execFileSync('mkdir', ['-p', app]);
  writeFileSync(join(app, 'index.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval'">
<link rel="icon" href="/favicon.svg"><title>vite consumer</title></head>
<body><presswatch-classifier id="w" compact></presswatch-classifier>
<script type="module" src="./main.js"></script></body></html>`);
  writeFileSync(join(app, 'main.js'), `
import init, { classify } from 'presswatch';
import { PresswatchClassifierElement } from 'presswatch/widget';
init().then(() => {
  window.direct = classify('Police detained the journalist in Almaty.');
  const w = document.getElementById('w');
  w.addEventListener('presswatch-report', (e) => { window.fromWidget = e.detail; });
  window.defined = customElements.get('presswatch-classifier') === PresswatchClassifierElement;
  w.value = 'Журналиста задержали в Алматы.';
});
`);
  execFileSync(process.execPath, [vite, 'build', '--logLevel', 'error', '--outDir', 'dist', '--emptyOutDir'], { cwd: app, stdio: 'pipe' });
  const assets = readdirSync(join(app, 'dist', 'assets'));
  assert.ok(assets.some((f) => f.endsWith('.wasm')), `no .wasm emitted: ${assets.join(' ')}`);
  writeFileSync(join(app, 'dist', 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  const server = await serve(join(app, 'dist'));
  const browser = await launch();
  try {
    const page = await browser.newPage();
    const errors = watchErrors(page);
    await page.goto(`${server.origin}/index.html`);
    await page.waitForFunction(() => window.direct && window.fromWidget);
    const r = await page.evaluate(() => ({ direct: window.direct, fromWidget: window.fromWidget, defined: window.defined }));
    const api = await nodeApi();
    assert.deepEqual(r.direct, api.classify('Police detained the journalist in Almaty.'));
    assert.deepEqual(r.fromWidget, api.classify('Журналиста задержали в Алматы.'));
    assert.equal(r.defined, true);
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    await server.close();
  }
});
