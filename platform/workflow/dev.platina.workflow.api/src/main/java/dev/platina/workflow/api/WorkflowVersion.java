package dev.platina.workflow.api;

import java.time.Instant;

/** Who saved which version when. */
public record WorkflowVersion(int version, String name, Instant savedAt, String savedBy) {
}
