package dev.platina.workflow.engine.internal.steps;

import dev.platina.workflow.api.StepDescriptor;
import dev.platina.workflow.api.StepExecution;
import dev.platina.workflow.api.StepOutcome;
import dev.platina.workflow.api.WorkflowStep;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Calls an HTTP(S) endpoint. Every request carries the step's idempotency key in {@code Idempotency-Key}, so a
 * peer that honours it (as payment and CRM APIs do) applies a retried request once. Network failures, 429 and 5xx
 * are retried under the step's policy; other 4xx answers fail at once, since repeating them cannot help.
 */
@Component(service = WorkflowStep.class, configurationPid = HttpRequestConfiguration.PID)
@Designate(ocd = HttpRequestConfiguration.class)
public final class HttpRequestStep implements WorkflowStep {

    static final StepDescriptor DESCRIPTOR = new StepDescriptor("http.request", "HTTP request",
            "Calls a web address and hands the answer to the next steps.", "Basics",
            Map.of("type", "object", "required", List.of("url"), "properties", Map.of(
                    "method", Map.of("type", "string", "enum", List.of("GET", "POST", "PUT", "PATCH", "DELETE")),
                    "url", Map.of("type", "string", "format", "uri"),
                    "headers", Map.of("type", "object", "additionalProperties", Map.of("type", "string")),
                    "body", Map.of("description", "JSON value, or text"),
                    "timeoutSeconds", Map.of("type", "integer", "minimum", 1, "maximum", 300))),
            Map.of("type", "object", "properties", Map.of("status", Map.of("type", "integer"),
                    "headers", Map.of("type", "object"), "body", Map.of("description", "JSON value, or text"))));

    private final HttpCall http;

    @Activate
    public HttpRequestStep(HttpRequestConfiguration config) {
        this(config.allowPrivateAddresses(), config.maxResponseKilobytes());
    }

    HttpRequestStep(boolean allowPrivateAddresses, int maxResponseKilobytes) {
        this.http = new HttpCall(allowPrivateAddresses, maxResponseKilobytes);
    }

    @Override
    public StepDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public StepOutcome execute(StepExecution execution) throws InterruptedException {
        HttpCall.Prepared prepared = http.prepare(execution.input(), "GET", execution.idempotencyKey());
        if (prepared.problem().isPresent()) {
            return StepOutcome.failed(prepared.problem().get(), false);
        }
        HttpCall.Answer answer;
        try {
            answer = http.send(prepared.request().orElseThrow());
        } catch (HttpCall.TooLarge e) {
            return StepOutcome.failed(e.getMessage(), false);
        } catch (IOException e) {
            return StepOutcome.failed(prepared.host() + " could not be reached: " + e, true);
        }
        int status = answer.status();
        if (status == 429 || status >= 500) {
            return StepOutcome.failed(prepared.host() + " answered HTTP " + status + "; trying again later.", true);
        }
        if (status >= 400) {
            return StepOutcome.failed(prepared.host() + " answered HTTP " + status + ": " + answer.preview(), false);
        }
        var output = new LinkedHashMap<String, Object>();
        output.put("status", status);
        output.put("headers", answer.headers());
        output.put("body", answer.body());
        return StepOutcome.done(output);
    }
}
