// The presswatch JavaScript API: the wasm-pack `--target web` glue, plus an `init()` that
// needs no argument in Node (it reads the .wasm with `fs`) as well as in browsers (where the
// glue fetches it relative to its own URL). Calling `init()` again returns the same promise.
import glueInit, { initSync, classify, taxonomy, version } from './wasm/presswatch.js';

export { initSync, classify, taxonomy, version };

let ready = null;

/**
 * Loads the WebAssembly module once. With no argument: in Node the bundled .wasm is read
 * from disk, in browsers it is fetched next to this module. Any argument goes straight to
 * the wasm-bindgen initialiser (`{ module_or_path }`: URL, Response, bytes or Module).
 */
export default function init(input) {
  if (ready) return ready;
  ready = load(input).then(() => undefined);
  ready.catch(() => {
    ready = null; // allow a retry after a failed load
  });
  return ready;
}

async function load(input) {
  if (input === undefined && globalThis.process?.versions?.node) {
    // A variable specifier keeps bundlers from pulling `fs` into browser builds.
    const fsModule = 'node:fs/promises';
    const { readFile } = await import(/* @vite-ignore */ /* webpackIgnore: true */ fsModule);
    const bytes = await readFile(new URL('./wasm/presswatch_bg.wasm', import.meta.url));
    return glueInit({ module_or_path: bytes });
  }
  return glueInit(input === undefined ? undefined : input);
}
