// Types of the presswatch JavaScript API (the shapes come from the wasm module's own types).
import type { IncidentType, InitInput, Options, Report } from './wasm/presswatch.js';

// Every shape of the wasm module (Report, Label, Evidence, Facts, Options, IncidentType, ...).
export type * from './wasm/presswatch.js';
export { initSync } from './wasm/presswatch.js';

/**
 * Loads the WebAssembly module; call (and await) it once before `classify`. With no argument
 * it reads the bundled .wasm from disk in Node and fetches it next to this module in
 * browsers. Calling it again returns the same promise.
 */
export default function init(
  input?: { module_or_path: InitInput | Promise<InitInput> } | InitInput | Promise<InitInput>,
): Promise<void>;

/**
 * Classifies one article. Never fails on text: empty or garbage text gives a report with no
 * labels. Offsets in the report are UTF-16 code units: `text.slice(ev.start, ev.end)`.
 *
 * @throws Error when `options` has an unknown key, a `minScore` outside 0..1 or an unknown `lang`.
 */
export function classify(text: string, options?: Options | null): Report;

/** The incident types presswatch knows (id, family, name, definition, schemes), in taxonomy order. */
export function taxonomy(): IncidentType[];

/** The version of the classifier, e.g. "0.1.0". */
export function version(): string;
