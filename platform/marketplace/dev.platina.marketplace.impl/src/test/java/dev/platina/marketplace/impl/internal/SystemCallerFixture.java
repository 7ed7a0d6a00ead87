package dev.platina.marketplace.impl.internal;

import dev.platina.identity.api.Caller;
import dev.platina.persistence.api.TenantId;
import java.util.UUID;

/** Test fixture: a class that mints its own system caller, as a skill must not. */
final class SystemCallerFixture {

    Caller mint() {
        return Caller.system(new TenantId(UUID.randomUUID()), "x");
    }
}
