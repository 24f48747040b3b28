// Robustness of the release build (pkg/, after wasm-opt) in Node: lone surrogates from
// JavaScript, HTML mode offsets, and wasm memory that stops growing over 10,000
// classifications of varied text. Run by `make test-js` (which builds pkg/ first).
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const root = fileURLToPath(new URL('../../', import.meta.url));
const pkg = join(root, 'pkg');

let wasm;
let exports;
before(async () => {
  wasm = await import(join(pkg, 'presswatch.js'));
  exports = await wasm.default({ module_or_path: readFileSync(join(pkg, 'presswatch_bg.wasm')) });
});

const isHigh = (c) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c) => c >= 0xdc00 && c <= 0xdfff;

/** Every offset is an integer inside the text that does not split a surrogate pair. */
function checkOffset(text, o, what) {
  assert.ok(Number.isInteger(o) && o >= 0 && o <= text.length, `${what} ${o} outside 0..${text.length}`);
  assert.ok(!(isHigh(text.charCodeAt(o - 1)) && isLow(text.charCodeAt(o))), `${what} ${o} splits a surrogate pair`);
}

/** Every {start, end} and {cue_start, cue_end} anywhere in the report. */
function spans(value, out = []) {
  if (Array.isArray(value)) value.forEach((v) => spans(v, out));
  else if (value && typeof value === 'object') {
    if (typeof value.start === 'number') out.push([value.start, value.end]);
    if (typeof value.cue_start === 'number') out.push([value.cue_start, value.cue_end]);
    Object.values(value).forEach((v) => spans(v, out));
  }
  return out;
}

function checkReport(text, report, { plain = true } = {}) {
  assert.equal(report.incident, report.labels.length > 0);
  for (const [s, e] of spans(report)) {
    checkOffset(text, s, 'start');
    checkOffset(text, e, 'end');
    assert.ok(s <= e, `${s}..${e}`);
  }
  if (!plain) return;
  // Lone surrogates reach Rust as U+FFFD (one UTF-16 unit, like the surrogate), so offsets
  // still slice the text the caller holds.
  const wellFormed = text.toWellFormed();
  for (const label of report.labels) {
    for (const ev of label.evidence) {
      assert.equal(wellFormed.slice(ev.start, ev.end), ev.sentence, `${label.id} sentence`);
    }
  }
}

test('lone surrogates from JavaScript neither throw nor shift offsets', () => {
  const incident = 'Police detained the journalist outside the court on Monday.';
  const cases = [
    '\uD800',
    '\uDC00',
    '\uDBFF\uDBFF\uDC00\uDC00',
    `${incident} \uD800`,
    `\uD800${incident}`,
    `\uDC00 🙂 ${incident} \uD83D`,
    `Әкім \uD800 әғқ 👩🏽‍💻 \uDFFF. Журналиста задержали полицейские в Алматы 🚓. ${incident}`,
    `${'\uD800'.repeat(1000)} ${incident} ${'\uDC00'.repeat(1000)}`,
  ];
  for (const text of cases) {
    for (const options of [undefined, { html: true }, { lang: 'ru', minScore: 0 }]) {
      const report = wasm.classify(text, options);
      checkReport(text, report, { plain: !options?.html });
    }
  }
  const report = wasm.classify(`\uD800 ${incident} \uDC00`);
  assert.ok(report.labels.some((l) => l.id === 'detention'), JSON.stringify(report.labels.map((l) => l.id)));
});

test('html: true ignores scripts and maps offsets into the HTML', () => {
  const html =
    '<p>Police <b>detained</b> the&nbsp;journalist &laquo;X&raquo; 🙂.</p>' +
    '<script>document.title = "Police detained the journalist"; alert(1)</script>' +
    '<img src=x onerror="alert(2)"><p>Markets rose.</p>';
  const report = wasm.classify(html, { html: true });
  checkReport(html, report, { plain: false });
  const label = report.labels.find((l) => l.id === 'detention');
  assert.ok(label, JSON.stringify(report));
  assert.equal(label.evidence.length, 1, 'the script text is not a second sentence');
  const ev = label.evidence[0];
  assert.equal(html.slice(ev.start, ev.end), 'Police <b>detained</b> the&nbsp;journalist &laquo;X&raquo; 🙂.');
  assert.equal(ev.sentence, 'Police detained the\u00a0journalist «X» 🙂.');
  assert.ok(!JSON.stringify(report).includes('alert'));
  assert.throws(() => wasm.classify('x', { html: 'yes' }), (e) => e instanceof Error && /html/.test(e.message));
});

/** A small deterministic PRNG (mulberry32), so every run classifies the same texts. */
function rng(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = [
  'Police', 'detained', 'the', 'journalist', 'reporter', 'was', 'not', 'beaten', 'blocked', 'website',
  'court', 'fined', 'editor', '10', 'days', 'Журналиста', 'задержали', 'редакцию', 'обыскали', 'суд',
  'тілші', 'ұсталды', 'Алматы', '.', ',', '\n', '\n\n', '- ', 'Read also:', '«', '»', '🙂', '👩🏽‍💻',
  '\uD800', '<p>', '</p>', '&nbsp;', '2 March 2024', 'Reuters', 'article 274',
];

function article(next) {
  const n = Math.floor(next() ** 3 * 2000); // mostly short, now and then ~2,000 words
  const words = [];
  for (let i = 0; i < n; i++) words.push(WORDS[Math.floor(next() * WORDS.length)]);
  return words.join(' ');
}

test('wasm memory stops growing over 10,000 classifications of varied text', () => {
  const next = rng(42);
  const memory = () => exports.memory.buffer.byteLength;
  // Warm up with the largest text, so the allocator has seen the high-water mark.
  const big = WORDS.join(' ').repeat(200);
  wasm.classify(big);
  wasm.classify(big, { html: true });
  const checkpoints = [];
  for (let i = 1; i <= 10_000; i++) {
    const text = article(next);
    const options = i % 3 === 0 ? { html: true } : i % 7 === 0 ? { lang: 'ru', minScore: 0.2 } : undefined;
    const report = wasm.classify(text, options);
    if (i % 500 === 0) checkReport(text, report, { plain: !options?.html });
    if (i % 1000 === 0) checkpoints.push(memory());
  }
  const growth = checkpoints[checkpoints.length - 1] - checkpoints[4];
  // A leak of even 100 bytes a call would add ~500 kB over the last 5,000 calls; allow one
  // 64 KiB page for fragmentation.
  assert.ok(growth <= 65536, `memory grew ${growth} bytes over the last 5,000 calls: ${checkpoints.join(', ')}`);
});
