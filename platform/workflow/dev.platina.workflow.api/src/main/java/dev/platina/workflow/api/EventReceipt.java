package dev.platina.workflow.api;

import java.util.List;
import java.util.UUID;

/**
 * What publishing an event did. An event whose id the organisation already received is not processed again:
 * {@code alreadyReceived} is true and nothing was started or resumed.
 */
public record EventReceipt(String eventId, boolean alreadyReceived, List<UUID> startedRuns, int resumedWaits) {

    public EventReceipt {
        startedRuns = List.copyOf(startedRuns);
    }
}
