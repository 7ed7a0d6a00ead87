package dev.platina.identity.api;

import dev.platina.persistence.api.TenantId;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The organisation's storage limit ({@code maxStorageMb}). Services that store data on a user's behalf ask for room
 * first; the audit trail is counted but never refused.
 */
@ProviderType
public interface StorageQuota {

    /** Bytes the organisation's rows take, refreshed at most once a minute. */
    long usedBytes(TenantId organization);

    /**
     * @throws dev.platina.core.api.LimitExceededException naming {@code maxStorageMb} (HTTP 413) when the new data
     *     would not fit
     */
    void requireRoom(TenantId organization, long additionalBytes);
}
