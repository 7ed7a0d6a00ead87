package dev.platina.integration.api;

import java.util.List;
import java.util.Optional;

/**
 * What one poll found: the new events, and the cursor the next poll starts from (empty keeps the current one). The
 * kit stores the cursor after the events are published, so a crash in between repeats events (recognised by id)
 * and never skips any.
 */
public record PollResult(List<InboundEvent> events, Optional<String> nextCursor) {

    public PollResult {
        events = events == null ? List.of() : List.copyOf(events);
        nextCursor = nextCursor == null ? Optional.empty() : nextCursor;
    }
}
