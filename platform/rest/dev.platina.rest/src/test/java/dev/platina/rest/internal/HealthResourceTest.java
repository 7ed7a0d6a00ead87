package dev.platina.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.platina.health.api.HealthCheck;
import dev.platina.health.api.HealthResult;
import java.lang.annotation.Annotation;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HealthResourceTest {

    private final HealthResource resource = new HealthResource(config(1, 0, "database"), "1.2.3");

    @AfterEach
    void stop() {
        resource.deactivate();
    }

    @Test
    void upWhenEveryRequiredCheckIsRegisteredAndUp() {
        add("database", () -> HealthResult.up(Map.of("latencyMs", 1)));

        var response = resource.health(OPERATOR);

        assertThat(response.getStatus()).isEqualTo(200);
        var report = (HealthResource.HealthReport) response.getEntity();
        assertThat(report.status()).isEqualTo("UP");
        assertThat(report.version()).isEqualTo("1.2.3");
        assertThat(report.checks().get("database").details()).containsEntry("latencyMs", 1);
    }

    @Test
    void downWithServiceUnavailableWhenARequiredCheckIsMissing() {
        var response = resource.health(OPERATOR);

        assertThat(response.getStatus()).isEqualTo(503);
        var report = (HealthResource.HealthReport) response.getEntity();
        assertThat(report.checks().get("database").status()).isEqualTo("DOWN");
        assertThat(report.checks().get("database").details().get("reason").toString()).contains("Not registered");
    }

    @Test
    void downWhenAnyCheckIsDownEvenIfNotRequired() {
        add("database", () -> HealthResult.up(Map.of()));
        add("mail", () -> HealthResult.down("SMTP refused the connection"));

        assertThat(resource.report().status()).isEqualTo("DOWN");
    }

    @Test
    void aCheckThatThrowsOrHangsCountsAsDown() {
        add("database", () -> {
            throw new IllegalStateException("pool closed");
        });
        add("slow", () -> {
            try {
                Thread.sleep(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return HealthResult.up(Map.of());
        });

        var report = resource.report();

        assertThat(report.checks().get("database").details().get("reason").toString()).contains("pool closed");
        assertThat(report.checks().get("slow").details().get("reason").toString()).contains("No answer within 1 s");
    }

    @Test
    void removedCheckDisappearsFromTheReport() {
        HealthCheck check = () -> HealthResult.up(Map.of());
        add("database", check);
        resource.removeCheck(check, Map.of(HealthCheck.NAME_PROPERTY, "database"));

        assertThat(resource.report().status()).isEqualTo("DOWN");
    }

    @Test
    void anonymousCallersSeeStatusesButNoDetails() {
        add("database", () -> HealthResult.up(Map.of("location", "embedded PostgreSQL on 127.0.0.1:5432")));
        add("mail", () -> HealthResult.down("SMTP at mail.internal:25 refused the connection"));

        var report = (HealthResource.HealthReport) resource.health(null).getEntity();

        assertThat(report.checks().get("database").status()).isEqualTo("UP");
        assertThat(report.checks().get("database").details()).isEmpty();
        assertThat(report.checks().get("mail").details().toString()).doesNotContain("mail.internal");
    }

    private static final javax.ws.rs.core.SecurityContext OPERATOR = new javax.ws.rs.core.SecurityContext() {
        @Override public java.security.Principal getUserPrincipal() { return () -> "admin"; }
        @Override public boolean isUserInRole(String role) { return dev.platina.rest.PlatinaApi.OPERATOR_ROLE.equals(role); }
        @Override public boolean isSecure() { return false; }
        @Override public String getAuthenticationScheme() { return "Bearer"; }
    };

    private void add(String name, HealthCheck check) {
        resource.addCheck(check, Map.of(HealthCheck.NAME_PROPERTY, name));
    }

    @Test
    void aReportIsReusedWithinTheCacheWindow() {
        var cachedResource = new HealthResource(config(1, 60_000, "database"), "1.2.3");
        var calls = new java.util.concurrent.atomic.AtomicInteger();
        cachedResource.addCheck(() -> {
            calls.incrementAndGet();
            return HealthResult.up(Map.of());
        }, Map.of(HealthCheck.NAME_PROPERTY, "database"));
        try {
            cachedResource.report();
            cachedResource.report();
            assertThat(calls.get()).isEqualTo(1);
        } finally {
            cachedResource.deactivate();
        }
    }

    private static HealthConfiguration config(int timeoutSeconds, long cacheMillis, String... required) {
        return new HealthConfiguration() {
            @Override public Class<? extends Annotation> annotationType() { return HealthConfiguration.class; }
            @Override public String[] requiredChecks() { return required; }
            @Override public int timeoutSeconds() { return timeoutSeconds; }
            @Override public long cacheMillis() { return cacheMillis; }
        };
    }
}
