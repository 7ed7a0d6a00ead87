package dev.platina.marketplace.impl.internal;

import dev.platina.identity.api.Caller;

/** Test fixture: a class that only uses the caller it is handed. */
final class PermissionCheckFixture {

    boolean allowed(Caller caller) {
        return caller.has("x");
    }
}
