package dev.platina.audit.api;

import java.util.List;

/**
 * The result of re-computing an organisation's hash chain. {@code intact} is true only when every event's hash
 * matches its content, every event links to its predecessor, and no sequence number is missing.
 */
public record ChainVerification(boolean intact, long eventsChecked, List<String> problems) {

    public ChainVerification {
        problems = List.copyOf(problems);
    }
}
