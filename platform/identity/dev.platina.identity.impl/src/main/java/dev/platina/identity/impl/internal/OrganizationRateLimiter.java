package dev.platina.identity.impl.internal;

import dev.platina.core.api.LimitExceededException;
import dev.platina.identity.api.Caller;
import dev.platina.identity.api.Organization;
import dev.platina.identity.api.RequestLimiter;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Per-organisation API request limits ({@code maxRequestsPerMinute}) as token buckets in this node's memory:
 * a bucket holds a minute's worth of requests and refills continuously. A limit changed on this node applies
 * from the next request; the limit is also re-read every 30 s, for changes made on other nodes.
 */
@Component(service = {RequestLimiter.class, OrganizationRateLimiter.class})
public final class OrganizationRateLimiter implements RequestLimiter {

    private static final long LIMIT_REFRESH_NANOS = Duration.ofSeconds(30).toNanos();

    private final IdentityPersistence persistence;
    private final Map<UUID, Bucket> buckets = new ConcurrentHashMap<>();

    @Activate
    public OrganizationRateLimiter(@Reference IdentityPersistence persistence) {
        this.persistence = persistence;
    }

    @Override
    public void acquire(Caller caller) {
        UUID organization = caller.organization().value();
        long now = System.nanoTime();
        Bucket bucket = buckets.compute(organization, (id, existing) ->
                existing != null && now - existing.limitReadAt < LIMIT_REFRESH_NANOS ? existing
                        : new Bucket(limitOf(id), now, existing));
        bucket.take(now);
    }

    /** Drops what is known of the organisation's limit, so a changed limit applies from the next request. */
    void forget(UUID organization) {
        buckets.remove(organization);
    }

    private Integer limitOf(UUID organization) {
        Optional<Organization> found = persistence.platformSql(c -> OrganizationStore.byId(c, organization));
        return found.map(o -> o.limits().maxRequestsPerMinute()).orElse(null);
    }

    /** Tokens refill at limit/60 per second up to limit; one request takes one token. */
    private static final class Bucket {
        private final Integer limit;
        private final long limitReadAt;
        private double tokens;
        private long refilledAt;

        Bucket(Integer limit, long now, Bucket previous) {
            this.limit = limit;
            this.limitReadAt = now;
            this.refilledAt = previous == null ? now : previous.refilledAt;
            this.tokens = limit == null ? 0 : previous == null || previous.limit == null ? limit
                    : Math.min(previous.tokens, limit);
        }

        synchronized void take(long now) {
            if (limit == null) {
                return;
            }
            double perNano = limit / 60e9;
            tokens = Math.min(limit, tokens + (now - refilledAt) * perNano);
            refilledAt = now;
            if (tokens >= 1) {
                tokens -= 1;
                return;
            }
            long waitSeconds = Math.max(1, (long) Math.ceil((1 - tokens) / perNano / 1e9));
            throw new LimitExceededException("maxRequestsPerMinute", limit, Duration.ofSeconds(waitSeconds),
                    "Your organisation has used its " + limit + " API requests per minute (maxRequestsPerMinute)."
                            + " Retry in " + waitSeconds + " s, or ask your provider to raise the limit.");
        }
    }
}
