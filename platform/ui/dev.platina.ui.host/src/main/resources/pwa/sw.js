/*
 * Platina's service worker. Pages come from the network whenever it answers; when it does not, the offline page
 * (cached at install) says so. Static files of the app shell (Vaadin's build, theme files) are served from the
 * cache and refreshed in the background. The API and Vaadin's server round trips are never cached.
 */
const SHELL_CACHE = 'platina-shell-v1';
const OFFLINE_PAGE = '/offline.html';

self.addEventListener('install', event => {
  event.waitUntil(caches.open(SHELL_CACHE).then(cache => cache.add(new Request(OFFLINE_PAGE, {cache: 'reload'}))));
  self.skipWaiting();
});

self.addEventListener('activate', event => {
  event.waitUntil(caches.keys()
    .then(keys => Promise.all(keys.filter(key => key !== SHELL_CACHE).map(key => caches.delete(key))))
    .then(() => self.clients.claim()));
});

function isShellFile(url) {
  return url.pathname.startsWith('/VAADIN/build/') || url.pathname.startsWith('/VAADIN/static/')
    || url.pathname.startsWith('/theme/');
}

self.addEventListener('fetch', event => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin || url.pathname.startsWith('/api/')
      || url.search.includes('v-r=')) {
    return;
  }
  if (request.mode === 'navigate') {
    event.respondWith(fetch(request).catch(() => caches.match(OFFLINE_PAGE)));
    return;
  }
  if (isShellFile(url)) {
    event.respondWith(caches.open(SHELL_CACHE).then(cache => cache.match(request).then(cached => {
      const fresh = fetch(request).then(response => {
        if (response.ok) {
          cache.put(request, response.clone());
        }
        return response;
      });
      return cached || fresh;
    })));
  }
});
