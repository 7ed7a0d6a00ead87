package dev.platina.audit.api;

import java.time.Instant;

/** A stored event: its place in the organisation's chain ({@code sequence}) and when it was recorded. */
public record AuditRecord(long sequence, String id, Instant occurredAt, AuditEvent event) {
}
