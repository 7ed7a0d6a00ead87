// Subscribes this browser with the installation's VAPID key ($0, base64url) and hands the subscription back.
if (!('serviceWorker' in navigator) || !('PushManager' in window) || !('Notification' in window)) {
  return 'unsupported';
}
let permission = Notification.permission;
if (permission === 'default') {
  permission = await Notification.requestPermission();
}
if (permission === 'denied') {
  return 'blocked';
}
if (permission !== 'granted') {
  return 'dismissed';
}
const base64 = $0.replace(/-/g, '+').replace(/_/g, '/');
const key = Uint8Array.from(atob(base64 + '='.repeat((4 - base64.length % 4) % 4)), c => c.charCodeAt(0));
// A push service that cannot be reached can leave subscribe() pending for minutes; the person hears sooner.
const within = (promise, seconds, what) => Promise.race([promise, new Promise((resolve, reject) =>
  setTimeout(() => reject(new Error(what + ' did not answer within ' + seconds + ' seconds')), seconds * 1000))]);
const sameKey = other => !!other && other.byteLength === key.byteLength
  && new Uint8Array(other).every((byte, i) => byte === key[i]);
try {
  await navigator.serviceWorker.register('/sw.js', {scope: '/'});
  const registration = await within(navigator.serviceWorker.ready, 15, 'the app\'s service worker');
  let subscription = await registration.pushManager.getSubscription();
  // A subscription made for another server key cannot receive this installation's messages.
  if (subscription && !sameKey(subscription.options && subscription.options.applicationServerKey)) {
    await subscription.unsubscribe();
    subscription = null;
  }
  if (!subscription) {
    subscription = await within(registration.pushManager.subscribe({userVisibleOnly: true,
      applicationServerKey: key}), 15, 'the browser\'s push service');
  }
  const json = subscription.toJSON();
  return ['subscribed', json.endpoint, json.keys.p256dh, json.keys.auth].join('\n');
} catch (e) {
  return 'failed\n' + ((e && (e.message || e.name)) || String(e));
}
