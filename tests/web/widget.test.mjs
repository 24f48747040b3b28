// <presswatch-classifier> on its own, in a fixture page under the same strict CSP as the demo.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { DEMO, serve, launch, watchErrors, nodeApi } from './helpers.mjs';

const FIXTURE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval'">
<link rel="icon" href="/favicon.svg"><title>widget fixture</title></head>
<body><textarea id="src"></textarea><div id="host"></div>
<script type="module" src="/fixture.js"></script></body></html>`;

const FIXTURE_JS = `
import { PresswatchClassifierElement } from '/presswatch/widget.js';
import * as api from '/presswatch/index.js';
window.PW = PresswatchClassifierElement;
window.api = api;
window.events = [];
document.addEventListener('presswatch-report', (e) => window.events.push({
  id: e.target.id, tag: e.target.localName, bubbles: e.bubbles, composed: e.composed, detail: e.detail,
}));
window.fixtureReady = true;
`;

const EN = 'Police detained the journalist in Almaty on Monday. The reporter was arrested again later.';

let server;
let browser;
before(async () => {
  server = await serve(DEMO, {
    '/fixture.html': { body: FIXTURE },
    '/fixture.js': { type: 'text/javascript', body: FIXTURE_JS },
  });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

async function open(t) {
  const page = await browser.newPage();
  const errors = watchErrors(page);
  const dialogs = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    d.dismiss();
  });
  t.after(() => page.close());
  await page.goto(`${server.origin}/fixture.html`);
  await page.waitForFunction(() => window.fixtureReady);
  return { page, errors, dialogs };
}

/** Adds an element from `html` (a fixture string, not user text) and waits for `n` events. */
async function nextEvents(page, n) {
  await page.waitForFunction((k) => window.events.length >= k, n);
  return page.evaluate(() => window.events);
}

test('attribute value: classifies, fires presswatch-report (bubbles, composed) with the report', async (t) => {
  const { page, errors } = await open(t);
  await page.evaluate((text) => {
    const el = document.createElement('presswatch-classifier');
    el.id = 'a';
    el.setAttribute('value', text);
    document.body.append(el);
  }, EN);
  const [event] = await nextEvents(page, 1);
  assert.equal(event.id, 'a');
  assert.equal(event.bubbles, true);
  assert.equal(event.composed, true);
  assert.deepEqual(event.detail, (await nodeApi()).classify(EN));
  assert.ok(event.detail.labels.length > 0);
  const dom = await page.locator('#a').evaluate((el) => ({
    status: !!el.shadowRoot.querySelector('[role="status"][aria-live="polite"] [data-incident]'),
    labels: [...el.shadowRoot.querySelectorAll('[data-incident]')].map((n) => [n.dataset.incident, n.getAttribute('part')]),
    value: el.value,
    report: el.report,
  }));
  assert.equal(dom.status, true, 'labels are inside a role=status aria-live=polite region');
  assert.deepEqual(dom.labels, event.detail.labels.map((l) => [l.id, 'label']));
  assert.equal(dom.value, EN);
  assert.deepEqual(dom.report, event.detail);
  assert.deepEqual(errors, []);
});

test('property value, min-score and lang are batched into one classification', async (t) => {
  const { page } = await open(t);
  const calls = await page.evaluate(async (text) => {
    const el = document.createElement('presswatch-classifier');
    el.id = 'b';
    document.body.append(el);
    const calls = [];
    el.classifier = (t, o) => {
      calls.push(o);
      return window.api.default().then(() => window.api.classify(t, o));
    };
    el.value = text;
    el.minScore = 0.3;
    el.lang = 'en';
    await new Promise((r) => el.addEventListener('presswatch-report', r, { once: true }));
    return { calls, attr: el.getAttribute('value'), min: el.getAttribute('min-score'), lang: el.getAttribute('lang') };
  }, EN);
  assert.deepEqual(calls.calls, [{ minScore: 0.3, lang: 'en' }]);
  assert.equal(calls.attr, null, 'the value property does not write a (possibly huge) attribute');
  assert.equal(calls.min, '0.3');
  assert.equal(calls.lang, 'en');
});

test('min-score and lang attributes change the report; bad values fall back to defaults', async (t) => {
  const { page } = await open(t);
  const api = await nodeApi();
  const result = await page.evaluate(async (text) => {
    const el = document.createElement('presswatch-classifier');
    el.setAttribute('value', text);
    document.body.append(el);
    const next = () => new Promise((r) => el.addEventListener('presswatch-report', (e) => r(e.detail), { once: true }));
    const first = await next();
    el.setAttribute('min-score', '0.99');
    const strict = await next();
    el.setAttribute('lang', 'ru');
    const ru = await next();
    el.setAttribute('min-score', 'abc');
    el.setAttribute('lang', 'xx');
    const fallback = await next();
    return { first, strict, ru, fallback, min: el.minScore, lang: el.lang };
  }, EN);
  assert.deepEqual(result.first, api.classify(EN));
  assert.deepEqual(result.strict, api.classify(EN, { minScore: 0.99 }));
  assert.equal(result.ru.language, 'ru');
  assert.deepEqual(result.fallback, api.classify(EN));
  assert.equal(result.min, 0.5);
  assert.equal(result.lang, 'auto');
});

test('for: follows a textarea as it changes; Ctrl+Enter classifies at once', async (t) => {
  const { page } = await open(t);
  await page.evaluate(() => {
    const el = document.createElement('presswatch-classifier');
    el.id = 'c';
    el.setAttribute('for', 'src');
    document.body.append(el);
  });
  await page.fill('#src', EN);
  const [event] = await nextEvents(page, 1);
  assert.equal(event.id, 'c');
  assert.deepEqual(event.detail, (await nodeApi()).classify(EN));
  assert.equal(await page.locator('#c').evaluate((el) => el.value), EN);

  await page.evaluate(() => { document.getElementById('src').value = 'Журналиста задержали в Алматы.'; });
  await page.focus('#src');
  await page.keyboard.press('Control+Enter');
  const events = await nextEvents(page, 2);
  assert.equal(events[1].detail.language, 'ru');
  assert.equal(await page.locator('#c').getAttribute('for'), 'src');
  assert.equal(await page.locator('#c').evaluate((el) => el.htmlFor), 'src');
});

test('compact hides the text view; facts shows a facts card only when the report has facts', async (t) => {
  const { page } = await open(t);
  const r = await page.evaluate(async (text) => {
    const el = document.createElement('presswatch-classifier');
    el.setAttribute('compact', '');
    el.setAttribute('facts', '');
    document.body.append(el);
    let mode = 'custom';
    el.classifier = async (t, o) => {
      await window.api.default();
      const { facts, ...report } = window.api.classify(t, o);
      // Facts of any shape, and unknown fields, must render (as text) or be skipped, never break.
      if (mode === 'custom') {
        return { ...report, facts: { places: [{ name: 'Almaty', kind: 'city', country: 'KZ', text: 'Almaty' }, '<b>x</b>'],
          victims: [{ name: 'A. B.', role: 'journalist', gender_inferred: false, text: 'journalist A. B.' }],
          novel_section: [{ text: 'something new' }], note: { deep: { value: 1 } } }, extra: 42 };
      }
      return mode === 'empty' ? { ...report, facts: { victims: [], places: [] } } : report;
    };
    const next = () => new Promise((r) => el.addEventListener('presswatch-report', (e) => r(e.detail), { once: true }));
    el.value = text;
    await next();
    const s = el.shadowRoot;
    const compact = { textHidden: s.querySelector('.text').hidden, labels: s.querySelectorAll('[data-incident]').length,
      buttons: s.querySelectorAll('[data-incident] button').length,
      facts: s.querySelector('.facts').hidden ? null : s.querySelector('.facts').textContent,
      bold: s.querySelectorAll('.facts b').length };
    el.compact = false;
    el.facts = false;
    await Promise.resolve();
    await new Promise((r) => setTimeout(r, 0));
    const full = { textHidden: s.querySelector('.text').hidden, factsHidden: s.querySelector('.facts').hidden, attr: el.hasAttribute('compact') };
    el.facts = true;
    mode = 'absent';
    el.value = `${text} `;
    await next();
    const noFacts = { factsHidden: s.querySelector('.facts').hidden, children: s.querySelector('.facts').childElementCount };
    mode = 'empty';
    el.value = `${text}  `;
    await next();
    const emptyFacts = { factsHidden: s.querySelector('.facts').hidden, children: s.querySelector('.facts').childElementCount };
    return { compact, full, noFacts, emptyFacts };
  }, EN);
  assert.equal(r.compact.textHidden, true);
  assert.ok(r.compact.labels > 0);
  assert.equal(r.compact.buttons, 0);
  assert.match(r.compact.facts, /Almaty/);
  assert.match(r.compact.facts, /<b>x<\/b>/);
  assert.match(r.compact.facts, /A\. B\., journalist/);
  assert.match(r.compact.facts, /Almaty \(city, KZ\)/);
  assert.match(r.compact.facts, /something new/);
  assert.equal(r.compact.bold, 0);
  assert.deepEqual(r.full, { textHidden: false, factsHidden: true, attr: false });
  assert.deepEqual(r.noFacts, { factsHidden: true, children: 0 });
  assert.deepEqual(r.emptyFacts, { factsHidden: true, children: 0 });
});

test('the event is composed: it leaves a shadow root and reaches the document', async (t) => {
  const { page } = await open(t);
  await page.evaluate((text) => {
    const root = document.getElementById('host').attachShadow({ mode: 'open' });
    const el = document.createElement('presswatch-classifier');
    el.id = 'inner';
    el.value = text;
    root.append(el);
  }, EN);
  const [event] = await nextEvents(page, 1);
  assert.equal(event.id, 'host', 'retargeted to the shadow host');
  assert.ok(event.detail.labels.length > 0);
});

test('defining twice is harmless; define() takes a tag and a registry', async (t) => {
  const { page, errors } = await open(t);
  const r = await page.evaluate(async () => {
    // The define module evaluated a second time, and a second copy of the class (as when
    // two bundles each carry the package).
    const again = await import('/presswatch/widget.js?second-load');
    const copy = await import('/presswatch/element.js?second-copy');
    const first = customElements.get('presswatch-classifier');
    window.PW.define();
    copy.PresswatchClassifierElement.define();
    window.PW.define('my-classifier');
    window.PW.define('my-classifier');
    const el = document.createElement('my-classifier');
    el.value = 'Police detained the journalist.';
    document.body.append(el);
    const report = await new Promise((res) => el.addEventListener('presswatch-report', (e) => res(e.detail), { once: true }));
    return {
      sameClass: first === window.PW,
      secondLoadSame: again.PresswatchClassifierElement === window.PW,
      secondCopyDiffers: copy.PresswatchClassifierElement !== window.PW,
      custom: el instanceof window.PW,
      labels: report.labels.length,
    };
  });
  assert.deepEqual(r, { sameClass: true, secondLoadSame: true, secondCopyDiffers: true, custom: true, labels: r.labels });
  assert.ok(r.labels > 0);
  assert.deepEqual(errors, []);
});

test('XSS payloads in value stay inert text', async (t) => {
  const { page, dialogs, errors } = await open(t);
  const payload = 'Police detained the journalist <img src=x onerror="window.__pwned=1;alert(1)"> today. '
    + '<script>window.__pwned=2</script><svg onload=alert(3)></svg> The reporter was arrested.';
  const r = await page.evaluate(async (p) => {
    const el = document.createElement('presswatch-classifier');
    document.body.append(el);
    el.value = p;
    const attr = document.createElement('presswatch-classifier');
    attr.setAttribute('value', p);
    document.body.append(attr);
    await new Promise((res) => {
      let n = 0;
      document.addEventListener('presswatch-report', () => ++n === 2 && res());
    });
    const count = (e) => e.shadowRoot.querySelectorAll('img, script, svg').length;
    return {
      elements: count(el) + count(attr) + document.querySelectorAll('img, svg').length,
      text: el.shadowRoot.querySelector('.text').textContent,
      marks: el.shadowRoot.querySelectorAll('mark').length,
      pwned: window.__pwned,
    };
  }, payload);
  assert.equal(r.elements, 0);
  assert.equal(r.text, payload);
  assert.ok(r.marks > 0);
  assert.equal(r.pwned, undefined);
  assert.deepEqual(dialogs, []);
  assert.deepEqual(errors, []);
});
