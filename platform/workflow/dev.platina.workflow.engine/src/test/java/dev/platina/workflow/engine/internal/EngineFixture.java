package dev.platina.workflow.engine.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.platina.audit.impl.internal.JdbcAuditLog;
import dev.platina.identity.api.AuthenticationService;
import dev.platina.identity.api.BuiltInRole;
import dev.platina.identity.api.Caller;
import dev.platina.identity.api.LoginResult;
import dev.platina.identity.api.Permission;
import dev.platina.marketplace.api.SkillGate;
import dev.platina.persistence.api.TenantId;
import dev.platina.persistence.postgres.internal.PlatformTestDatabase;
import dev.platina.workflow.api.OutboxChannel;
import dev.platina.workflow.api.Run;
import dev.platina.workflow.api.WorkflowStep;
import dev.platina.workflow.engine.internal.steps.NoteStep;
import dev.platina.workflow.engine.internal.steps.PerformActionStep;
import dev.platina.workflow.engine.internal.steps.SetDataStep;
import java.lang.annotation.Annotation;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.osgi.framework.Bundle;

/**
 * The real workflow engine (definitions, runs, outbox relay, approvals, event bus, webhooks) over the test
 * database, wired by hand as DS wires it, with an organisation of its own and a manager in it. The platform's
 * note, data.set and action.perform steps are registered; steps and channels under test are registered as the
 * platform's (no skill gate in the way). Published in the engine's test jar for other modules' tests; it lives in
 * the engine's package because the engine's wiring is internal to it.
 */
public final class EngineFixture implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    public final PlatformTestDatabase database;
    public final JdbcAuditLog audit;
    public final TenantId tenant;
    /** The organisation's manager, with every permission: saves workflows unless a test names another owner. */
    public final Caller manager;
    public final DefaultWorkflowService workflows;
    public final DefaultRunService runs;
    public final DefaultApprovalService approvals;
    public final DefaultEventBus events;
    public final DefaultWebhookService webhooks;
    /** Who a user id acts as, as identity's {@code actingUser} answers: see {@link People}. */
    public final AuthenticationService identity;
    final StepRegistry steps;
    final ChannelRegistry channels = new ChannelRegistry();
    final WorkflowEngine engine;
    private final Map<UUID, Caller> people = new ConcurrentHashMap<>();

    /** An engine on a node of its own, for a new organisation. */
    public EngineFixture(PlatformTestDatabase database) throws SQLException {
        this(database, "node-" + UUID.randomUUID());
    }

    public EngineFixture(PlatformTestDatabase database, String nodeName) throws SQLException {
        this(database, database.newTenant(), nodeName);
    }

    public EngineFixture(PlatformTestDatabase database, TenantId tenant, String nodeName) {
        this.database = database;
        this.tenant = tenant;
        this.manager = managerIn(tenant);
        this.audit = new JdbcAuditLog(database.transactions());
        this.identity = new People();
        this.steps = new StepRegistry(new PlatformGate());
        steps.register(new NoteStep(), null);
        steps.register(new SetDataStep(), null);
        steps.register(new PerformActionStep(), null);
        var cipher = new TestCipher();
        this.workflows = new DefaultWorkflowService(database.transactions(), steps, audit, cipher);
        this.engine = new WorkflowEngine(database.transactions(), database.applicationDataSource(), steps, channels,
                identity, audit, configuration(nodeName));
        this.runs = new DefaultRunService(engine, audit);
        this.approvals = new DefaultApprovalService(engine, audit);
        this.events = new DefaultEventBus(engine, audit);
        this.webhooks = new DefaultWebhookService(engine, cipher, audit);
    }

    /** A manager of {@code tenant}; every organisation's manager has every permission in these tests. */
    public static Caller managerIn(TenantId tenant) {
        return new Caller(tenant, UUID.nameUUIDFromBytes(tenant.value().toString().getBytes()), "manager",
                Set.of("Manager"), Permission.all(), Caller.Kind.USER, "test");
    }

    public void register(WorkflowStep step) {
        steps.register(step, null);
    }

    public void register(OutboxChannel channel) {
        channels.addChannel(channel);
    }

    /** Saves a workflow owned by the manager; returns its id. */
    public UUID save(String json) {
        return save(manager, json);
    }

    public UUID save(Caller owner, String json) {
        return workflows.create(owner, parse(json)).id();
    }

    /**
     * A person of the organisation with the built-in roles' permissions; runs of workflows they own act as them
     * from now on.
     */
    public Caller person(String username, String... roles) {
        var permissions = new HashSet<String>();
        for (String role : roles) {
            BuiltInRole.named(role).ifPresent(r -> permissions.addAll(r.permissions()));
        }
        Caller person = new Caller(tenant, UUID.nameUUIDFromBytes((tenant.value() + username).getBytes()),
                username, Set.of(roles), permissions, Caller.Kind.USER, "test");
        people.put(person.userId(), person);
        return person;
    }

    /** The organisation's runs of one workflow, newest first. */
    public List<Run> runsOf(Caller caller, UUID workflowId) {
        return runs.recent(caller, 500).stream().filter(run -> run.workflowId().equals(workflowId)).toList();
    }

    /** Waits until the run has finished (or the time is up) and returns it. */
    public Run awaitEnd(UUID runId, Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        Run run = runs.get(manager, runId);
        while (run.state() == Run.State.RUNNING && System.nanoTime() < deadline) {
            Thread.sleep(20);
            run = runs.get(manager, runId);
        }
        return run;
    }

    @Override
    public void close() throws InterruptedException {
        engine.deactivate();
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> parse(String json) {
        try {
            return JSON.readValue(json, Map.class);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
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
     * Identity as far as the engine needs it. A person made with {@link #person} acts as themselves, in their own
     * organisation only; any other owner still acts, with every permission. The identity service's own rules for
     * this (disabled users, suspended organisations) are tested with it. Nobody signs in.
     */
    private final class People implements AuthenticationService {
        @Override
        public LoginResult login(String organizationSlug, String username, String password, String totp,
                String requestId, String clientAddress) {
            throw new UnsupportedOperationException("Nobody signs in in these tests");
        }

        @Override
        public Optional<Caller> authenticate(String bearerToken, String requestId) {
            return Optional.empty();
        }

        @Override
        public Optional<Caller> actingUser(TenantId organization, UUID userId, String purpose) {
            Caller known = people.get(userId);
            if (known != null) {
                return Optional.of(known).filter(person -> person.organization().equals(organization));
            }
            return Optional.of(new Caller(organization, userId, "owner", Set.of("Manager"), Permission.all(),
                    Caller.Kind.USER, purpose));
        }

        @Override
        public void logout(Caller caller, String bearerToken) {
            throw new UnsupportedOperationException("Nobody signs out in these tests");
        }
    }
}
