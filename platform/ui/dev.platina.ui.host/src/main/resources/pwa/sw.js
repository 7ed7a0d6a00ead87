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

/*
 * Web push. The server sends the notification's JSON (title, body, link, actions, and tag = the idempotency key,
 * so a message delivered twice replaces the notification shown instead of adding a second one).
 */
const CONFIRMATIONS = {approve: 'Approved', reject: 'Rejected'};

function pushMessage(event) {
  if (!event.data) {
    return null;
  }
  try {
    return event.data.json();
  } catch (notJson) {
    return {title: 'Platina', body: event.data.text()};
  }
}

self.addEventListener('push', event => {
  const message = pushMessage(event);
  if (!message) {
    return;
  }
  const actions = Array.isArray(message.actions) ? message.actions : [];
  event.waitUntil(self.registration.showNotification(message.title || 'Platina', {
    body: message.body || '',
    tag: message.tag,
    data: {link: message.link || '/', actions},
    actions: actions.map(action => ({action: action.id, title: action.label})),
  }));
});

/** Only the app's own origin: a notification must not send its token, or the person, anywhere else. */
function sameOrigin(url) {
  try {
    const resolved = new URL(url, self.location.origin);
    return resolved.origin === self.location.origin ? resolved : null;
  } catch (invalid) {
    return null;
  }
}

async function problemDetail(response) {
  try {
    const problem = await response.json();
    return problem.detail || problem.title || `The server answered ${response.status}.`;
  } catch (notJson) {
    return `The server answered ${response.status}.`;
  }
}

/** The action's token authorises the request by itself: no cookie or bearer token is sent. */
async function runAction(action, shown) {
  const url = sameOrigin(action.url);
  let title;
  let body = shown.title;
  if (!url) {
    title = 'This action cannot be taken from the notification';
  } else {
    try {
      const response = await fetch(url.href, {
        method: 'POST',
        credentials: 'omit',
        headers: {'Content-Type': 'application/json'},
        body: JSON.stringify({token: action.token}),
      });
      if (response.ok) {
        title = CONFIRMATIONS[action.id] || `${action.label}: done`;
      } else {
        title = `${action.label} did not work`;
        body = await problemDetail(response);
      }
    } catch (offline) {
      title = `${action.label} did not work`;
      body = 'The server could not be reached. Open the app to try again.';
    }
  }
  // Same tag: the confirmation takes the place of the notification that was acted on.
  await self.registration.showNotification(title, {body, tag: shown.tag, data: shown.data});
}

async function openLink(link) {
  const target = sameOrigin(link) || new URL('/', self.location.origin);
  const windows = await self.clients.matchAll({type: 'window', includeUncontrolled: true});
  const open = windows.find(client => client.url === target.href)
    || windows.find(client => new URL(client.url).origin === self.location.origin);
  if (!open) {
    return self.clients.openWindow(target.href);
  }
  // Focus first: a window may only be brought forward while the click still counts as the person's gesture.
  const focused = await open.focus();
  if (focused.url !== target.href && 'navigate' in focused) {
    try {
      return await focused.navigate(target.href);
    } catch (uncontrolled) {
      return self.clients.openWindow(target.href);
    }
  }
  return focused;
}

self.addEventListener('notificationclick', event => {
  const notification = event.notification;
  const data = notification.data || {};
  notification.close();
  const action = event.action && (data.actions || []).find(candidate => candidate.id === event.action);
  event.waitUntil(action ? runAction(action, notification) : openLink(data.link || '/'));
});
