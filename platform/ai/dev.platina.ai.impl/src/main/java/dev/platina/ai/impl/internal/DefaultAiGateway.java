package dev.platina.ai.impl.internal;

import dev.platina.ai.api.AiGateway;
import dev.platina.ai.api.AiSettings;
import dev.platina.ai.api.AiUsage;
import dev.platina.ai.api.ChatMessage;
import dev.platina.ai.api.ChatRequest;
import dev.platina.ai.api.ChatResponse;
import dev.platina.ai.api.LanguageModelException;
import dev.platina.ai.api.PiiMasker;
import dev.platina.audit.api.AuditEvent;
import dev.platina.audit.api.AuditLog;
import dev.platina.audit.api.AuditOutcome;
import dev.platina.core.api.LimitExceededException;
import dev.platina.identity.api.AuditEvents;
import dev.platina.identity.api.Caller;
import dev.platina.identity.api.Permission;
import dev.platina.identity.api.PermissionGuard;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Every AI call: budget first, then (for an external provider) masking, the call, unmasking, metering, and an
 * audit entry with the prompt and answer as they left and came back, masked. The offline engine's text never
 * leaves the installation, so it is not masked, but it is metered and audited the same way.
 */
@Component(service = AiGateway.class)
public final class DefaultAiGateway implements AiGateway {

    static final int AUDITED_CHARACTERS = 2000;

    private final TenantAiSettings settings;
    private final ConnectionCache connections;
    private final PiiMasker masker;
    private final AuditLog audit;
    private final PermissionGuard guard;

    @Activate
    public DefaultAiGateway(@Reference TenantAiSettings settings, @Reference ConnectionCache connections,
            @Reference PiiMasker masker, @Reference AuditLog audit) {
        this.settings = settings;
        this.connections = connections;
        this.masker = masker;
        this.audit = audit;
        this.guard = new PermissionGuard(audit);
    }

    @Override
    public ChatResponse chat(Caller caller, String purpose, ChatRequest request) {
        guard.require(caller, Permission.WORKFLOWS_RUN, "ai.chat", "ai", null);
        TenantAiSettings.Connection connection = settings.connection(caller.organization());
        AiSettings chosen = connection.settings();
        refuseOverBudget(caller, chosen);
        ConversationMasking masking = chosen.external() ? new ConversationMasking(masker.session()) : null;
        ChatRequest outgoing = masking == null ? request : masking.mask(request);
        AuditEvent.Builder entry = AuditEvents.by(caller, "ai.chat").target("ai", chosen.provider())
                .detail("purpose", purpose).detail("provider", chosen.provider())
                .detail("model", outgoing.model().isEmpty() ? chosen.model() : outgoing.model())
                .detail("masked", masking != null).detail("prompt", shorten(lastPrompt(outgoing)));
        ChatResponse answer;
        try {
            answer = connections.model(caller.organization(), connection).chat(outgoing);
        } catch (LanguageModelException e) {
            audit.record(entry.outcome(AuditOutcome.FAILURE).detail("error", e.kind().name()).build());
            throw e;
        }
        settings.meter(caller.organization(), answer.usage().inputTokens(), answer.usage().outputTokens());
        audit.record(entry.detail("answer", shorten(answer.text())).detail("toolCalls", answer.toolCalls().size())
                .detail("inputTokens", answer.usage().inputTokens())
                .detail("outputTokens", answer.usage().outputTokens()).build());
        return masking == null ? answer : masking.unmask(answer);
    }

    /** Checked before the call, so one call may go past the budget by what it uses; the next is refused. */
    private void refuseOverBudget(Caller caller, AiSettings chosen) {
        if (chosen.monthlyTokenBudget() <= 0) {
            return;
        }
        AiUsage used = settings.usage(caller.organization(), chosen.monthlyTokenBudget());
        if (used.totalTokens() >= chosen.monthlyTokenBudget()) {
            var nextMonth = used.month().plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
            audit.record(AuditEvents.by(caller, "ai.chat").target("ai", chosen.provider())
                    .outcome(AuditOutcome.DENIED).detail("limit", "aiTokensPerMonth")
                    .detail("used", used.totalTokens()).detail("budget", chosen.monthlyTokenBudget()).build());
            throw new LimitExceededException("aiTokensPerMonth", chosen.monthlyTokenBudget(),
                    Duration.between(settings.now(), nextMonth), "This organisation has used "
                            + used.totalTokens() + " of its " + chosen.monthlyTokenBudget() + " AI tokens for "
                            + used.month() + ". The budget renews on " + used.month().plusMonths(1).atDay(1)
                            + " (UTC); an administrator can raise it in the AI settings.");
        }
    }

    private static String lastPrompt(ChatRequest request) {
        Optional<ChatMessage> last = request.messages().stream().reduce((a, b) -> b);
        return last.map(ChatMessage::text).orElse("");
    }

    private static String shorten(String text) {
        return text.length() <= AUDITED_CHARACTERS ? text : text.substring(0, AUDITED_CHARACTERS) + "…";
    }
}
