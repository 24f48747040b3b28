// Offline support: network first (so a rebuilt demo is never stale), the cache when offline.
// Only same-origin GET requests are handled; the page makes no other kind.
const CACHE = 'presswatch-v2';
const FILES = [
  './', 'index.html', 'style.css', 'app.js', 'worker.js', 'examples.js', 'favicon.svg',
  'presswatch/index.js', 'presswatch/element.js', 'presswatch/widget.js',
  'presswatch/wasm/presswatch.js', 'presswatch/wasm/presswatch_bg.wasm',
];

// The wasm glue imports src/report.js from a directory named by a hash (snippets/presswatch-…/):
// the files it imports are read from the glue itself rather than written here.
const GLUE = 'presswatch/wasm/presswatch.js';

async function precache() {
  const cache = await caches.open(CACHE);
  await cache.addAll(FILES);
  const glue = await (await cache.match(GLUE)).text();
  const imports = [...glue.matchAll(/from '\.\/(snippets\/[^']+)'/g)].map((m) => `presswatch/wasm/${m[1]}`);
  await cache.addAll(imports);
}

self.addEventListener('install', (event) => {
  event.waitUntil(precache().then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    fetch(request)
      .then((response) => {
        if (response.ok) {
          const copy = response.clone();
          caches.open(CACHE).then((cache) => cache.put(request, copy));
        }
        return response;
      })
      .catch(() => caches.match(request, { ignoreSearch: true }).then((hit) => hit ?? Response.error())),
  );
});
