package dev.platina.workflow.api;

import java.math.BigDecimal;
import java.util.Objects;

/** An organisation's rule that approvals of amounts above {@code above} need someone holding {@code role}. */
public record ApprovalTier(BigDecimal above, String role) {

    public ApprovalTier {
        Objects.requireNonNull(above, "above");
        Objects.requireNonNull(role, "role");
    }
}
