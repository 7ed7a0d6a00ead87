package dev.platina.identity.api;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Personal API tokens for scripts. A token acts for its owner with at most the permissions it was given, and
 * never more than the owner holds at the time of each request.
 */
@ProviderType
public interface ApiTokenService {

    IssuedApiToken create(Caller caller, String name, Set<String> permissions, Duration lifetime);

    List<ApiToken> list(Caller caller);

    void revoke(Caller caller, UUID tokenId);
}
