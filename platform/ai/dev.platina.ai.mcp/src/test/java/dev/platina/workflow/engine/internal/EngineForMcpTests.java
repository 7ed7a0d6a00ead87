package dev.platina.workflow.engine.internal;

import dev.platina.audit.api.AuditLog;
import dev.platina.identity.api.AuthenticationService;
import dev.platina.identity.api.Caller;
import dev.platina.identity.api.LoginResult;
import dev.platina.identity.api.Permission;
import dev.platina.marketplace.api.SkillGate;
import dev.platina.persistence.api.TenantId;
import dev.platina.persistence.postgres.internal.PlatformTestDatabase;
import dev.platina.workflow.api.ApprovalService;
import dev.platina.workflow.api.RunService;
import dev.platina.workflow.api.WorkflowService;
import dev.platina.workflow.api.WorkflowStep;
import java.lang.annotation.Annotation;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.osgi.framework.Bundle;

/**
 * The real workflow engine over the test database, wired by hand as DS wires it, for the MCP endpoint's tests: the
 * platform's note, data.set and action.perform steps are registered. It lives in the engine's package because
 * its wiring is internal to the engine.
 */
public final class EngineForMcpTests implements AutoCloseable {

    private final StepRegistry steps;
    private final WorkflowEngine engine;
    public final WorkflowService workflows;
    public final RunService runs;
    public final ApprovalService approvals;

    public EngineForMcpTests(PlatformTestDatabase database, AuditLog audit) throws java.io.IOException {
        this.steps = new StepRegistry(new PlatformGate());
        steps.register(new dev.platina.workflow.engine.internal.steps.NoteStep(), null);
        steps.register(new dev.platina.workflow.engine.internal.steps.SetDataStep(), null);
        steps.register(new dev.platina.workflow.engine.internal.steps.PerformActionStep(), null);
        var cipher = new dev.platina.security.internal.AesGcmSecretCipher(temporaryKeyDirectory());
        this.workflows = new DefaultWorkflowService(database.transactions(), steps, audit, cipher);
        this.engine = new WorkflowEngine(database.transactions(), database.applicationDataSource(), steps,
                new ChannelRegistry(), new OwnersActAsThemselves(), audit, configuration());
        this.runs = new DefaultRunService(engine, audit);
        this.approvals = new DefaultApprovalService(engine, audit);
    }

    public void register(WorkflowStep step) {
        steps.register(step, null);
    }

    @Override
    public void close() throws InterruptedException {
        engine.deactivate();
    }

    private static java.nio.file.Path temporaryKeyDirectory() {
        try {
            return java.nio.file.Files.createTempDirectory("mcp-engine-keys");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
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
                return "mcp-test";
            }
        };
    }

    /** The platform's own steps pass the gate unchanged. */
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
            return Optional.of(new Caller(organization, userId, "owner", Set.of("Admin"), Permission.all(),
                    Caller.Kind.USER, purpose));
        }

        @Override
        public void logout(Caller caller, String bearerToken) {
            throw new UnsupportedOperationException("The engine never signs anyone out");
        }
    }
}
