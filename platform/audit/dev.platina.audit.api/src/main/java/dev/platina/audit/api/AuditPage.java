package dev.platina.audit.api;

import java.util.List;

/** One page of the trail; {@code nextBeforeSequence} is null on the last page. */
public record AuditPage(List<AuditRecord> items, Long nextBeforeSequence) {

    public AuditPage {
        items = List.copyOf(items);
    }
}
