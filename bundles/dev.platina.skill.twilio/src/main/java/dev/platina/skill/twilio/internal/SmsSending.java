package dev.platina.skill.twilio.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.platina.integration.api.CallResult;
import dev.platina.integration.api.QueuedWrite;
import dev.platina.integration.api.VendorAnswer;
import dev.platina.integration.api.VendorHttp;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Sends one queued SMS: {@code POST /2010-04-01/Accounts/{sid}/Messages.json}, form-encoded. Twilio's Messages API
 * takes no idempotency key, so a delivery that is repeated (the answer to an earlier attempt may have been lost after
 * Twilio accepted the message) first lists the recent messages to the same recipient from the same sender and takes
 * one with the same text created since the step queued it as the result, instead of sending a second one.
 */
final class SmsSending {
    /** How far Twilio's clock may be behind ours when comparing its creation times with the queuing time. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(2);
    static final int PAGE_SIZE = 100;
    static final int MOST_PAGES = 5;

    private final TwilioAccount account;
    private final QueuedWrite write;

    SmsSending(TwilioAccount account, QueuedWrite write) {
        this.account = account;
        this.write = write;
    }

    /** @param repeated an earlier attempt was made, which Twilio may have acted on */
    CallResult send(boolean repeated) throws IOException, InterruptedException {
        VendorHttp http = account.http();
        if (repeated) {
            VendorAnswer page = http.get(firstPage());
            for (int pages = 1; ; pages++) {
                if (!page.ok()) {
                    return TwilioError.of(page).result(page);
                }
                JsonNode list = TwilioError.json(page);
                Optional<JsonNode> earlier = sameMessage(list);
                if (earlier.isPresent()) {
                    return done(earlier.get(), true);
                }
                String next = list.path("next_page_uri").asText("");
                if (next.isEmpty() || pages >= MOST_PAGES || olderThanWindow(list)) {
                    break;
                }
                page = http.get(next);
            }
        }
        VendorAnswer created = http.form(account.path("/Messages.json"), form(), Map.of());
        if (!created.ok()) {
            return TwilioError.of(created).result(created);
        }
        return done(TwilioError.json(created), false);
    }

    Map<String, String> form() {
        var form = new LinkedHashMap<String, String>();
        form.put("To", write.text("to"));
        form.put(account.sendsByService() ? "MessagingServiceSid" : "From", account.sender());
        if (!write.text("body").isEmpty()) {
            form.put("Body", write.text("body"));
        }
        if (!write.text("mediaUrl").isEmpty()) {
            form.put("MediaUrl", write.text("mediaUrl"));
        }
        // Twilio posts delivery statuses to the webhook address, signed like incoming messages.
        account.webhookUrl().ifPresent(url -> form.put("StatusCallback", url));
        return form;
    }

    private String firstPage() {
        String query = "?To=" + encode(write.text("to"))
                + (account.sendsByService() ? "" : "&From=" + encode(account.sender())) + "&PageSize=" + PAGE_SIZE;
        return account.path("/Messages.json") + query;
    }

    /** Twilio lists the newest first: the first one that matches and is recent enough is the one sent. */
    private Optional<JsonNode> sameMessage(JsonNode list) {
        Instant since = since();
        for (JsonNode message : list.path("messages")) {
            Optional<Instant> created = created(message);
            if (created.isPresent() && created.get().isBefore(since)) {
                return Optional.empty();
            }
            if (message.path("direction").asText("").startsWith("outbound")
                    && message.path("to").asText("").equals(write.text("to"))
                    && message.path("body").asText("").equals(write.text("body"))
                    && sentBySender(message)) {
                return Optional.of(message);
            }
        }
        return Optional.empty();
    }

    private boolean olderThanWindow(JsonNode list) {
        JsonNode messages = list.path("messages");
        return messages.isEmpty() || created(messages.get(messages.size() - 1)).map(at -> at.isBefore(since()))
                .orElse(false);
    }

    private boolean sentBySender(JsonNode message) {
        return account.sendsByService()
                ? message.path("messaging_service_sid").asText("").equals(account.sender())
                : message.path("from").asText("").equals(account.sender());
    }

    private Instant since() {
        try {
            return Instant.parse(write.text("queuedAt")).minus(CLOCK_SKEW);
        } catch (DateTimeParseException e) {
            // A message queued without its time (never by this skill's step) is matched only in the last hour.
            return Instant.now().minus(Duration.ofHours(1));
        }
    }

    /** Twilio writes times as RFC 2822, e.g. {@code Sat, 21 Nov 2026 23:30:00 +0000}. */
    static Optional<Instant> created(JsonNode message) {
        try {
            return Optional.of(ZonedDateTime.parse(message.path("date_created").asText(""),
                    DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static CallResult done(JsonNode message, boolean foundEarlier) {
        var receipt = new LinkedHashMap<String, Object>();
        receipt.put("sid", message.path("sid").asText(""));
        receipt.put("status", message.path("status").asText(""));
        receipt.put("to", message.path("to").asText(""));
        if (foundEarlier) {
            receipt.put("foundEarlier", true);
        }
        return CallResult.done(receipt);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
