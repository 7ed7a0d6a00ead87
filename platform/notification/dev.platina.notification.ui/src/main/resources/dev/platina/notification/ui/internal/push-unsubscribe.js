// Ends this browser's push subscription and hands back its endpoint, so the server forgets it too.
if (!('serviceWorker' in navigator) || !('PushManager' in window)) {
  return null;
}
const registration = await navigator.serviceWorker.getRegistration('/');
const subscription = registration && await registration.pushManager.getSubscription();
if (!subscription) {
  return null;
}
const endpoint = subscription.endpoint;
try {
  await subscription.unsubscribe();
} catch (e) {
  // The server forgets the endpoint anyway; the push service drops it once messages to it fail.
}
return endpoint;
