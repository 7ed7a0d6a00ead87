package dev.platina.skill.email.internal;

import dev.platina.integration.api.ConnectionService;
import dev.platina.integration.api.QueuedConnectorStep;
import dev.platina.integration.api.StepInput;
import dev.platina.workflow.api.StepDescriptor;
import dev.platina.workflow.api.WorkflowStep;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code email.send}: a new mail from the organisation's mailbox. */
@Component(service = WorkflowStep.class)
public final class SendEmailStep extends QueuedConnectorStep {

    static final String OPERATION = "message.send";

    static final StepDescriptor DESCRIPTOR = new StepDescriptor("email.send", "Send an e-mail",
            "Sends an e-mail from the organisation's mailbox to the recipients given, as plain text and optionally"
                    + " HTML; delivered through the outbox, also when the mail server is down for a while.", "E-mail",
            Map.of("type", "object", "required", List.of("to", "subject"), "properties", Map.of(
                    "to", recipients("Recipients: a@example.com or Name <a@example.com>, a list or one text"
                            + " with commas"),
                    "cc", recipients("Copy recipients"),
                    "bcc", recipients("Blind copy recipients (not shown to the others)"),
                    "subject", Map.of("type", "string", "maxLength", MailInput.LONGEST_SUBJECT),
                    "text", Map.of("type", "string", "description", "The plain-text body"),
                    "html", Map.of("type", "string", "description", "An HTML body besides the text (optional)")),
                    "anyOf", List.of(Map.of("required", List.of("text")), Map.of("required", List.of("html")))),
            queuedOutputSchema());

    @Activate
    public SendEmailStep(@Reference ConnectionService connections) {
        super(connections, EmailConnector.DESCRIPTOR, EmailChannel.NAME, OPERATION, DESCRIPTOR);
    }

    @Override
    protected Map<String, Object> parameters(Map<String, Object> given) {
        var input = new StepInput(given, MailInput.LONGEST_BODY);
        Map<String, Object> message = MailInput.message(input, true);
        input.check();
        return message;
    }

    static Map<String, Object> recipients(String description) {
        return Map.of("description", description, "oneOf", List.of(Map.of("type", "string"),
                Map.of("type", "array", "items", Map.of("type", "string"))));
    }
}
