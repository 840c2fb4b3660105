// The service worker's logic. scripts/service-worker.mjs writes dist/sw.js as three
// generated constants followed by this file:
//   VERSION  hash of every precached file, so each deployment gets its own cache
//   HASHED   the content-hashed files (js, wasm): a name never changes content
//   FILES    everything else to keep offline: "./" (the app shell), data, icons, manifest
/* global VERSION, HASHED, FILES */

// The scope is part of the name, so apps under different paths of one origin never delete
// each other's caches.
const PREFIX = `skillcheck ${self.registration.scope} `;
const CACHE = PREFIX + VERSION;
const absolute = (path) => new URL(path, self.location).href;
const SHELL = absolute("./");
const HASHED_URLS = new Set(HASHED.map(absolute));
const FILE_URLS = new Set(FILES.map(absolute));

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      // Hashed files may come from the HTTP cache; the others must be revalidated, or a
      // copy cached before this deployment could be stored under the new version.
      await cache.addAll(HASHED);
      await cache.addAll(FILES.map((path) => new Request(path, { cache: "no-cache" })));
      // Take over at once: a new deployment replaces the old one on the next visit.
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      const old = (await caches.keys()).filter((key) => key.startsWith(PREFIX) && key !== CACHE);
      await Promise.all(old.map((key) => caches.delete(key)));
      await self.clients.claim();
    })(),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  if (request.mode === "navigate") {
    // Network first, so a new index.html is picked up when online; every route is the
    // same app shell, so offline any page falls back to the cached one.
    event.respondWith(networkFirst(request, SHELL));
  } else if (HASHED_URLS.has(request.url)) {
    event.respondWith(cacheFirst(request));
  } else if (FILE_URLS.has(request.url)) {
    // Data, icons, manifest: fresh when online, the cached copy of this version offline.
    event.respondWith(networkFirst(new Request(request, { cache: "no-cache" }), request));
  }
  // Anything else goes to the network untouched.
});

async function cacheFirst(request) {
  return (await caches.match(request, { cacheName: CACHE })) ?? fetch(request);
}

async function networkFirst(request, fallback) {
  try {
    return await fetch(request);
  } catch (offline) {
    const cached = await caches.match(fallback, { cacheName: CACHE, ignoreSearch: true });
    return cached ?? Response.error();
  }
}
