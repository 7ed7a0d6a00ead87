package dev.platina.workflow.engine.internal;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.platina.audit.api.AuditLog;
import dev.platina.identity.api.AuthenticationService;
import dev.platina.identity.api.BuiltInRole;
import dev.platina.identity.api.Caller;
import dev.platina.identity.api.LoginResult;
import dev.platina.marketplace.api.SkillGate;
import dev.platina.persistence.api.TenantId;
import dev.platina.persistence.postgres.internal.PlatformTestDatabase;
import dev.platina.security.internal.AesGcmSecretCipher;
import dev.platina.workflow.api.ApprovalService;
import dev.platina.workflow.api.EventBus;
import dev.platina.workflow.api.OutboxChannel;
import dev.platina.workflow.api.RunService;
import dev.platina.workflow.api.WorkflowStep;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.osgi.framework.Bundle;

/**
 * The real workflow engine with its approval service, wired by hand as DS wires it, and a directory of the people
 * of the test organisations (who a user id acts as), for the Slack skill's tests of deciding approvals as a person.
 * It lives in the engine's package because the engine's wiring is internal to it.
 */
public final class EngineWithApprovals implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final StepRegistry steps = new StepRegistry(new PlatformGate());
    private final ChannelRegistry channels = new ChannelRegistry();
    private final WorkflowEngine engine;
    private final Map<UUID, Caller> people = new ConcurrentHashMap<>();
    private final DefaultWorkflowService definitions;
    public final RunService runs;
    public final ApprovalService approvals;
    public final EventBus events;
    /** Who a person's user id acts as, as identity's {@code actingUser} answers. */
    public final AuthenticationService identity = new People();

    public EngineWithApprovals(PlatformTestDatabase database, AuditLog audit) {
        steps.register(new dev.platina.workflow.engine.internal.steps.NoteStep(), null);
        steps.register(new dev.platina.workflow.engine.internal.steps.SetDataStep(), null);
        AesGcmSecretCipher cipher;
        try {
            cipher = new AesGcmSecretCipher(Files.createTempDirectory("engine-keys"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.definitions = new DefaultWorkflowService(database.transactions(), steps, audit, cipher);
        this.engine = new WorkflowEngine(database.transactions(), database.applicationDataSource(), steps, channels,
                identity, audit, configuration());
        this.runs = new DefaultRunService(engine, audit);
        this.approvals = new DefaultApprovalService(engine, audit);
        this.events = new DefaultEventBus(engine, audit);
    }

    public void register(WorkflowStep step) {
        steps.register(step, null);
    }

    public void register(OutboxChannel channel) {
        channels.addChannel(channel);
    }

    /** A person of the organisation with a built-in role's permissions, known to the directory from now on. */
    public Caller person(TenantId organization, String username, String role) {
        var permissions = new HashSet<String>();
        BuiltInRole.named(role).ifPresent(r -> permissions.addAll(r.permissions()));
        Caller person = new Caller(organization, UUID.nameUUIDFromBytes((organization.value() + username)
                .getBytes()), username, Set.of(role), permissions, Caller.Kind.USER, "test");
        people.put(person.userId(), person);
        return person;
    }

    public UUID save(Caller owner, String json) {
        try {
            return definitions.create(owner, JSON.readValue(json, new TypeReference<Map<String, Object>>() { }))
                    .id();
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
                return "slack-test";
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

    /** The people made with {@link #person}; nobody signs in. */
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
            return Optional.ofNullable(people.get(userId)).filter(p -> p.organization().equals(organization));
        }

        @Override
        public void logout(Caller caller, String bearerToken) {
            throw new UnsupportedOperationException("Nobody signs out in these tests");
        }
    }
}
