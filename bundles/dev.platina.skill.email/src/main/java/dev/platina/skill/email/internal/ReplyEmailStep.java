package dev.platina.skill.email.internal;

import dev.platina.integration.api.ConnectionService;
import dev.platina.integration.api.QueuedConnectorStep;
import dev.platina.integration.api.StepInput;
import dev.platina.workflow.api.StepDescriptor;
import dev.platina.workflow.api.WorkflowStep;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code email.reply}: answers a received mail so that mail clients show it in the same conversation: In-Reply-To
 * names the mail, References carries the thread on, and the subject gets "Re: " once.
 */
@Component(service = WorkflowStep.class)
public final class ReplyEmailStep extends QueuedConnectorStep {

    static final String OPERATION = "message.reply";
    private static final Pattern ALREADY_A_REPLY = Pattern.compile("(?i)^\\s*re\\s*:.*");

    static final StepDescriptor DESCRIPTOR = new StepDescriptor("email.reply", "Reply to an e-mail",
            "Replies to a received e-mail in the same thread. Take replyTo, references and subject from the"
                    + " email.received event (messageId, references, subject) and to from its replyAddress.",
            "E-mail",
            Map.of("type", "object", "required", List.of("replyTo", "to"), "properties", Map.of(
                    "replyTo", Map.of("type", "string", "description", "The Message-ID of the mail answered"),
                    "references", Map.of("description", "The References of the mail answered",
                            "oneOf", List.of(Map.of("type", "string"), Map.of("type", "array", "items",
                                    Map.of("type", "string")))),
                    "subject", Map.of("type", "string", "description", "The subject of the mail answered; 'Re: '"
                            + " is added unless it is there"),
                    "to", SendEmailStep.recipients("Recipients, usually the sender of the mail answered"),
                    "cc", SendEmailStep.recipients("Copy recipients"),
                    "bcc", SendEmailStep.recipients("Blind copy recipients"),
                    "text", Map.of("type", "string", "description", "The plain-text body"),
                    "html", Map.of("type", "string", "description", "An HTML body besides the text (optional)")),
                    "anyOf", List.of(Map.of("required", List.of("text")), Map.of("required", List.of("html")))),
            queuedOutputSchema());

    @Activate
    public ReplyEmailStep(@Reference ConnectionService connections) {
        super(connections, EmailConnector.DESCRIPTOR, EmailChannel.NAME, OPERATION, DESCRIPTOR);
    }

    @Override
    protected Map<String, Object> parameters(Map<String, Object> given) {
        var input = new StepInput(given, MailInput.LONGEST_BODY);
        Map<String, Object> message = MailInput.message(input, false);
        String original = (String) message.getOrDefault("subject", "");
        message.put("subject", replySubject(original));
        MailInput.messageId(input, "replyTo", true).ifPresent(answered -> {
            message.put("inReplyTo", answered);
            message.put("references", thread(MailInput.references(input, "references"), answered));
        });
        input.check();
        return message;
    }

    static String replySubject(String original) {
        String subject = original.strip();
        if (subject.isEmpty()) {
            return "Re:";
        }
        return ALREADY_A_REPLY.matcher(subject).matches() ? subject : "Re: " + subject;
    }

    /** The thread's References ending with the mail answered; the first and the latest when there are many. */
    static List<String> thread(List<String> references, String answered) {
        var ids = new ArrayList<String>(references);
        ids.remove(answered);
        ids.add(answered);
        if (ids.size() <= MailInput.MOST_REFERENCES) {
            return ids;
        }
        var kept = new ArrayList<String>();
        kept.add(ids.get(0));
        kept.addAll(ids.subList(ids.size() - (MailInput.MOST_REFERENCES - 1), ids.size()));
        return kept;
    }
}
