package dev.platina.identity.api;

import org.osgi.annotation.versioning.ProviderType;

/** Admits or refuses one API request of a caller against its organisation's request rate limit. */
@ProviderType
public interface RequestLimiter {

    /** @throws dev.platina.core.api.LimitExceededException with the limit named and when to retry */
    void acquire(Caller caller);
}
