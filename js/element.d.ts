import type { Options, Report } from './index.js';

/** The label threshold used when `min-score` is absent or invalid (the core's default). */
export declare const DEFAULT_MIN_SCORE: 0.5;
/** Delay between the last `input` event of the followed textarea and classification, in ms. */
export declare const FOLLOW_DEBOUNCE_MS: number;

/** What classifies for the element; return a promise to run it in a Web Worker. */
export type Classifier = (text: string, options: Options) => Report | Promise<Report>;

/** One run of the text view: the labels whose evidence sentences cover [start, end). */
export interface HighlightRun {
  start: number;
  end: number;
  ids: string[];
  key: string;
  cue: boolean;
}

/** Splits `text` at every evidence boundary of `report` (UTF-16 offsets). */
export declare function highlightRuns(text: string, report: Report | null): HighlightRun[];

/**
 * `<presswatch-classifier>`: classifies its `value` (or the textarea named by `for`) and shows
 * the language, every incident type with family and score, and the evidence in place.
 *
 * @fires presswatch-report - after each classification; `detail` is the report.
 * @fires presswatch-error - when classification fails; `detail` is the error.
 */
export declare class PresswatchClassifierElement extends HTMLElement {
  static readonly observedAttributes: string[];
  /** Registers the element under `tag`; harmless when `tag` is already defined. */
  static define(tag?: string, registry?: CustomElementRegistry): typeof PresswatchClassifierElement;
  /** The text to classify (attribute `value`); the property does not write the attribute. */
  value: string;
  /** Attribute `min-score`: lowest score reported, 0..1; default 0.5. */
  minScore: number;
  /** Attribute `lang`: `auto` (default), `en`, `ru` or `kk`; other values read as `auto`. */
  lang: string;
  /** Attribute `for`: the id of a textarea to follow. */
  htmlFor: string;
  /** Attribute `compact`: summary and labels only, no text view. */
  compact: boolean;
  /** Attribute `facts`: show a facts card when the report has a `facts` section. */
  facts: boolean;
  /** The last report, or null. */
  readonly report: Report | null;
  /** The function that classifies; null means the wasm module on the main thread. */
  classifier: Classifier | null;
  /** Classifies now, skipping any pending debounce; resolves with the report. */
  refresh(): Promise<Report | null>;
  /** Highlights (and scrolls to) the evidence of one incident type; null clears. */
  showLabel(id: string | null): void;
}

export default PresswatchClassifierElement;

declare global {
  interface HTMLElementTagNameMap {
    'presswatch-classifier': PresswatchClassifierElement;
  }
  interface HTMLElementEventMap {
    'presswatch-report': CustomEvent<Report>;
    'presswatch-error': CustomEvent<unknown>;
  }
}
