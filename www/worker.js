// Classification off the main thread: a 5 MB paste must never freeze typing or scrolling.
// Messages in: { id, text, options }; out: { id, report } or { id, error }.
import init, { classify } from './presswatch/index.js';

// Loading also compiles the cue lexicons (the first classification does it, ~0.1 s), so the
// first paste is answered as fast as any later one.
const ready = init().then(() => {
  classify('');
});

self.addEventListener('message', async (event) => {
  const { id, text, options } = event.data;
  try {
    await ready;
    self.postMessage({ id, report: classify(text, options) });
  } catch (error) {
    self.postMessage({ id, error: String(error?.message ?? error) });
  }
});
