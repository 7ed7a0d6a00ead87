package dev.platina.notification.email.internal;

import dev.platina.notification.api.Recipient;

/** Finds the brand for a recipient's organisation (see {@link ThemedBrands}). */
@FunctionalInterface
interface Brands {

    Brand brandFor(Recipient recipient);
}
