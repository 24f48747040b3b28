// The release build (wasm-pack --release --target web, after wasm-opt) loaded in Node:
// `wasm-pack test` only runs debug builds without wasm-opt, so a broken release .wasm
// would slip through without this. Run after `make wasm`.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('../../', import.meta.url));
const pkg = join(root, 'pkg');
const seeds = join(root, '..', 'shared', 'seeds');

let wasm;
before(async () => {
  wasm = await import(join(pkg, 'presswatch.js'));
  await wasm.default({ module_or_path: readFileSync(join(pkg, 'presswatch_bg.wasm')) });
});

function checkOffsets(text, report) {
  for (const label of report.labels) {
    for (const ev of label.evidence) {
      assert.equal(text.slice(ev.start, ev.end), ev.sentence, `${label.id} sentence`);
      assert.ok(ev.start <= ev.cue_start && ev.cue_end <= ev.end, `${label.id} cue in sentence`);
    }
  }
}

test('the first seed article is an incident with exact evidence', () => {
  const name = readdirSync(seeds).find((f) => f.startsWith('000_') && f.endsWith('.txt'));
  assert.ok(name, `no 000_*.txt in ${seeds}`);
  const text = readFileSync(join(seeds, name), 'utf8');
  const report = wasm.classify(text);
  assert.equal(report.incident, true);
  assert.ok(report.labels.length > 0);
  assert.ok(
    report.labels.some((l) => l.evidence.some((ev) => text.slice(ev.start, ev.end) === ev.sentence)),
    'no label has evidence that slices back to its sentence',
  );
  checkOffsets(text, report);
});

test('offsets are UTF-16 after Kazakh letters and emoji', () => {
  const text = 'Әкім 🎉 әғқңөұүһі 👩🏽‍💻. Журналиста задержали полицейские в Алматы 🚓.';
  const report = wasm.classify(text, { lang: 'ru' });
  assert.ok(report.labels.length > 0, JSON.stringify(report));
  checkOffsets(text, report);
});

test('bad options throw an Error naming the value', () => {
  assert.throws(() => wasm.classify('x', { minScore: 1.7 }), (e) => e instanceof Error && /1\.7/.test(e.message));
  assert.throws(() => wasm.classify('x', { lang: 'xx' }), (e) => e instanceof Error && /xx/.test(e.message));
  assert.throws(() => wasm.classify('x', { colour: 'red' }), (e) => e instanceof Error && /colour/.test(e.message));
  assert.throws(() => wasm.classify(42), (e) => e instanceof Error && /text must be a string, not number 42/.test(e.message));
});

test('taxonomy and version', () => {
  const ids = wasm.taxonomy().map((t) => t.id);
  assert.ok(ids.includes('detention'), ids.join(','));
  assert.match(wasm.version(), /^\d+\.\d+\.\d+/);
});

// The size budget of issue #5 (200 KB gzipped) is a property of the build, not a timing, so it
// is checked here: a lexicon that grows past it fails the tests, not only the next `make bench`.
// Node's zlib at level 9 is the stricter of the two gzips measured (GNU gzip -9 is ~1 KB less).
test('the release .wasm stays within 200 KB gzipped', () => {
  const bytes = readFileSync(join(pkg, 'presswatch_bg.wasm'));
  const gz = gzipSync(bytes, { level: 9 }).length;
  assert.ok(gz <= 200_000, `presswatch_bg.wasm is ${gz} bytes gzipped (${bytes.length} raw), over 200,000`);
});
