// The presswatch page: a <presswatch-classifier> plus what a user can do around it (examples,
// files, batch, exports, taxonomy). User text only ever enters the DOM as text nodes.
import { PresswatchClassifierElement } from './presswatch/widget.js';
import init, { classify, taxonomy, version } from './presswatch/index.js';
import { EXAMPLES } from './examples.js';

const $ = (id) => document.getElementById(id);
const article = $('article');
const widget = $('widget');
const pageStatus = $('page-status');

/** Builds an element; `text` goes through textContent, never innerHTML. */
function h(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (key === 'class') node.className = value;
    else if (key === 'text') node.textContent = value;
    else if (key.startsWith('data-') || key.startsWith('aria-') || key === 'scope' || key === 'role') node.setAttribute(key, value);
    else node[key] = value;
  }
  node.append(...children);
  return node;
}

function announce(message) {
  pageStatus.textContent = message;
}

// ---------------------------------------------------------------------------------------------
// Classification in Web Workers. `latestOnly` keeps one job running and one waiting: typing
// into a 5 MB text replaces the waiting job instead of queueing every keystroke.

class WorkerClassifier {
  #worker = null;
  #jobs = new Map();
  #next = 1;
  #running = null;
  #waiting = null;
  #latestOnly;

  constructor({ latestOnly = false } = {}) {
    this.#latestOnly = latestOnly;
    try {
      this.#worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
      this.#worker.addEventListener('message', (e) => this.#done(e.data));
      this.#worker.addEventListener('error', (e) => {
        e.preventDefault();
        this.#fallBack();
      });
    } catch {
      this.#worker = null;
    }
  }

  classify(text, options = {}) {
    if (!this.#worker) return init().then(() => classify(text, options));
    return new Promise((resolve, reject) => {
      const job = { id: this.#next++, text, options, resolve, reject };
      if (this.#latestOnly && this.#running) {
        this.#waiting?.reject(new Error('superseded'));
        this.#waiting = job;
      } else if (this.#latestOnly) {
        this.#start(job);
      } else {
        this.#jobs.set(job.id, job);
        this.#worker.postMessage({ id: job.id, text, options });
      }
    });
  }

  #start(job) {
    this.#running = job;
    this.#jobs.set(job.id, job);
    this.#worker.postMessage({ id: job.id, text: job.text, options: job.options });
  }

  #done({ id, report, error }) {
    const job = this.#jobs.get(id);
    this.#jobs.delete(id);
    if (job) {
      if (error) job.reject(new Error(error));
      else job.resolve(report);
    }
    if (this.#running?.id === id) {
      this.#running = null;
      const next = this.#waiting;
      this.#waiting = null;
      if (next) this.#start(next);
    }
  }

  /** A worker that cannot start (old browser): classify on the main thread instead. */
  #fallBack() {
    this.#worker?.terminate();
    this.#worker = null;
    const pending = [...this.#jobs.values(), ...(this.#waiting ? [this.#waiting] : [])];
    this.#jobs.clear();
    this.#running = this.#waiting = null;
    for (const job of pending) this.classify(job.text, job.options).then(job.resolve, job.reject);
  }
}

const live = new WorkerClassifier({ latestOnly: true });
const batchWorker = new WorkerClassifier();
widget.classifier = (text, options) => live.classify(text, options);

// ---------------------------------------------------------------------------------------------
// The single article: options, examples, files, copy.

const langSelect = $('lang');
const minScore = $('min-score');
langSelect.addEventListener('change', () => {
  widget.lang = langSelect.value;
});
minScore.addEventListener('input', () => {
  const n = Number(minScore.value);
  const ok = minScore.value.trim() !== '' && n >= 0 && n <= 1;
  minScore.setAttribute('aria-invalid', String(!ok));
  if (ok) widget.minScore = n;
});
$('classify').addEventListener('click', () => widget.refresh());

for (const button of document.querySelectorAll('[data-example]')) {
  button.addEventListener('click', () => {
    const example = EXAMPLES.find((e) => e.lang === button.dataset.example);
    article.value = example.text;
    widget.refresh();
    announce(`Loaded: ${example.title}.`);
  });
}

const READY = 'Ready. Paste an article or try an example.';
const copyButton = $('copy-json');
widget.addEventListener('presswatch-report', () => {
  copyButton.disabled = false;
  // The invitation is done with once there is a report beside it (other messages stay).
  if (pageStatus.textContent === READY) announce('');
});
copyButton.addEventListener('click', () => copyJson(widget.report, 'the report'));

/** Scores are f32 in the core; 7 significant digits print them as the CLI does. */
const tidy = (x) => (typeof x === 'number' ? Number(x.toPrecision(7)) : x);
function tidyReport(report) {
  return { ...report, labels: (report.labels ?? []).map((l) => ({ ...l, score: tidy(l.score) })) };
}

async function copyJson(report, what) {
  if (!report) return;
  const json = JSON.stringify(tidyReport(report), null, 2);
  try {
    await navigator.clipboard.writeText(json);
  } catch {
    // No clipboard permission: copy through a temporary selection.
    const scratch = h('textarea', { value: json, readOnly: true, class: 'visually-hidden' });
    document.body.append(scratch);
    scratch.select();
    document.execCommand('copy');
    scratch.remove();
  }
  announce(`Copied ${what} as JSON (${json.length.toLocaleString('en')} characters).`);
}

function isText(file) {
  return file.type.startsWith('text/') || /\.(txt|text|md)$/i.test(file.name) || file.type === '';
}

async function readFiles(fileList) {
  const files = [...fileList].filter(isText);
  const skipped = fileList.length - files.length;
  const items = await Promise.all(files.map(async (f) => ({ id: f.name, text: await f.text() })));
  if (skipped) announce(`Skipped ${skipped} file(s) that are not plain text.`);
  return items;
}

async function openInArticle(fileList) {
  const items = await readFiles(fileList);
  if (items.length === 1) {
    article.value = items[0].text;
    widget.refresh();
    announce(`Opened ${items[0].id}.`);
  } else if (items.length > 1) {
    batch.load(items);
    announce(`${items.length} files went to Batch.`);
    $('batch-heading').scrollIntoView({ block: 'start' });
    batch.run();
  }
}

$('files').addEventListener('change', (e) => {
  openInArticle(e.target.files);
  e.target.value = '';
});

function dropTarget(node, onFiles) {
  node.addEventListener('dragover', (e) => {
    if (![...e.dataTransfer.types].includes('Files')) return;
    e.preventDefault();
    node.classList.add('dragging');
  });
  node.addEventListener('dragleave', () => node.classList.remove('dragging'));
  node.addEventListener('drop', (e) => {
    node.classList.remove('dragging');
    if (!e.dataTransfer.files.length) return;
    e.preventDefault();
    onFiles(e.dataTransfer.files);
  });
}
dropTarget(article, openInArticle);
// A file dropped next to a target must not replace the page.
document.addEventListener('dragover', (e) => e.preventDefault());
document.addEventListener('drop', (e) => e.preventDefault());

// ---------------------------------------------------------------------------------------------
// Batch: one row per article, one column per incident type; CSV and JSON Lines export.

let types = [];
let typesReady = null; // set by start(): the batch table needs the taxonomy's columns

const batch = {
  items: [],
  results: [],
  runId: 0,

  load(items) {
    this.items = items;
    $('batch-text').value = items.map((i) => i.text.replace(/\s+$/, '')).join('\n---\n');
    this.fromFiles = true;
  },

  fromText() {
    const parts = $('batch-text').value.split(/^[ \t]*---[ \t]*$/m);
    return parts
      .map((text) => text.trim())
      .filter(Boolean)
      .map((text, i) => ({ id: i + 1, text }));
  },

  async run() {
    const items = this.fromFiles ? this.items : this.fromText();
    this.fromFiles = false;
    const runId = ++this.runId;
    await typesReady?.catch(() => {});
    const progress = $('batch-progress');
    const message = $('batch-message');
    this.results = [];
    $('export-csv').disabled = $('export-jsonl').disabled = true;
    if (!items.length) {
      message.textContent = 'Nothing to classify: paste articles or open files first.';
      return;
    }
    progress.hidden = false;
    progress.max = items.length;
    progress.value = 0;
    this.render();
    for (const [i, item] of items.entries()) {
      message.textContent = `Classifying article ${i + 1} of ${items.length}…`;
      let report;
      try {
        report = await batchWorker.classify(item.text, currentOptions());
      } catch (error) {
        report = { language: null, incident: false, labels: [], error: String(error.message ?? error) };
      }
      if (runId !== this.runId) return;
      this.results.push({ ...item, report });
      progress.value = i + 1;
      this.addRow(this.results.length - 1);
    }
    progress.hidden = true;
    const found = this.results.filter((r) => r.report.incident).length;
    message.textContent = `Done: ${items.length} article${items.length === 1 ? '' : 's'}, ${found} with an incident.`;
    $('export-csv').disabled = $('export-jsonl').disabled = false;
  },

  render() {
    const thead = $('batch-table').tHead;
    const row = h('tr', {},
      h('th', { scope: 'col', text: 'Article' }),
      h('th', { scope: 'col', text: 'Language' }),
      h('th', { scope: 'col', text: 'Incident' }),
      ...types.map((t) => h('th', { scope: 'col', class: 'type-col', title: t.definition ?? '', text: t.name ?? t.id })),
      h('th', { scope: 'col', text: 'Actions' }));
    thead.replaceChildren(row);
    $('batch-table').tBodies[0].replaceChildren();
    $('batch-wrap').hidden = false;
    $('batch-legend').hidden = false;
  },

  addRow(index) {
    const { id, report } = this.results[index];
    const scores = new Map((report.labels ?? []).map((l) => [l.id, l.score]));
    const show = h('button', { type: 'button', class: 'button small', text: 'Show' });
    show.setAttribute('aria-label', `Show article ${id}`);
    show.addEventListener('click', () => {
      article.value = this.results[index].text;
      widget.refresh();
      $('results-heading').scrollIntoView({ block: 'start' });
      article.focus({ preventScroll: true });
      announce(`Showing article ${id}.`);
    });
    const copy = h('button', { type: 'button', class: 'button small', text: 'Copy JSON' });
    copy.setAttribute('aria-label', `Copy the report of article ${id} as JSON`);
    copy.addEventListener('click', () => copyJson(report, `the report of article ${id}`));
    const tr = h('tr', { 'data-article': String(id) },
      h('th', { scope: 'row', class: 'article-id', text: String(id) }),
      h('td', { text: report.error ? 'error' : report.language ?? '' }),
      h('td', { text: report.incident ? 'yes' : 'no', class: report.incident ? 'hit' : '' }),
      ...types.map((t) => {
        const s = scores.get(t.id);
        return s === undefined
          ? h('td', { class: 'miss', 'data-incident': t.id, 'aria-label': 'not found', text: '—' })
          : h('td', { class: 'hit', 'data-incident': t.id, text: s.toFixed(2) });
      }),
      h('td', { class: 'actions' }, show, copy));
    $('batch-table').tBodies[0].append(tr);
  },

  csv() {
    const esc = (v) => {
      const s = v == null ? '' : String(v);
      return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
    };
    const header = ['id', 'language', 'incident', ...types.map((t) => t.id)];
    const lines = [header.join(',')];
    for (const { id, report } of this.results) {
      const scores = new Map((report.labels ?? []).map((l) => [l.id, tidy(l.score)]));
      lines.push([id, report.language ?? '', report.incident, ...types.map((t) => scores.get(t.id) ?? '')].map(esc).join(','));
    }
    return lines.join('\r\n') + '\r\n';
  },

  /** The CLI's `classify --jsonl` lines: {"id","language","labels"} (offsets in UTF-16 units). */
  jsonl() {
    return this.results
      .map(({ id, report }) => JSON.stringify({ id, language: report.language, labels: tidyReport(report).labels }))
      .join('\n') + '\n';
  },
};

function currentOptions() {
  const options = {};
  if (langSelect.value !== 'auto') options.lang = langSelect.value;
  if (minScore.getAttribute('aria-invalid') !== 'true') options.minScore = Number(minScore.value);
  return options;
}

function download(name, type, data) {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const a = h('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  announce(`Saved ${name}.`);
}

$('batch-text').addEventListener('input', () => {
  batch.fromFiles = false;
});
$('batch-text').addEventListener('keydown', (e) => {
  if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
    e.preventDefault();
    batch.run();
  }
});
$('batch-run').addEventListener('click', () => batch.run());
$('batch-files').addEventListener('change', async (e) => {
  const items = await readFiles(e.target.files);
  e.target.value = '';
  if (!items.length) return;
  batch.load(items);
  batch.run();
});
dropTarget($('batch-text'), async (files) => {
  const items = await readFiles(files);
  if (!items.length) return;
  batch.load(items);
  batch.run();
});
$('export-csv').addEventListener('click', () => download('presswatch.csv', 'text/csv;charset=utf-8', batch.csv()));
$('export-jsonl').addEventListener('click', () => download('presswatch.jsonl', 'application/x-ndjson', batch.jsonl()));

// ---------------------------------------------------------------------------------------------
// The taxonomy, browsable.

const SCHEMES = {
  mapping_media_freedom: 'Mapping Media Freedom',
  us_press_freedom_tracker: 'U.S. Press Freedom Tracker',
  coe_platform: 'Council of Europe Safety of Journalists Platform',
  adil_soz: 'Adil Soz (Kazakhstan)',
};

function renderTaxonomy() {
  const families = new Map();
  for (const t of types) {
    if (!families.has(t.family)) families.set(t.family, []);
    families.get(t.family).push(t);
  }
  const root = $('taxonomy');
  root.replaceChildren();
  for (const [family, list] of families) {
    const group = h('div', { class: 'family' },
      h('h3', { text: `${family.charAt(0).toUpperCase()}${family.slice(1)}` }));
    const ul = h('ul', { class: 'types' });
    for (const t of list) {
      const schemes = h('dl', { class: 'schemes' });
      for (const [key, value] of Object.entries(t.schemes ?? {})) {
        schemes.append(h('dt', { text: SCHEMES[key] ?? key }), h('dd', { text: value === '—' ? '— (no matching category)' : String(value) }));
      }
      const details = h('details', { id: `type-${t.id}` },
        h('summary', {}, h('span', { class: 'type-name', text: t.name ?? t.id }), ' ', h('code', { text: t.id })),
        h('p', { text: t.definition ?? '' }),
        h('p', { class: 'schemes-title', text: 'In the monitors’ schemes:' }),
        schemes);
      ul.append(h('li', {}, details));
    }
    group.append(ul);
    root.append(group);
  }
}

// ---------------------------------------------------------------------------------------------

async function start() {
  await init();
  types = taxonomy();
  renderTaxonomy();
  $('version').textContent = `presswatch ${version()} · classification runs locally in a Web Worker (WebAssembly) · no network requests`;
  const defined = widget instanceof PresswatchClassifierElement || customElements.get('presswatch-classifier');
  if (defined && !widget.report) {
    announce(READY);
  }
}

typesReady = start();
typesReady.catch((error) => announce(`Could not load the classifier: ${error.message ?? error}`));

if ('serviceWorker' in navigator) {
  navigator.serviceWorker.register('./sw.js').catch(() => {
    // Offline support is a bonus; the page works without it.
  });
}
