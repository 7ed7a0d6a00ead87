package dev.platina.notification.webpush.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.platina.notification.api.Notification;
import dev.platina.notification.api.NotificationAction;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PushPayloadTest {

    private static final List<NotificationAction> ACTIONS = List.of(
            new NotificationAction("approve", "Approve", "https://app.example/a", "t1"));

    @Test
    void carriesTheNotificationWithTheIdempotencyKeyAsTag() throws Exception {
        var notification = new Notification("approval.pending", "Approve?", "Short", Optional.of("/x"), ACTIONS);

        Map<?, ?> payload = read(PushPayload.of(notification, "approval:1"));

        assertThat(payload.get("title")).isEqualTo("Approve?");
        assertThat(payload.get("body")).isEqualTo("Short");
        assertThat(payload.get("tag")).isEqualTo("approval:1");
        assertThat(payload.get("link")).isEqualTo("/x");
        assertThat((List<?>) payload.get("actions")).hasSize(1);
    }

    @Test
    void aBodyTooLongIsCutAsLittleAsNeededAndMarked() throws Exception {
        var notification = new Notification("note", "Title", "word ".repeat(2000), Optional.empty(), ACTIONS);

        byte[] bytes = PushPayload.of(notification, "k");

        assertThat(bytes.length).isLessThanOrEqualTo(PushPayload.MAX_BYTES).isGreaterThan(PushPayload.MAX_BYTES - 10);
        Map<?, ?> payload = read(bytes);
        assertThat((String) payload.get("body")).endsWith("word…");
        assertThat((List<?>) payload.get("actions")).hasSize(1);
    }

    @Test
    void aNotificationWhoseActionsAloneDoNotFitIsRefused() {
        var huge = List.of(new NotificationAction("a", "A", "https://app.example/" + "x".repeat(5000), "t"));

        assertThatThrownBy(() -> PushPayload.of(new Notification("note", "T", "body", Optional.empty(), huge), "k"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Map<?, ?> read(byte[] json) throws Exception {
        return new ObjectMapper().readValue(json, Map.class);
    }
}
