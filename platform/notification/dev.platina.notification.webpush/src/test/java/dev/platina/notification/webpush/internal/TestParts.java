package dev.platina.notification.webpush.internal;

import dev.platina.audit.api.AuditEvent;
import dev.platina.audit.api.AuditLog;
import dev.platina.audit.api.AuditPage;
import dev.platina.audit.api.AuditQuery;
import dev.platina.audit.api.ChainVerification;
import dev.platina.identity.api.Caller;
import dev.platina.persistence.api.TenantId;
import dev.platina.persistence.postgres.internal.PlatformTestDatabase;
import java.lang.annotation.Annotation;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/** What the tests wire the components with: configuration, an audit trail to read back, organisations, people. */
final class TestParts {

    private TestParts() {
    }

    static WebPushConfiguration configuration(boolean allowInsecureEndpoints) {
        return new WebPushConfiguration() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return WebPushConfiguration.class;
            }

            @Override
            public String subject() {
                return "mailto:operator@example.test";
            }

            @Override
            public boolean allowInsecureEndpoints() {
                return allowInsecureEndpoints;
            }

            @Override
            public int timeToLiveSeconds() {
                return 86400;
            }
        };
    }

    static Caller person(TenantId tenant, String username) {
        return new Caller(tenant, UUID.randomUUID(), username, Set.of("User"), Set.of(), Caller.Kind.USER, "test");
    }

    /** A platform organisation and a tenant below it, written as the database owner. */
    static TenantId newOrganization(PlatformTestDatabase database) throws Exception {
        UUID platform = UUID.randomUUID();
        UUID tenant = UUID.randomUUID();
        try (Connection owner = database.owner(); PreparedStatement insert = owner.prepareStatement(
                "INSERT INTO platina.organization (id, parent_id, slug, name, kind) VALUES (?, ?, ?, ?, ?)")) {
            insert.setObject(1, platform);
            insert.setObject(2, null);
            insert.setString(3, "p-" + platform.toString().substring(0, 8));
            insert.setString(4, "Platform for a test");
            insert.setString(5, "PLATFORM");
            insert.executeUpdate();
            insert.setObject(1, tenant);
            insert.setObject(2, platform);
            insert.setString(3, "t-" + tenant.toString().substring(0, 8));
            insert.setString(4, "Tenant for a test");
            insert.setString(5, "TENANT");
            insert.executeUpdate();
        }
        return new TenantId(tenant);
    }

    /** Keeps what was recorded, for the test to read. */
    static final class RecordedAudit implements AuditLog {
        final List<AuditEvent> events = new CopyOnWriteArrayList<>();

        @Override
        public void record(AuditEvent event) {
            events.add(event);
        }

        @Override
        public AuditPage find(TenantId organization, AuditQuery query) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ChainVerification verify(TenantId organization) {
            throw new UnsupportedOperationException();
        }
    }
}
