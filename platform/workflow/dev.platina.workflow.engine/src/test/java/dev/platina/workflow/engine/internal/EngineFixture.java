package dev.platina.workflow.engine.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.platina.audit.impl.internal.JdbcAuditLog;
import dev.platina.identity.api.AuthenticationService;
import dev.platina.identity.api.Caller;
import dev.platina.identity.api.LoginResult;
import dev.platina.identity.api.Permission;
import dev.platina.marketplace.api.SkillGate;
import dev.platina.persistence.api.TenantId;
import dev.platina.persistence.postgres.internal.PlatformTestDatabase;
import dev.platina.workflow.api.Run;
import dev.platina.workflow.api.WorkflowStep;
import java.lang.annotation.Annotation;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.osgi.framework.Bundle;

/**
 * The workflow engine over the real test database, wired by hand as DS wires it, with one organisation and a
 * workflow owner in it. Steps are registered as the platform's (no skill gate in the way).
 */
final class EngineFixture implements AutoCloseable {

    final PlatformTestDatabase database;
    final TenantId tenant;
    final Caller manager;
    final StepRegistry steps;
    final ChannelRegistry channels;
    final DefaultWorkflowService workflows;
    final WorkflowEngine engine;
    final DefaultRunService runs;
    final DefaultApprovalService approvals;
    final DefaultEventBus events;
    final DefaultWebhookService webhooks;

    EngineFixture(PlatformTestDatabase database, String nodeName) throws Exception {
        this(database, newOrganization(database), nodeName);
    }

    EngineFixture(PlatformTestDatabase database, TenantId tenant, String nodeName) {
        this.database = database;
        this.tenant = tenant;
        this.manager = managerIn(tenant);
        var audit = new JdbcAuditLog(database.transactions());
        this.steps = new StepRegistry(new PlatformGate());
        steps.register(new dev.platina.workflow.engine.internal.steps.NoteStep(), null);
        steps.register(new dev.platina.workflow.engine.internal.steps.SetDataStep(), null);
        steps.register(new dev.platina.workflow.engine.internal.steps.PerformActionStep(), null);
        var cipher = new TestCipher();
        this.workflows = new DefaultWorkflowService(database.transactions(), steps, audit, cipher);
        this.channels = new ChannelRegistry();
        this.engine = new WorkflowEngine(database.transactions(), database.applicationDataSource(), steps, channels,
                new OwnersActAsThemselves(), audit, configuration(nodeName));
        this.runs = new DefaultRunService(engine, audit);
        this.approvals = new DefaultApprovalService(engine, audit);
        this.events = new DefaultEventBus(engine, audit);
        this.webhooks = new DefaultWebhookService(engine, cipher, audit);
    }

    /** A manager of {@code tenant}; every organisation's manager has every permission in these tests. */
    static Caller managerIn(TenantId tenant) {
        return new Caller(tenant, UUID.nameUUIDFromBytes(tenant.value().toString().getBytes()), "manager",
                Set.of("Manager"), Permission.all(), Caller.Kind.USER, "test");
    }

    /** The organisation's runs of one workflow, newest first. */
    java.util.List<Run> runsOf(Caller caller, UUID workflowId) {
        return runs.recent(caller, 500).stream().filter(run -> run.workflowId().equals(workflowId)).toList();
    }

    void register(WorkflowStep step) {
        steps.register(step, null);
    }

    UUID save(String json) {
        return workflows.create(manager, parse(json)).id();
    }

    /** A person of the organisation with the built-in roles' permissions. */
    Caller person(String username, String... roles) {
        var permissions = new java.util.HashSet<String>();
        for (String role : roles) {
            dev.platina.identity.api.BuiltInRole.named(role).ifPresent(r -> permissions.addAll(r.permissions()));
        }
        return new Caller(tenant, UUID.nameUUIDFromBytes((tenant.value() + username).getBytes()), username,
                Set.of(roles), permissions, Caller.Kind.USER, "test");
    }

    /** Waits until the run has finished (or the time is up) and returns it. */
    Run awaitEnd(UUID runId, Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        Run run = runs.get(manager, runId);
        while (run.state() == Run.State.RUNNING && System.nanoTime() < deadline) {
            Thread.sleep(20);
            run = runs.get(manager, runId);
        }
        return run;
    }

    @Override
    public void close() throws Exception {
        engine.deactivate();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> parse(String json) {
        try {
            return new ObjectMapper().readValue(json, Map.class);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** A platform organisation (once) and a tenant below it, written as the database owner. */
    static TenantId newOrganization(PlatformTestDatabase database) throws Exception {
        return database.newTenant();
    }

    static EngineConfiguration configuration(String nodeName) {
        return new EngineConfiguration() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return EngineConfiguration.class;
            }

            @Override
            public int workers() {
                return 8;
            }

            @Override
            public int tasksPerOrganisationPerRound() {
                return 4;
            }

            @Override
            public int leaseGraceSeconds() {
                return 30;
            }

            @Override
            public int maxIdleSeconds() {
                return 1;
            }

            @Override
            public String nodeName() {
                return nodeName;
            }
        };
    }

    /** The platform's own steps pass the gate unchanged, as a bundle without SKILL-INF does. */
    private static final class PlatformGate implements SkillGate {
        @Override
        public Optional<String> skillOf(Bundle bundle) {
            return Optional.empty();
        }

        @Override
        public Optional<Caller> actingFor(Caller caller, Bundle bundle) {
            return Optional.of(caller);
        }

        @Override
        public boolean changing() {
            return false;
        }
    }

    /**
     * Identity as far as the engine needs it: every owner may still act, with every permission. The identity
     * service's own rules for this (disabled users, suspended organisations) are tested with it.
     */
    private static final class OwnersActAsThemselves implements AuthenticationService {
        @Override
        public LoginResult login(String organizationSlug, String username, String password, String totp,
                String requestId, String clientAddress) {
            throw new UnsupportedOperationException("The engine never signs anyone in");
        }

        @Override
        public Optional<Caller> authenticate(String bearerToken, String requestId) {
            return Optional.empty();
        }

        @Override
        public Optional<Caller> actingUser(TenantId organization, UUID userId, String purpose) {
            return Optional.of(new Caller(organization, userId, "owner", Set.of("Manager"), Permission.all(),
                    Caller.Kind.USER, purpose));
        }

        @Override
        public void logout(Caller caller, String bearerToken) {
            throw new UnsupportedOperationException("The engine never signs anyone out");
        }
    }
}
