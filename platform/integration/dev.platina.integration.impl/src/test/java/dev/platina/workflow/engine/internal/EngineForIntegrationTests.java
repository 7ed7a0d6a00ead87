package dev.platina.workflow.engine.internal;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.platina.audit.api.AuditLog;
import dev.platina.identity.api.AuthenticationService;
import dev.platina.identity.api.Caller;
import dev.platina.identity.api.LoginResult;
import dev.platina.identity.api.Permission;
import dev.platina.marketplace.api.SkillGate;
import dev.platina.persistence.api.TenantId;
import dev.platina.persistence.postgres.internal.PlatformTestDatabase;
import dev.platina.workflow.api.EventBus;
import dev.platina.workflow.api.OutboxChannel;
import dev.platina.workflow.api.RunService;
import dev.platina.workflow.api.WorkflowService;
import dev.platina.workflow.api.WorkflowStep;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.nio.file.Files;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.osgi.framework.Bundle;

/**
 * The real workflow engine (runs, outbox relay, event bus) over the test database, wired by hand as DS wires it,
 * for the integration kit's and connectors' tests. It lives in the engine's package because its wiring is internal
 * to the engine.
 */
public final class EngineForIntegrationTests implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final StepRegistry steps;
    private final ChannelRegistry channels = new ChannelRegistry();
    private final WorkflowEngine engine;
    public final WorkflowService workflows;
    public final RunService runs;
    public final EventBus events;

    public EngineForIntegrationTests(PlatformTestDatabase database, AuditLog audit) {
        this.steps = new StepRegistry(new PlatformGate());
        steps.register(new dev.platina.workflow.engine.internal.steps.NoteStep(), null);
        steps.register(new dev.platina.workflow.engine.internal.steps.SetDataStep(), null);
        dev.platina.security.internal.AesGcmSecretCipher cipher;
        try {
            cipher = new dev.platina.security.internal.AesGcmSecretCipher(Files.createTempDirectory("engine-keys"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.workflows = new DefaultWorkflowService(database.transactions(), steps, audit, cipher);
        this.engine = new WorkflowEngine(database.transactions(), database.applicationDataSource(), steps, channels,
                new OwnersActAsThemselves(), audit, configuration());
        this.runs = new DefaultRunService(engine, audit);
        this.events = new DefaultEventBus(engine, audit);
    }

    public void register(WorkflowStep step) {
        steps.register(step, null);
    }

    public void register(OutboxChannel channel) {
        channels.addChannel(channel);
    }

    /** A manager of the organisation, with every permission, as workflows' owner. */
    public static Caller managerIn(TenantId organization) {
        return new Caller(organization, UUID.nameUUIDFromBytes(organization.value().toString().getBytes()),
                "manager", Set.of("Manager"), Permission.all(), Caller.Kind.USER, "test");
    }

    public UUID save(TenantId organization, String json) {
        try {
            return workflows.create(managerIn(organization), JSON.readValue(json,
                    new TypeReference<Map<String, Object>>() { })).id();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        engine.deactivate();
    }

    private static EngineConfiguration configuration() {
        return new EngineConfiguration() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return EngineConfiguration.class;
            }

            @Override
            public int workers() {
                return 4;
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
                return "integration-test";
            }
        };
    }

    /** The steps under test pass the gate unchanged. */
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

    /** Identity as far as the engine needs it: every workflow owner may still act, with every permission. */
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
            return Optional.of(managerIn(organization));
        }

        @Override
        public void logout(Caller caller, String bearerToken) {
            throw new UnsupportedOperationException("The engine never signs anyone out");
        }
    }
}
