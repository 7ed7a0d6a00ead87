package dev.platina.identity.api;

import dev.platina.audit.api.AuditPage;
import dev.platina.audit.api.AuditQuery;
import dev.platina.audit.api.ChainVerification;
import org.osgi.annotation.versioning.ProviderType;

/** The caller's organisation's audit trail, for callers with {@code audit:read}. */
@ProviderType
public interface AuditTrail {

    AuditPage find(Caller caller, AuditQuery query);

    ChainVerification verify(Caller caller);
}
