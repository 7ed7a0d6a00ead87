package dev.platina.audit.api;

import dev.platina.persistence.api.TenantId;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Appends to and reads an organisation's audit trail. The trail is append-only in the database itself: the
 * application's role may insert and read events but not change or delete them.
 */
@ProviderType
public interface AuditLog {

    /** Appends the event to its organisation's chain, in a transaction of its own. */
    void record(AuditEvent event);

    /** Reads the organisation's events, newest first. Callers check {@code audit:read} first. */
    AuditPage find(TenantId organization, AuditQuery query);

    /** Re-computes the organisation's chain from the first event and reports any break. */
    ChainVerification verify(TenantId organization);
}
