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
        return database.newTenant();
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
