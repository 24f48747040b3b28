// <presswatch-classifier>: shows what presswatch finds in a text. The class lives here; the
// registration lives in widget.js (import 'presswatch/widget'), which tolerates double loading.
//
// Everything that came from the user (the text, the evidence) enters the DOM through
// text nodes or textContent only, never through innerHTML.
import init, { classify, taxonomy } from './index.js';

const LANGS = ['auto', 'en', 'ru', 'kk'];
const LANG_NAMES = { en: 'English', ru: 'Russian', kk: 'Kazakh' };
/** The core's default label threshold, used when `min-score` is absent or invalid. */
export const DEFAULT_MIN_SCORE = 0.5;
/** Delay between the last keystroke in the followed textarea and classification (ms). */
export const FOLLOW_DEBOUNCE_MS = 300;
/** A classification shorter than this shows no busy indicator (avoids flicker). */
const BUSY_DELAY_MS = 150;

const CSS = `
:host { display: block; --pw-fg: #1b1f24; --pw-muted: #4a5360; --pw-bg: #ffffff;
  --pw-border: #8a94a3; --pw-accent: #0b5cad; --pw-mark: #fff0a8; --pw-mark-active: #ffd24d;
  --pw-bar: #0b5cad; --pw-bar-track: #e3e8ef; --pw-focus: #c2410c;
  color: var(--pw-fg); font: inherit; line-height: 1.45; }
:host([hidden]) { display: none; }
* { box-sizing: border-box; }
.summary { margin: 0 0 .5rem; font-weight: 600; }
.summary .lang { font-weight: 400; color: var(--pw-muted); }
.none { display: inline-block; padding: .1rem .45rem; border: 1px solid var(--pw-border); border-radius: 4px; }
progress { width: 100%; height: .5rem; }
.labels { list-style: none; margin: 0 0 .75rem; padding: 0; display: grid; gap: .4rem; }
.label { border: 1px solid var(--pw-border); border-radius: 6px; padding: .4rem .55rem; background: var(--pw-bg); }
.label-button { all: unset; display: flex; flex-wrap: wrap; align-items: baseline; gap: .15rem .6rem; width: 100%; cursor: pointer; border-radius: 4px; }
.label-button:focus-visible { outline: 3px solid var(--pw-focus); outline-offset: 3px; }
.label[aria-current="true"], .label.active { border-color: var(--pw-accent); box-shadow: inset 4px 0 0 var(--pw-accent); }
.name { font-weight: 650; }
.family { font-size: .85em; color: var(--pw-muted); }
.family::before { content: "family: "; }
.score { margin-left: auto; font-variant-numeric: tabular-nums; font-weight: 650; }
.meter { display: flex; align-items: center; gap: .6rem; margin-top: .3rem; }
.bar { display: block; flex: 1; height: .45rem; background: var(--pw-bar-track); border-radius: 3px; overflow: hidden; border: 1px solid var(--pw-border); }
.fill { display: block; height: 100%; width: 0; background: var(--pw-bar); }
.count { font-size: .85em; color: var(--pw-muted); white-space: nowrap; }
.selection { min-height: 1.4em; margin: .25rem 0 .5rem; font-size: .95em; }
.selection:empty { display: none; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; border: 1px solid var(--pw-border); border-radius: 6px;
  padding: .6rem .75rem; max-height: 32rem; overflow: auto; background: var(--pw-bg); }
.text:focus-visible { outline: 3px solid var(--pw-focus); outline-offset: 2px; }
.chunk { display: block; content-visibility: auto; contain-intrinsic-size: auto 40em; }
mark { background: var(--pw-mark); color: inherit; border-bottom: 2px solid #8a6d00; cursor: pointer; border-radius: 2px; }
mark.cue { font-weight: 700; text-decoration: underline; text-decoration-thickness: 2px; }
mark.active { background: var(--pw-mark-active); border-bottom: 3px double #5c4600; }
mark.selected { outline: 2px dashed var(--pw-fg); }
mark:focus-visible { outline: 3px solid var(--pw-focus); outline-offset: 1px; }
.facts { border: 1px solid var(--pw-border); border-radius: 6px; padding: .5rem .75rem; margin-top: .75rem; }
.facts h3 { margin: 0 0 .35rem; font-size: 1em; }
.facts dl { margin: 0; display: grid; grid-template-columns: minmax(6rem, max-content) 1fr; gap: .15rem .75rem; }
.facts dt { font-weight: 600; }
.facts dd { margin: 0; overflow-wrap: anywhere; }
.facts ul { margin: 0; padding-left: 1.1rem; }
.facts li { overflow-wrap: anywhere; }
.error { color: #9b1c1c; font-weight: 600; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.container { container-type: inline-size; }
@container (max-width: 30rem) {
  .facts dl { grid-template-columns: 1fr; }
  .facts dd { margin-left: .5rem; }
  .text { padding: .5rem; }
}
:host([compact]) .label { padding: .25rem .45rem; }
:host([compact]) .count { display: none; }
`;

let sheet = null;
function styles(root) {
  // A constructed stylesheet is not an inline <style>, so a strict CSP (style-src 'self')
  // does not block it.
  if ('adoptedStyleSheets' in root && typeof CSSStyleSheet === 'function') {
    try {
      if (!sheet) {
        sheet = new CSSStyleSheet();
        sheet.replaceSync(CSS);
      }
      root.adoptedStyleSheets = [sheet];
      return;
    } catch {
      // fall through to a <style> element
    }
  }
  const style = document.createElement('style');
  style.textContent = CSS;
  root.append(style);
}

let names = null;
/** Human names and definitions from the taxonomy, loaded once; empty if the wasm cannot load. */
async function taxonomyNames() {
  if (!names) {
    names = init()
      .then(() => new Map(taxonomy().map((t) => [t.id, t])))
      .catch(() => new Map());
  }
  return names;
}

/** Classifies on the main thread (fine for articles; pages with huge texts set `classifier`). */
async function mainThreadClassifier(text, options) {
  await init();
  return classify(text, options);
}

function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (key === 'class') node.className = value;
    else if (key === 'text') node.textContent = value;
    else if (key === 'part') node.setAttribute('part', value);
    else if (key.startsWith('data-') || key.startsWith('aria-') || key === 'role' || key === 'tabindex') node.setAttribute(key, value);
    else node[key] = value;
  }
  node.append(...children);
  return node;
}

function formatScore(score) {
  return Number.isFinite(score) ? score.toFixed(2) : String(score);
}

function humanize(key) {
  const s = String(key).replace(/[_-]+/g, ' ');
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Renders any JSON value as nodes (for the `facts` section, whose shape is not fixed yet). */
function renderValue(value, depth = 0) {
  if (value === null || value === undefined) return document.createTextNode('—');
  if (typeof value !== 'object') return document.createTextNode(String(value));
  if (depth > 4) return document.createTextNode(JSON.stringify(value).slice(0, 200));
  if (Array.isArray(value)) {
    if (value.length === 0) return document.createTextNode('—');
    const list = el('ul');
    for (const item of value.slice(0, 100)) list.append(el('li', {}, renderValue(item, depth + 1)));
    return list;
  }
  const dl = el('dl');
  for (const [key, item] of Object.entries(value)) {
    dl.append(el('dt', { text: humanize(key) }), el('dd', {}, renderValue(item, depth + 1)));
  }
  return dl;
}

const FACT_SECTIONS = {
  victims: 'Targeted',
  outlets: 'Outlets',
  perpetrators: 'Acting against the media',
  legal: 'Legal',
  dates: 'Dates',
  places: 'Places',
};

/** One fact as a short phrase; unknown sections and fields degrade to their text. */
function describeFact(section, f) {
  if (f === null || typeof f !== 'object') return String(f);
  const words = (...xs) => xs.filter((x) => x !== undefined && x !== null && x !== '').join(' ');
  switch (section) {
    case 'victims': {
      const who = words(f.count ? String(f.count) : '', f.role ? humanize(f.role).toLowerCase() : '');
      const gender = f.gender ? ` (${f.gender}${f.gender_inferred ? ', from grammar' : ''})` : '';
      return f.name ? `${f.name}, ${who}${gender}` : `${who || f.text}${gender}`;
    }
    case 'outlets':
      return f.name ?? f.text;
    case 'perpetrators': {
      const actor = humanize(f.actor ?? 'actor');
      return !f.text || f.text.toLowerCase() === String(f.actor).replace(/_/g, ' ') ? actor : `${actor}: “${f.text}”`;
    }
    case 'legal': {
      const detail = words(
        f.article ? `art. ${f.article}${f.part ? ` part ${f.part}` : ''}` : '',
        f.code ? `${f.code} code` : '',
        f.value !== undefined ? words(String(f.value), f.unit ?? f.currency ?? '') : '',
      );
      return `${humanize(f.kind ?? 'legal')}: “${f.text}”${detail ? ` (${detail})` : ''}`;
    }
    case 'dates':
      return f.iso ?? f.text;
    case 'places':
      return f.name ? `${f.name}${f.kind ? ` (${f.kind}${f.country ? `, ${f.country}` : ''})` : ''}` : f.text;
    default:
      return f.text ?? f.name ?? JSON.stringify(f);
  }
}

/** The facts card's body, or null when there is nothing to show. */
function renderFacts(facts) {
  const dl = el('dl');
  const keys = [...Object.keys(FACT_SECTIONS).filter((k) => k in facts), ...Object.keys(facts).filter((k) => !(k in FACT_SECTIONS))];
  for (const key of keys) {
    const value = facts[key];
    if (value == null || (Array.isArray(value) && value.length === 0)) continue;
    const dd = el('dd');
    if (Array.isArray(value)) {
      const list = el('ul');
      for (const f of value.slice(0, 100)) {
        const item = el('li', { text: describeFact(key, f) });
        if (f && typeof f.text === 'string') item.title = f.label ? `“${f.text}” (${f.label})` : `“${f.text}”`;
        list.append(item);
      }
      dd.append(list);
    } else {
      dd.append(renderValue(value));
    }
    dl.append(el('dt', { text: FACT_SECTIONS[key] ?? humanize(key) }), dd);
  }
  return dl.childElementCount ? dl : null;
}

/**
 * Splits `text` into runs at every evidence boundary. Each run knows which labels' sentences
 * cover it and whether it is inside a cue. Offsets are UTF-16 code units (String#slice).
 */
export function highlightRuns(text, report) {
  const n = text.length;
  const clamp = (x) => Math.max(0, Math.min(n, x | 0));
  const spans = [];
  for (const label of report?.labels ?? []) {
    for (const ev of label.evidence ?? []) {
      const start = clamp(ev.start);
      const end = clamp(ev.end);
      if (end > start) spans.push({ id: label.id, start, end, cueStart: clamp(ev.cue_start), cueEnd: clamp(ev.cue_end) });
    }
  }
  const points = new Set([0, n]);
  for (const s of spans) {
    points.add(s.start).add(s.end);
    if (s.cueEnd > s.cueStart) points.add(s.cueStart).add(s.cueEnd);
  }
  const sorted = [...points].sort((a, b) => a - b);
  const runs = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const start = sorted[i];
    const end = sorted[i + 1];
    const ids = [];
    let cue = false;
    for (const s of spans) {
      if (s.start <= start && end <= s.end) {
        if (!ids.includes(s.id)) ids.push(s.id);
        if (s.cueStart <= start && end <= s.cueEnd) cue = true;
      }
    }
    const prev = runs[runs.length - 1];
    const key = ids.join(' ');
    if (prev && prev.key === key && prev.cue === cue) prev.end = end;
    else runs.push({ start, end, ids, key, cue });
  }
  return runs;
}

/** Texts longer than this are shown in blocks of about this size, cut after a newline. */
const CHUNK = 20000;

/** Ascending chunk ends (the last is text.length); one chunk for ordinary articles. */
function chunkCuts(text) {
  const cuts = [];
  let pos = 0;
  while (text.length - pos > CHUNK * 1.5) {
    let cut = text.indexOf('\n', pos + CHUNK);
    if (cut < 0 || cut > pos + CHUNK * 2) {
      cut = pos + CHUNK;
      const code = text.charCodeAt(cut - 1);
      if (code >= 0xd800 && code <= 0xdbff) cut++; // never split a surrogate pair
    } else {
      cut++; // keep the newline in the earlier chunk
    }
    cuts.push(cut);
    pos = cut;
  }
  cuts.push(text.length);
  return cuts;
}

const Base = globalThis.HTMLElement ?? class {};

/**
 * `<presswatch-classifier>`: classifies its `value` (or a followed textarea) and shows the
 * language, each incident type with its family and score, and the evidence in place.
 */
export class PresswatchClassifierElement extends Base {
  static observedAttributes = ['value', 'min-score', 'lang', 'for', 'compact', 'facts'];

  /** Registers the element; harmless when the tag is already defined. */
  static define(tag = 'presswatch-classifier', registry = globalThis.customElements) {
    if (!registry || registry.get(tag)) return this;
    try {
      registry.define(tag, this);
    } catch (err) {
      // This class is already registered under another tag: register a subclass instead.
      if (err?.name !== 'NotSupportedError') throw err;
      if (!registry.get(tag)) registry.define(tag, class extends this {});
    }
    return this;
  }

  #value = '';
  #report = null;
  #reportText = '';
  #error = null;
  #busy = false;
  #seq = 0;
  #queued = false;
  #needClassify = false;
  #pending = null;
  #classifier = null;
  #names = new Map();
  #active = null;
  #target = null;
  #debounce = 0;
  #busyTimer = 0;
  #dom;

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    styles(root);
    const summary = el('p', { class: 'summary', part: 'summary' });
    const progress = el('progress', { part: 'progress', hidden: true, 'aria-label': 'Classifying' });
    const labels = el('ol', { class: 'labels', part: 'labels', 'aria-label': 'Incident types found' });
    const status = el('div', { class: 'status', part: 'status', role: 'status', 'aria-live': 'polite' }, summary, progress, labels);
    const selection = el('p', { class: 'selection', part: 'selection', role: 'status', 'aria-live': 'polite' });
    const facts = el('section', { class: 'facts', part: 'facts', hidden: true, 'aria-label': 'Facts' });
    const text = el('div', {
      class: 'text', part: 'text', hidden: true, role: 'region', tabindex: '0',
      'aria-label': 'Article text with evidence sentences highlighted',
    });
    const container = el('div', { class: 'container', part: 'container' }, status, selection, text, facts);
    root.append(container);
    this.#dom = { summary, progress, labels, selection, facts, text };
    text.addEventListener('click', (e) => this.#onMark(e));
    text.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' || e.key === ' ') this.#onMark(e);
    });
    this.#renderAll();
  }

  connectedCallback() {
    this.#follow();
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', () => this.#follow(), { once: true });
    }
    if (this.#value && this.#reportText !== this.#value) this.#schedule(true);
  }

  disconnectedCallback() {
    this.#unfollow();
  }

  attributeChangedCallback(name, oldValue, newValue) {
    if (oldValue === newValue) return;
    switch (name) {
      case 'value':
        this.#value = newValue ?? '';
        this.#schedule(true);
        break;
      case 'min-score':
      case 'lang':
        this.#schedule(true);
        break;
      case 'for':
        if (this.isConnected) this.#follow();
        break;
      default:
        this.#schedule(false);
    }
  }

  /** The text to classify. Like `<input>`, the property does not write the attribute. */
  get value() {
    return this.#value;
  }
  set value(text) {
    const next = text == null ? '' : String(text);
    if (next === this.#value) return;
    this.#value = next;
    this.#schedule(true);
  }

  /** `min-score`: labels below it are dropped; 0..1, default 0.5 when absent or invalid. */
  get minScore() {
    const raw = this.getAttribute('min-score');
    const n = raw === null || raw.trim() === '' ? NaN : Number(raw);
    return Number.isFinite(n) && n >= 0 && n <= 1 ? n : DEFAULT_MIN_SCORE;
  }
  set minScore(v) {
    if (v == null) this.removeAttribute('min-score');
    else this.setAttribute('min-score', String(v));
  }

  /** `lang`: the article's language, `auto` (default), `en`, `ru` or `kk`. */
  get lang() {
    const raw = (this.getAttribute('lang') ?? '').trim().toLowerCase();
    return LANGS.includes(raw) ? raw : 'auto';
  }
  set lang(v) {
    if (v == null) this.removeAttribute('lang');
    else this.setAttribute('lang', String(v));
  }

  /** `for`: the id of a textarea (or input) whose text the element follows. */
  get htmlFor() {
    return this.getAttribute('for') ?? '';
  }
  set htmlFor(v) {
    if (v == null || v === '') this.removeAttribute('for');
    else this.setAttribute('for', String(v));
  }

  /** `compact`: only the summary and the labels, no text view. */
  get compact() {
    return this.hasAttribute('compact');
  }
  set compact(v) {
    this.toggleAttribute('compact', Boolean(v));
  }

  /** `facts`: show a facts card when the report has a `facts` section. */
  get facts() {
    return this.hasAttribute('facts');
  }
  set facts(v) {
    this.toggleAttribute('facts', Boolean(v));
  }

  /** The last report (null before the first classification or for empty text). */
  get report() {
    return this.#report;
  }

  /**
   * The function that classifies: `(text, options) => Report | Promise<Report>`. Default:
   * the wasm module on the main thread. Set it to run classification in a Web Worker.
   */
  get classifier() {
    return this.#classifier;
  }
  set classifier(fn) {
    this.#classifier = typeof fn === 'function' ? fn : null;
    if (this.#value) this.#schedule(true);
  }

  /** Classifies now (skipping any pending debounce); resolves with the report. */
  refresh() {
    if (this.#target) this.#syncFromTarget();
    return this.#run();
  }

  /** Highlights the evidence of one incident type and scrolls to it (null clears). */
  showLabel(id) {
    this.#active = id ?? null;
    this.#applyActive(true);
  }

  #options() {
    const options = {};
    const raw = this.getAttribute('min-score');
    if (raw !== null && raw.trim() !== '') options.minScore = this.minScore;
    if (this.lang !== 'auto') options.lang = this.lang;
    return options;
  }

  #schedule(classify) {
    this.#needClassify ||= classify;
    if (this.#queued) return;
    this.#queued = true;
    queueMicrotask(() => {
      this.#queued = false;
      const need = this.#needClassify;
      this.#needClassify = false;
      if (need && this.isConnected) this.#run();
      else this.#renderAll();
    });
  }

  async #run() {
    const text = this.#value;
    const seq = ++this.#seq;
    if (!text.trim()) {
      this.#report = null;
      this.#reportText = text;
      this.#error = null;
      this.#setBusy(false);
      this.#renderAll();
      return null;
    }
    clearTimeout(this.#busyTimer);
    this.#busyTimer = setTimeout(() => {
      if (seq === this.#seq) this.#setBusy(true, text.length);
    }, BUSY_DELAY_MS);
    try {
      const classifier = this.#classifier ?? mainThreadClassifier;
      const [report, names] = await Promise.all([classifier(text, this.#options()), taxonomyNames()]);
      if (seq !== this.#seq) return report; // a newer text is on its way
      this.#names = names;
      this.#report = report;
      this.#reportText = text;
      this.#error = null;
      this.#active = null;
      this.#setBusy(false);
      this.#renderAll();
      this.dispatchEvent(new CustomEvent('presswatch-report', { bubbles: true, composed: true, detail: report }));
      return report;
    } catch (error) {
      if (seq !== this.#seq) return null;
      this.#error = error;
      this.#report = null;
      this.#setBusy(false);
      this.#renderAll();
      this.dispatchEvent(new CustomEvent('presswatch-error', { bubbles: true, composed: true, detail: error }));
      return null;
    }
  }

  #setBusy(busy, length = 0) {
    clearTimeout(this.#busyTimer);
    this.#busy = busy;
    this.#dom.progress.hidden = !busy;
    if (busy) {
      this.setAttribute('aria-busy', 'true');
      const size = length > 1e6 ? `${(length / 1e6).toFixed(1)} million characters` : `${length.toLocaleString('en')} characters`;
      this.#dom.summary.textContent = `Classifying ${size}…`;
    } else {
      this.removeAttribute('aria-busy');
    }
  }

  #follow() {
    this.#unfollow();
    const id = this.htmlFor;
    if (!id) return;
    const root = this.getRootNode();
    const target = (root.getElementById ? root.getElementById(id) : null) ?? document.getElementById(id);
    if (!target || !('value' in target)) return;
    this.#target = target;
    target.addEventListener('input', this.#onInput);
    target.addEventListener('keydown', this.#onKeydown);
    this.#syncFromTarget();
  }

  #unfollow() {
    clearTimeout(this.#debounce);
    if (!this.#target) return;
    this.#target.removeEventListener('input', this.#onInput);
    this.#target.removeEventListener('keydown', this.#onKeydown);
    this.#target = null;
  }

  #syncFromTarget() {
    clearTimeout(this.#debounce);
    if (this.#target) this.value = this.#target.value;
  }

  #onInput = () => {
    clearTimeout(this.#debounce);
    this.#debounce = setTimeout(() => this.#syncFromTarget(), FOLLOW_DEBOUNCE_MS);
  };

  #onKeydown = (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      this.refresh();
    }
  };

  #name(id) {
    return this.#names.get(id)?.name ?? id;
  }

  #renderAll() {
    if (this.#busy) return;
    const { summary, labels, selection, facts, text } = this.#dom;
    const report = this.#report;
    labels.replaceChildren();
    selection.textContent = '';
    facts.replaceChildren();
    facts.hidden = true;
    text.replaceChildren();
    text.hidden = true;
    if (this.#error) {
      summary.replaceChildren(el('span', { class: 'error', text: `Could not classify: ${this.#error?.message ?? this.#error}` }));
      return;
    }
    if (!report) {
      summary.textContent = this.#value.trim() ? 'Waiting…' : 'No text to classify yet.';
      return;
    }
    const langName = LANG_NAMES[report.language] ?? report.language;
    const lang = el('span', { class: 'lang', part: 'language', text: ` Language: ${langName} (${report.language}).` });
    const found = report.labels?.length ?? 0;
    const head = found
      ? el('span', { class: 'found', text: `${found} incident type${found === 1 ? '' : 's'} found.` })
      : el('span', { class: 'none', part: 'none', text: 'No press-freedom incident found.' });
    summary.replaceChildren(head, lang);

    for (const label of report.labels ?? []) labels.append(this.#renderLabel(label));

    if (this.facts && report.facts != null && typeof report.facts === 'object') {
      const body = renderFacts(report.facts);
      if (body) {
        facts.append(el('h3', { text: 'Facts' }), body);
        facts.hidden = false;
      }
    }
    if (!this.compact) this.#renderText(text);
  }

  #renderLabel(label) {
    const info = this.#names.get(label.id);
    const n = label.evidence?.length ?? 0;
    const score = formatScore(label.score);
    const fill = el('span', { class: 'fill', part: 'bar-fill' });
    fill.style.width = `${Math.max(0, Math.min(1, Number(label.score) || 0)) * 100}%`;
    const bar = el('span', { class: 'bar', part: 'bar', 'aria-hidden': 'true' }, fill);
    const parts = [
      el('span', { class: 'name', part: 'label-name', text: this.#name(label.id) }),
      el('span', { class: 'family', part: 'label-family', text: label.family ?? '' }),
      el('span', { class: 'score', part: 'label-score', text: score, 'aria-label': `score ${score}` }),
    ];
    const item = el('li', { class: 'label', part: 'label', 'data-incident': label.id });
    if (info?.definition) item.title = info.definition;
    if (this.compact) {
      item.append(el('div', { class: 'label-button' }, ...parts), el('span', { class: 'meter' }, bar));
      return item;
    }
    const button = el('button', { type: 'button', class: 'label-button', part: 'label-button' }, ...parts,
      el('span', { class: 'sr-only', text: `, ${n} evidence sentence${n === 1 ? '' : 's'}; show in text` }));
    button.setAttribute('aria-pressed', 'false');
    button.addEventListener('click', () => this.showLabel(this.#active === label.id ? null : label.id));
    item.append(button, el('span', { class: 'meter' }, bar, el('span', { class: 'count', text: `${n} evidence sentence${n === 1 ? '' : 's'}` })));
    return item;
  }

  #renderText(view) {
    const text = this.#reportText;
    const runs = highlightRuns(text, this.#report);
    const cuts = chunkCuts(text);
    const frag = document.createDocumentFragment();
    // Long texts go in blocks that the browser lays out only when scrolled into view.
    const chunked = cuts.length > 1;
    const newChunk = () => (chunked ? frag.appendChild(el('span', { class: 'chunk' })) : frag);
    let container = newChunk();
    let ci = 0;
    let prevHighlighted = false;
    for (const run of runs) {
      let start = run.start;
      while (start < run.end) {
        const limit = cuts[ci];
        const end = Math.min(run.end, limit);
        const slice = text.slice(start, end);
        if (!run.ids.length) {
          container.append(document.createTextNode(slice));
          prevHighlighted = false;
        } else {
          container.append(el('mark', {
            class: run.cue ? 'cue' : '',
            part: run.cue ? 'highlight cue' : 'highlight',
            'data-incidents': run.key,
            'data-start': String(start),
            'data-end': String(end),
            // One tab stop per highlighted passage; the other pieces are clickable.
            tabindex: prevHighlighted ? '-1' : '0',
            text: slice,
          }));
          prevHighlighted = true;
        }
        start = end;
        if (start === limit && ci < cuts.length - 1) {
          ci++;
          container = newChunk();
        }
      }
    }
    view.append(frag);
    view.hidden = false;
  }

  #applyActive(scroll) {
    const root = this.shadowRoot;
    const id = this.#active;
    for (const item of root.querySelectorAll('.label')) {
      const on = item.dataset.incident === id;
      item.classList.toggle('active', on);
      item.querySelector('button')?.setAttribute('aria-pressed', String(on));
    }
    let first = null;
    let count = 0;
    for (const mark of root.querySelectorAll('mark')) {
      const on = id !== null && mark.dataset.incidents.split(' ').includes(id);
      mark.classList.toggle('active', on);
      if (on) {
        first ??= mark;
        count++;
      }
    }
    if (id === null) {
      this.#dom.selection.textContent = '';
      return;
    }
    const n = this.#report?.labels?.find((l) => l.id === id)?.evidence?.length ?? 0;
    this.#dom.selection.textContent = `${this.#name(id)}: ${n} evidence sentence${n === 1 ? '' : 's'} highlighted in the text.`;
    if (scroll && first) {
      first.scrollIntoView({ block: 'center', behavior: 'auto' });
      first.focus({ preventScroll: true });
    }
  }

  #onMark(event) {
    const mark = event.target instanceof Element ? event.target.closest('mark') : null;
    if (!mark) return;
    event.preventDefault();
    for (const m of this.shadowRoot.querySelectorAll('mark.selected')) m.classList.remove('selected');
    const key = mark.dataset.incidents;
    for (const m of this.shadowRoot.querySelectorAll('mark')) {
      if (m.dataset.incidents === key) m.classList.add('selected');
    }
    const ids = key.split(' ');
    const which = ids.map((id) => {
      const family = this.#report?.labels?.find((l) => l.id === id)?.family;
      return family ? `${this.#name(id)} (${family})` : this.#name(id);
    });
    this.#dom.selection.textContent = `This passage supports: ${which.join(', ')}.`;
  }
}

export default PresswatchClassifierElement;
