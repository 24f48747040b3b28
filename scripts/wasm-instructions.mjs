// Classifies the articles of a JSON Lines file PASSES times through a wasm-pack build in Node;
// run under callgrind by scripts/wasm-instructions.sh, which subtracts one pass from three.
// Usage: node scripts/wasm-instructions.mjs PKG_DIR FILE.jsonl PASSES
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const [dir, file, passes] = process.argv.slice(2);
const pkg = pathToFileURL(`${dir.replace(/\/$/, '')}/`);
const mod = await import(new URL('presswatch.js', pkg).href);
await mod.default({ module_or_path: readFileSync(new URL('presswatch_bg.wasm', pkg)) });
const texts = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l).text);
for (let p = 0; p < Number(passes); p += 1) {
  for (const t of texts) mod.classify(t);
}
