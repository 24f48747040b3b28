// The demo page (target/demo, built by `make demo-dir`) in headless Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import {
  DEMO, serve, launch, watchErrors, seeds, seedText, nodeApi, waitForReport, merge, tabUntil,
} from './helpers.mjs';

let server;
let browser;
before(async () => {
  server = await serve(DEMO);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** A fresh context and page; every request and CSP violation is recorded. */
async function open(t, { width = 1280, height = 900, permissions = [] } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, acceptDownloads: true });
  if (permissions.length) await context.grantPermissions(permissions, { origin: server.origin });
  const requests = [];
  context.on('request', (r) => requests.push(r.url()));
  await context.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const page = await context.newPage();
  const errors = watchErrors(page);
  const dialogs = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    d.dismiss();
  });
  t.after(() => context.close());
  await page.goto(`${server.origin}/`);
  await page.waitForFunction(() => document.querySelectorAll('#taxonomy details').length > 0);
  return { context, page, errors, requests, dialogs };
}

/** The seed article with the most labels (the core is tuned over time; any seed will do). */
async function richestSeed() {
  const api = await nodeApi();
  let best = null;
  for (const { name } of seeds()) {
    const text = await seedText(name);
    const n = api.classify(text).labels.reduce((sum, l) => sum + 1 + l.evidence.length, 0);
    if (!best || n > best.n) best = { name, text, n };
  }
  return best;
}

const shadow = (page, fn, arg) => page.locator('#widget').evaluate(fn, arg);

test('a pasted seed article shows its labels, scores and highlights at the right characters', async (t) => {
  const { page, errors } = await open(t, { permissions: ['clipboard-read', 'clipboard-write'] });
  const { name, text } = await richestSeed();
  const expected = (await nodeApi()).classify(text);
  assert.ok(expected.labels.length > 0, `${name} should have labels`);

  // A real paste: clipboard, focus, Ctrl+V.
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.focus('#article');
  await page.keyboard.press('Control+V');
  assert.equal(await page.inputValue('#article'), text);
  const report = await waitForReport(page);
  assert.deepEqual(report, expected);
  // The "Ready. Paste an article" invitation does not stay beside the results.
  assert.equal(await page.textContent('#page-status'), '');

  const shown = await shadow(page, (el) => ({
    summary: el.shadowRoot.querySelector('.summary').textContent,
    labels: [...el.shadowRoot.querySelectorAll('[data-incident]')].map((li) => ({
      id: li.dataset.incident,
      part: li.getAttribute('part'),
      family: li.querySelector('.family').textContent,
      score: li.querySelector('.score').textContent,
      bar: li.querySelector('.fill').style.width,
    })),
  }));
  assert.match(shown.summary, new RegExp(`\\(${expected.language}\\)`));
  assert.deepEqual(shown.labels.map((l) => l.id), expected.labels.map((l) => l.id));
  for (const [i, l] of shown.labels.entries()) {
    assert.equal(l.part, 'label');
    assert.equal(l.family, expected.labels[i].family);
    assert.equal(l.score, expected.labels[i].score.toFixed(2));
    assert.ok(l.bar.endsWith('%') && parseFloat(l.bar) > 0, `bar width ${l.bar}`);
  }

  // Every mark sits at its data-start in the text and holds text.slice(start, end).
  const marks = await shadow(page, (el) => {
    const view = el.shadowRoot.querySelector('.text');
    return [...view.querySelectorAll('mark')].map((m) => {
      const range = document.createRange();
      range.setStart(view, 0);
      range.setEndBefore(m);
      return { at: range.toString().length, start: +m.dataset.start, end: +m.dataset.end, text: m.textContent, ids: m.dataset.incidents.split(' ') };
    });
  });
  assert.ok(marks.length > 0);
  for (const m of marks) {
    assert.equal(m.at, m.start);
    assert.equal(m.text, text.slice(m.start, m.end));
  }
  // For each label, the highlighted characters are exactly its evidence sentences.
  for (const label of expected.labels) {
    const want = merge(label.evidence.map((ev) => [ev.start, ev.end]));
    const got = merge(marks.filter((m) => m.ids.includes(label.id)).map((m) => [m.start, m.end]));
    assert.deepEqual(got, want, label.id);
    for (const ev of label.evidence) assert.equal(text.slice(ev.start, ev.end), ev.sentence);
  }

  // Click a label: its sentences get the active highlight; click a highlight: which types.
  const first = expected.labels[0];
  await page.locator('#widget [data-incident] button').first().click();
  const active = await shadow(page, (el) => ({
    marks: [...el.shadowRoot.querySelectorAll('mark.active')].map((m) => m.dataset.incidents),
    focused: el.shadowRoot.activeElement?.tagName,
    pressed: el.shadowRoot.querySelector('[data-incident] button').getAttribute('aria-pressed'),
  }));
  assert.ok(active.marks.length > 0 && active.marks.every((k) => k.split(' ').includes(first.id)));
  assert.equal(active.focused, 'MARK');
  assert.equal(active.pressed, 'true');
  await page.locator('#widget mark').first().click();
  const selection = await shadow(page, (el) => el.shadowRoot.querySelector('.selection').textContent);
  assert.match(selection, /This passage supports: /);
  const firstIds = marks[0].ids;
  for (const id of firstIds) assert.ok(selection.includes(`(${expected.labels.find((l) => l.id === id).family})`), selection);

  // Copy the report as JSON.
  await page.click('#copy-json');
  await page.waitForFunction(() => /Copied/.test(document.getElementById('page-status').textContent));
  const copied = JSON.parse(await page.evaluate(() => navigator.clipboard.readText()));
  assert.deepEqual(copied.labels.map((l) => l.id), expected.labels.map((l) => l.id));
  assert.equal(copied.language, expected.language);
  assert.deepEqual(errors, []);
});

test('Ctrl+Enter classifies at once; language and min-score controls reach the widget', async (t) => {
  const { page } = await open(t);
  const text = await seedText(seeds()[1].name);
  // Set the text without an input event, so only Ctrl+Enter can start the classification.
  await page.evaluate((t) => { document.getElementById('article').value = t; }, text);
  await page.focus('#article');
  await page.keyboard.press('Control+Enter');
  const report = await waitForReport(page);
  assert.deepEqual(report, (await nodeApi()).classify(text));

  await page.selectOption('#lang', 'kk');
  await page.fill('#min-score', '0.9');
  assert.equal(await page.locator('#widget').getAttribute('lang'), 'kk');
  assert.equal(await page.locator('#widget').getAttribute('min-score'), '0.9');
  await page.waitForFunction(() => document.getElementById('widget').report?.language === 'kk');
  const strict = await page.locator('#widget').evaluate((el) => el.report);
  assert.deepEqual(strict, (await nodeApi()).classify(text, { lang: 'kk', minScore: 0.9 }));
});

test('the example articles are one click away and classify in their language', async (t) => {
  const { page, errors } = await open(t);
  for (const lang of ['en', 'ru', 'kk']) {
    await page.click(`[data-example="${lang}"]`);
    const report = await waitForReport(page);
    assert.equal(report.language, lang);
    assert.equal(report.incident, true, `${lang} example has no incident`);
    const shown = await shadow(page, (el) => el.shadowRoot.querySelectorAll('[data-incident]').length);
    assert.equal(shown, report.labels.length);
  }
  // A text with no incident says so.
  await page.fill('#article', 'The city council approved a new budget for parks and libraries on Monday.');
  await page.keyboard.press('Control+Enter');
  const none = await waitForReport(page);
  assert.equal(none.incident, false);
  assert.match(await shadow(page, (el) => el.shadowRoot.querySelector('.summary').textContent), /No press-freedom incident found/);
  assert.deepEqual(errors, []);
});

const PAYLOAD = 'Police detained the journalist <img src=x onerror="window.__pwned=1;alert(1)"> in Almaty. '
  + '<script>window.__pwned=2;alert(2)</script> <b onmouseover=alert(3)>bold</b> The reporter was arrested.';

test('pasted HTML and script stay inert text, in the article and in batch file names', async (t) => {
  const { page, dialogs, requests, errors } = await open(t);
  const count = () => page.evaluate(() => ({
    doc: document.querySelectorAll('img, script, b').length,
    shadow: document.getElementById('widget').shadowRoot.querySelectorAll('img, script, b').length,
  }));
  const before = await count();
  await page.fill('#article', PAYLOAD);
  await page.keyboard.press('Control+Enter');
  const report = await waitForReport(page);
  assert.ok(report.labels.length > 0, 'the payload text should still be classified');
  const view = await shadow(page, (el) => el.shadowRoot.querySelector('.text').textContent);
  assert.equal(view, PAYLOAD);
  // The highlights hold the payload as characters.
  const marked = await shadow(page, (el) => [...el.shadowRoot.querySelectorAll('mark')].map((m) => m.textContent).join(''));
  assert.ok(marked.includes('<img src=x onerror='), marked);

  await page.setInputFiles('#batch-files', [
    { name: '<img src=x onerror=alert(4)>.txt', mimeType: 'text/plain', buffer: Buffer.from(PAYLOAD) },
    { name: '<script>alert(5)</script>.txt', mimeType: 'text/plain', buffer: Buffer.from(PAYLOAD) },
  ]);
  await page.waitForFunction(() => /^Done/.test(document.getElementById('batch-message').textContent));
  const ids = await page.$$eval('#batch-table tbody th', (ths) => ths.map((th) => th.textContent));
  assert.deepEqual(ids, ['<img src=x onerror=alert(4)>.txt', '<script>alert(5)</script>.txt']);

  assert.deepEqual(await count(), before);
  assert.deepEqual(dialogs, []);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.ok(!requests.some((u) => new URL(u).pathname === '/x'), 'the <img src=x> was fetched');
  assert.deepEqual(errors, []);
});

test('batch: --- separated articles give one row each, with CSV and JSON Lines downloads', async (t) => {
  const { page, errors } = await open(t);
  const api = await nodeApi();
  const list = seeds().slice(0, 3);
  const texts = await Promise.all(list.map((s) => seedText(s.name)));
  await page.fill('#batch-text', texts.map((x) => x.trim()).join('\n---\n'));
  await page.click('#batch-run');
  await page.waitForFunction(() => /^Done/.test(document.getElementById('batch-message').textContent));
  const expected = texts.map((x) => api.classify(x.trim(), { minScore: 0.5 }));
  const types = api.taxonomy().map((ty) => ty.id);

  const rows = await page.$$eval('#batch-table tbody tr', (trs) => trs.map((tr) => ({
    id: tr.querySelector('th').textContent,
    hits: [...tr.querySelectorAll('td.hit[data-incident]')].map((td) => td.dataset.incident),
  })));
  assert.deepEqual(rows.map((r) => r.id), ['1', '2', '3']);
  for (const [i, row] of rows.entries()) {
    assert.deepEqual(row.hits.sort(), expected[i].labels.map((l) => l.id).sort());
  }
  const progress = await page.$eval('#batch-progress', (p) => ({ value: p.value, max: p.max }));
  assert.equal(progress.max, 3);

  const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.click('#export-csv')]);
  assert.equal(csvDownload.suggestedFilename(), 'presswatch.csv');
  const csv = (await readFile(await csvDownload.path(), 'utf8')).trim().split(/\r\n/);
  assert.equal(csv[0], ['id', 'language', 'incident', ...types].join(','));
  assert.equal(csv.length, 4);
  for (const [i, line] of csv.slice(1).entries()) {
    const cells = line.split(',');
    assert.equal(cells[0], String(i + 1));
    assert.equal(cells[1], expected[i].language);
    assert.equal(cells[2], String(expected[i].incident));
    for (const [j, id] of types.entries()) {
      const label = expected[i].labels.find((l) => l.id === id);
      if (label) assert.ok(Math.abs(Number(cells[3 + j]) - label.score) < 1e-6, `${id} ${cells[3 + j]}`);
      else assert.equal(cells[3 + j], '');
    }
  }

  const [jsonlDownload] = await Promise.all([page.waitForEvent('download'), page.click('#export-jsonl')]);
  assert.equal(jsonlDownload.suggestedFilename(), 'presswatch.jsonl');
  const lines = (await readFile(await jsonlDownload.path(), 'utf8')).trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(lines.length, 3);
  for (const [i, line] of lines.entries()) {
    assert.deepEqual(Object.keys(line), ['id', 'language', 'labels']);
    assert.equal(line.id, i + 1);
    assert.equal(line.language, expected[i].language);
    assert.deepEqual(line.labels.map((l) => l.id), expected[i].labels.map((l) => l.id));
    assert.deepEqual(line.labels.map((l) => l.evidence), expected[i].labels.map((l) => l.evidence));
  }

  // "Show" puts one article back into the main view.
  await page.locator('#batch-table tbody tr').nth(1).getByRole('button', { name: /^Show/ }).click();
  const shown = await waitForReport(page);
  assert.deepEqual(shown.labels.map((l) => l.id), expected[1].labels.map((l) => l.id));
  assert.deepEqual(errors, []);
});

test('several files dropped on the article box go to batch, rows named by file', async (t) => {
  const { page } = await open(t);
  const list = seeds().slice(0, 2);
  const files = await Promise.all(list.map(async (s) => ({ name: s.name, text: await seedText(s.name) })));
  const dataTransfer = await page.evaluateHandle((fs) => {
    const dt = new DataTransfer();
    for (const f of fs) dt.items.add(new File([f.text], f.name, { type: 'text/plain' }));
    return dt;
  }, files);
  await page.dispatchEvent('#article', 'drop', { dataTransfer });
  await page.waitForFunction(() => /^Done/.test(document.getElementById('batch-message').textContent));
  const ids = await page.$$eval('#batch-table tbody th', (ths) => ths.map((th) => th.textContent));
  assert.deepEqual(ids, list.map((s) => s.name));

  // One dropped file opens in the article box.
  const one = await page.evaluateHandle((f) => {
    const dt = new DataTransfer();
    dt.items.add(new File([f.text], f.name, { type: 'text/plain' }));
    return dt;
  }, files[0]);
  await page.dispatchEvent('#article', 'drop', { dataTransfer: one });
  const report = await waitForReport(page);
  assert.equal(await page.inputValue('#article'), files[0].text);
  assert.deepEqual(report, (await nodeApi()).classify(files[0].text));
});

test('no request leaves the origin and the CSP holds', async (t) => {
  const { page, requests, errors } = await open(t);
  await page.click('[data-example="ru"]');
  await waitForReport(page);
  await page.fill('#batch-text', 'Журналиста задержали.\n---\nReporter arrested.');
  await page.click('#batch-run');
  await page.waitForFunction(() => /^Done/.test(document.getElementById('batch-message').textContent));
  await page.click('#taxonomy details summary');
  assert.ok(requests.length > 5, requests.join('\n'));
  const foreign = requests.filter((u) => new URL(u).origin !== server.origin);
  assert.deepEqual(foreign, []);
  assert.deepEqual(await page.evaluate(() => window.__csp), []);
  const csp = await page.$eval('meta[http-equiv="Content-Security-Policy"]', (m) => m.content);
  assert.equal(csp, "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'");
  // No inline scripts or style attributes in the served HTML.
  const html = await readFile(`${DEMO}/index.html`, 'utf8');
  assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/);
  assert.doesNotMatch(html, /\sstyle=/);
  assert.ok(await page.evaluate(() => !!document.getElementById('privacy').textContent.match(/Nothing leaves this machine/)));
  assert.deepEqual(errors, []);
});

test('keyboard only: example, labels, highlights, batch and export, with visible focus', async (t) => {
  const { page } = await open(t);
  await page.locator('body').focus();
  await tabUntil(page, () => document.activeElement?.dataset?.example === 'en');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notEqual(outline, 'none');
  await page.keyboard.press('Enter');
  const report = await waitForReport(page);
  assert.ok(report.labels.length > 0);

  // Into the widget: the first label's button.
  await tabUntil(page, () => document.activeElement?.id === 'widget'
    && document.activeElement.shadowRoot.activeElement?.classList.contains('label-button'));
  const buttonOutline = await page.evaluate(() => getComputedStyle(document.activeElement.shadowRoot.activeElement).outlineStyle);
  assert.notEqual(buttonOutline, 'none');
  await page.keyboard.press('Enter');
  const focused = await shadow(page, (el) => el.shadowRoot.activeElement?.tagName + ' ' + el.shadowRoot.activeElement?.className);
  assert.match(focused, /^MARK .*active/);
  await page.keyboard.press('Enter');
  assert.match(await shadow(page, (el) => el.shadowRoot.querySelector('.selection').textContent), /This passage supports/);

  // Batch by keyboard: type two articles, Ctrl+Enter, then download the CSV with Enter.
  await tabUntil(page, () => document.activeElement?.id === 'batch-text');
  await page.keyboard.type('Police detained a reporter in Almaty.\n---\nThe weather was fine.');
  await page.keyboard.press('Control+Enter');
  await page.waitForFunction(() => /^Done/.test(document.getElementById('batch-message').textContent));
  await tabUntil(page, () => document.activeElement?.id === 'export-csv');
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  const csv = (await readFile(await download.path(), 'utf8')).trim().split(/\r\n/);
  assert.equal(csv.length, 3);

  // The taxonomy opens from the keyboard.
  await tabUntil(page, () => document.activeElement?.tagName === 'SUMMARY');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.parentElement.open), true);
});

test('a 5 MB paste classifies in a worker while typing continues', { timeout: 300_000 }, async (t) => {
  const { page, errors } = await open(t);
  const base = `${(await richestSeed()).text}\n\n`;
  const big = base.repeat(Math.ceil(5e6 / base.length));
  assert.ok(big.length >= 5e6);
  // What a paste does: the text lands in the box, then one input event.
  await page.evaluate((text) => {
    const box = document.getElementById('article');
    box.value = text;
    box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
  }, big);
  // Typing right away is taken (the main thread is free) and the final text is classified.
  await page.focus('#article');
  await page.keyboard.press('Control+End');
  await page.keyboard.type('xyz');
  const final = await page.inputValue('#article');
  assert.equal(final, `${big}xyz`);
  assert.ok(page.workers().length >= 1, 'classification should run in a Web Worker');
  const report = await waitForReport(page, { timeout: 240_000 });
  assert.equal(report.incident, true);
  // The long text view is cut into blocks; every highlight still holds its own characters.
  const view = await shadow(page, (el) => {
    const v = el.shadowRoot.querySelector('.text');
    return {
      length: v.textContent.length,
      chunks: v.querySelectorAll('.chunk').length,
      marks: [...v.querySelectorAll('mark')].map((m) => [+m.dataset.start, +m.dataset.end, m.textContent]),
    };
  });
  assert.equal(view.length, final.length);
  assert.ok(view.chunks > 100, `${view.chunks} chunks`);
  assert.ok(view.marks.length > 0);
  for (const [start, end, text] of view.marks) assert.equal(text, final.slice(start, end));
  assert.deepEqual(errors, []);
});

test('usable at 360 px: no horizontal page scroll', async (t) => {
  const { page } = await open(t, { width: 360, height: 740 });
  await page.click('[data-example="kk"]');
  await waitForReport(page);
  await page.fill('#batch-text', 'Журналист ұсталды.\n---\nReporter arrested.');
  await page.click('#batch-run');
  await page.waitForFunction(() => /^Done/.test(document.getElementById('batch-message').textContent));
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 360, `page is ${width}px wide`);
});

test('works offline once loaded (service worker)', async (t) => {
  const { context, page } = await open(t);
  // Before any controlled fetch: what the install step cached, the glue's snippets included.
  const cached = await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    const cache = await caches.open((await caches.keys())[0]);
    return (await cache.keys()).map((r) => new URL(r.url).pathname);
  });
  assert.ok(cached.includes('/presswatch/wasm/presswatch_bg.wasm'), cached.join(' '));
  assert.ok(cached.some((p) => /^\/presswatch\/wasm\/snippets\/.+\/report\.js$/.test(p)), cached.join(' '));
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await context.setOffline(true);
  await page.reload();
  await page.waitForFunction(() => document.querySelectorAll('#taxonomy details').length > 0);
  await page.click('[data-example="en"]');
  const report = await waitForReport(page);
  assert.equal(report.incident, true);
});
