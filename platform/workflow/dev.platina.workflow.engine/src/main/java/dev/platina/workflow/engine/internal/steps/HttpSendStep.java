package dev.platina.workflow.engine.internal.steps;

import dev.platina.workflow.api.OutboundMessage;
import dev.platina.workflow.api.StepDescriptor;
import dev.platina.workflow.api.StepExecution;
import dev.platina.workflow.api.StepOutcome;
import dev.platina.workflow.api.WorkflowStep;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * Sends an HTTP request through the outbox: the step only checks the request and hands it over, in the
 * transaction that records the step as done; the outbox's {@code http} channel delivers it, retrying while the
 * peer is down, always with the same {@code Idempotency-Key}. For effects that must happen once (post an order,
 * send a message) rather than answers a later step needs (use {@code http.request} for those).
 */
@Component(service = WorkflowStep.class, configurationPid = HttpRequestConfiguration.PID)
public final class HttpSendStep implements WorkflowStep {

    static final StepDescriptor DESCRIPTOR = new StepDescriptor("http.send", "Send HTTP request (once)",
            "Hands a request to the outbox, which delivers it once, waiting and retrying while the other side is"
                    + " down.", "Basics",
            Map.of("type", "object", "required", List.of("url"), "properties", Map.of(
                    "method", Map.of("type", "string", "enum", List.of("POST", "PUT", "PATCH", "DELETE")),
                    "url", Map.of("type", "string", "format", "uri"),
                    "headers", Map.of("type", "object", "additionalProperties", Map.of("type", "string")),
                    "body", Map.of("description", "JSON value, or text"),
                    "timeoutSeconds", Map.of("type", "integer", "minimum", 1, "maximum", 300))),
            Map.of("type", "object", "properties", Map.of("queued", Map.of("type", "boolean"),
                    "idempotencyKey", Map.of("type", "string"))));

    private final HttpCall http;

    @Activate
    public HttpSendStep(HttpRequestConfiguration config) {
        this(config.allowPrivateAddresses(), config.maxResponseKilobytes());
    }

    public HttpSendStep(boolean allowPrivateAddresses, int maxResponseKilobytes) {
        this.http = new HttpCall(allowPrivateAddresses, maxResponseKilobytes);
    }

    @Override
    public StepDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public StepOutcome execute(StepExecution execution) {
        HttpCall.Prepared prepared = http.prepare(execution.input(), "POST", execution.idempotencyKey());
        if (prepared.problem().isPresent()) {
            return StepOutcome.failed(prepared.problem().get(), false);
        }
        var payload = new LinkedHashMap<String, Object>(execution.input());
        payload.putIfAbsent("method", "POST");
        return StepOutcome.done(Map.of("queued", true, "idempotencyKey", execution.idempotencyKey() + "/0"))
                .withEffects(new OutboundMessage(HttpChannel.NAME, payload));
    }
}
