// What this browser can do about push notifications now, and the subscription it holds (if any).
if (!('serviceWorker' in navigator) || !('PushManager' in window) || !('Notification' in window)) {
  return 'unsupported';
}
if (Notification.permission === 'denied') {
  return 'blocked';
}
const registration = await navigator.serviceWorker.getRegistration('/');
const subscription = registration && await registration.pushManager.getSubscription();
if (!subscription) {
  return 'off';
}
const json = subscription.toJSON();
return ['subscribed', json.endpoint, json.keys.p256dh, json.keys.auth].join('\n');
