package dev.platina.notification.email.internal;

import dev.platina.notification.api.Recipient;

/**
 * Finds the brand for a recipient's organisation. Tenant themes do not reach this bundle yet (there is no brand
 * service), so the component answers with one configured brand for everybody; a theme-backed lookup replaces it here.
 */
@FunctionalInterface
interface Brands {

    Brand brandFor(Recipient recipient);
}
