package dev.platina.skill.twilio.internal;

import dev.platina.integration.api.ConnectionService;
import dev.platina.integration.api.QueuedConnectorStep;
import dev.platina.integration.api.StepInput;
import dev.platina.workflow.api.StepDescriptor;
import dev.platina.workflow.api.WorkflowStep;
import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code twilio.sms.send}: a text message (optionally with one picture or other media, as MMS) from the
 * organisation's Twilio number or Messaging Service. The time it was queued is decided now: a repeated delivery
 * looks for a message Twilio accepted since then before sending again.
 */
@Component(service = WorkflowStep.class)
public final class SendSmsStep extends QueuedConnectorStep {
    static final String OPERATION = "sms.send";
    /** Twilio's limit for one message's text (it splits longer SMS into segments up to this). */
    static final int LONGEST_BODY = 1600;
    private static final Pattern WEB_ADDRESS = Pattern.compile("https?://\\S+");

    static final StepDescriptor DESCRIPTOR = new StepDescriptor("twilio.sms.send", "Send an SMS with Twilio",
            "Sends a text message to a phone number in international format (+4915112345678) from the"
                    + " organisation's Twilio number or Messaging Service, optionally with a picture (MMS) by its"
                    + " public address.", "Messaging",
            Map.of("type", "object", "required", List.of("to"), "properties", Map.of(
                    "to", Map.of("type", "string", "pattern", TwilioAccount.E164.pattern(),
                            "description", "The recipient in E.164 format, e.g. +4915112345678"),
                    "body", Map.of("type", "string", "maxLength", LONGEST_BODY,
                            "description", "The text; required unless mediaUrl is given"),
                    "mediaUrl", Map.of("type", "string", "format", "uri",
                            "description", "A public https address of a picture or other media to send as MMS"))),
            queuedOutputSchema());

    private final Clock clock;

    @Activate
    public SendSmsStep(@Reference ConnectionService connections) {
        this(connections, Clock.systemUTC());
    }

    SendSmsStep(ConnectionService connections, Clock clock) {
        super(connections, TwilioConnector.DESCRIPTOR, TwilioChannel.NAME, OPERATION, DESCRIPTOR);
        this.clock = clock;
    }

    @Override
    protected Map<String, Object> parameters(Map<String, Object> given) {
        var input = new StepInput(given, LONGEST_BODY);
        var parameters = new LinkedHashMap<String, Object>();
        input.matching("to", true, TwilioAccount.E164, "must be a phone number in international format such as"
                + " +4915112345678").ifPresent(to -> parameters.put("to", to));
        input.matching("mediaUrl", false, WEB_ADDRESS, "must be a public http(s) address").ifPresent(url -> {
            if (parses(url)) {
                parameters.put("mediaUrl", url);
            } else {
                input.problem("mediaUrl", "must be a public http(s) address");
            }
        });
        boolean mediaGiven = input.raw("mediaUrl").filter(url -> !url.toString().isBlank()).isPresent();
        input.text("body", !mediaGiven).ifPresent(body -> parameters.put("body", body));
        parameters.put("queuedAt", clock.instant().toString());
        input.check();
        return parameters;
    }

    private static boolean parses(String url) {
        try {
            return URI.create(url).getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
