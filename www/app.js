// Minimal demo page: builds nodes and sets textContent only, never innerHTML.
import init, { classify, version } from './pkg/presswatch.js';

const text = document.getElementById('text');
const run = document.getElementById('run');
const status = document.getElementById('status');
const list = document.getElementById('labels');

function render(source, report) {
  list.replaceChildren();
  status.textContent = report.incident
    ? `Language: ${report.language}. ${report.labels.length} incident type(s) found.`
    : `Language: ${report.language}. No press-freedom incident found.`;
  for (const label of report.labels) {
    const item = document.createElement('li');
    const head = document.createElement('strong');
    head.textContent = `${label.id} (${label.family}), score ${label.score.toFixed(2)}`;
    item.append(head);
    const quotes = document.createElement('ul');
    for (const ev of label.evidence) {
      const quote = document.createElement('li');
      // Offsets are UTF-16 code units, so slicing the original text is exact.
      quote.textContent = source.slice(ev.start, ev.end);
      quotes.append(quote);
    }
    item.append(quotes);
    list.append(item);
  }
}

run.addEventListener('click', () => {
  const source = text.value;
  try {
    render(source, classify(source));
  } catch (err) {
    list.replaceChildren();
    status.textContent = `Error: ${err.message}`;
  }
});

await init();
status.textContent = `Ready (presswatch ${version()}).`;
run.disabled = false;
