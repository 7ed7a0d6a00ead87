package dev.platina.workflow.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** What one approver says: approve or reject, why, and changes to the proposal where the task allows them. */
public record ApprovalDecision(Approval.Verdict verdict, Optional<String> comment, Map<String, Object> edits) {

    public ApprovalDecision {
        Objects.requireNonNull(verdict, "verdict");
        comment = comment == null ? Optional.empty() : comment;
        edits = edits == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(edits));
    }
}
