package dev.platina.workflow.engine.internal;

import dev.platina.persistence.api.TenantId;
import java.util.UUID;

/** A task this node leased: run it, then complete it under the same lease and attempt. */
record ClaimedTask(TenantId tenant, UUID id, UUID runId, String nodeId, String branch, int attempt,
        String leaseOwner) {

    /** Stable across retries and restarts of this task, so an outside effect keyed by it happens once. */
    String idempotencyKey() {
        return runId + ":" + nodeId + (branch.isEmpty() ? "" : ":" + branch);
    }
}
