// The wasm build in Node: load time, time to the first report, throughput on the same JSON
// Lines file as the native run (a cold and a warm pass), and the .wasm size raw, gzip and brotli.
// Usage: node scripts/bench-wasm.mjs FILE.jsonl [native-CPU-seconds [native-wall-seconds
//        [native-binary]]]
// With the native binary, five more pairs run side by side (one native run, then one wasm
// pass), so that both halves of each ratio see the same machine.
// PRESSWATCH_PKG=DIR measures a wasm-pack output other than pkg/ (e.g. one built elsewhere).
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { spawnSync } from 'node:child_process';

const [file, nativeSeconds, nativeWallSeconds, nativeBin] = process.argv.slice(2);
const pkg = process.env.PRESSWATCH_PKG
  ? pathToFileURL(`${process.env.PRESSWATCH_PKG.replace(/\/$/, '')}/`)
  : new URL('../pkg/', import.meta.url);
const wasmPath = new URL('presswatch_bg.wasm', pkg);
const bytes = readFileSync(wasmPath);

const t0 = performance.now();
const k0 = process.cpuUsage();
const mod = await import(new URL('presswatch.js', pkg).href);
await mod.default({ module_or_path: bytes });
const t1 = performance.now();
const k1 = process.cpuUsage();
mod.classify('Police detained the journalist outside the court.');
const t2 = performance.now();
const k2 = process.cpuUsage();
const cpuMs = (a, b) => (b.user + b.system - a.user - a.system) / 1000;

const lines = readFileSync(file, 'utf8').split('\n').filter(Boolean);
const texts = lines.map((l) => JSON.parse(l).text);
const size = Buffer.byteLength(readFileSync(file));
// Pass 1 is what a fresh page pays: V8 first runs the .wasm through its baseline compiler and
// recompiles hot functions with its optimising one on background threads (CPU time here).
// Passes 2 to 6 run the same articles again with that done: the steady speed of a long session
// or a batch. Native runs have no such warm-up, so both passes are printed against them.
function pass() {
  const s0 = performance.now();
  const c0 = process.cpuUsage();
  for (const t of texts) mod.classify(t);
  const c1 = process.cpuUsage(c0);
  // CPU time (user + system) of this process: stable on a shared machine, like the native figure.
  return { secs: (c1.user + c1.system) / 1e6, wallSecs: (performance.now() - s0) / 1000 };
}
const cold = pass();
// The warm figure is the median of five passes, as the native figure is the median of five
// runs: one pass on a shared machine moves by 10% to 30%.
const warms = Array.from({ length: 5 }, pass).sort((a, b) => a.secs - b.secs);
const warm = warms[2];

// Pairs: the native CLI on one thread (CPU time of the child, by GNU time), then one wasm
// pass, five times. On a shared machine the speed moves by 10% to 30% from minute to minute;
// a ratio of two runs seconds apart moves less than one of two runs a minute apart.
const pairs = [];
if (nativeBin) {
  for (let k = 0; k < 5; k += 1) {
    const run = spawnSync('/usr/bin/time', ['-f', '%U %S', nativeBin, 'classify', '--jsonl', '--quiet', '--threads', '1', file], {
      stdio: ['ignore', 'ignore', 'pipe'],
      encoding: 'utf8',
    });
    const [user, system] = (run.stderr || '').trim().split('\n').pop().split(' ').map(Number);
    if (run.status !== 0 || !Number.isFinite(user + system)) break;
    const w = pass();
    pairs.push({ native: user + system, wasm: w.secs });
  }
}

const gz = gzipSync(bytes, { level: 9 }).length;
const br = brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
console.log(`wasm in Node (release build, ${pkg.pathname}):`);
console.log(`  module load + instantiate: ${(t1 - t0).toFixed(1)} ms wall (${cpuMs(k0, k1).toFixed(1)} ms CPU); first report ${(t2 - t1).toFixed(1)} ms wall (${cpuMs(k1, k2).toFixed(1)} ms CPU) later (lexicon compiled on first use)`);
for (const [name, { secs, wallSecs }] of [['pass 1 (cold JIT)', cold], ['passes 2 to 6 (warm JIT, median)', warm]]) {
  console.log(`  ${name}: ${texts.length} articles in ${secs.toFixed(3)} s CPU (${wallSecs.toFixed(3)} s wall): ${(size / 1e6 / secs).toFixed(1)} MB/s, ${(texts.length / secs).toFixed(0)} articles/s, ${(1000 * secs / texts.length).toFixed(3)} ms per article`);
  if (nativeSeconds) {
    // Node's CPU time counts its garbage-collector and compiler threads too; the classification
    // loop itself runs on one thread, so wall time is printed beside it.
    const wall = nativeWallSeconds ? `, ${(100 * Number(nativeWallSeconds) / wallSecs).toFixed(0)}% in wall time` : '';
    console.log(`    share of native CLI throughput (one thread): ${(100 * Number(nativeSeconds) / secs).toFixed(0)}% in CPU time${wall}`);
  }
}
if (pairs.length > 0) {
  const shares = pairs.map((q) => q.native / q.wasm).sort((a, b) => a - b);
  const mid = shares[Math.floor(shares.length / 2)];
  const pct = (x) => `${(100 * x).toFixed(0)}%`;
  console.log(`  side by side (${pairs.length} pairs of one native run and one warm wasm pass, CPU time): wasm at ${pct(mid)} of native (median; ${pct(shares[0])} to ${pct(shares[shares.length - 1])})`);
}
console.log(`  .wasm size: ${(bytes.length / 1024).toFixed(1)} KiB raw, ${(gz / 1024).toFixed(1)} KiB gzip -9, ${(br / 1024).toFixed(1)} KiB brotli -q 11`);
