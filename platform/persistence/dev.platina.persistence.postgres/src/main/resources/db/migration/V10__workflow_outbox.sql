-- The transactional outbox: a step's outbound messages are written in the transaction that records the step as
-- done, and delivered from here by the relay, at least once, always with the same idempotency key. A step that ran
-- twice (its first result lost in a crash) therefore leaves one message, and a peer that honours the key applies
-- a redelivered message once.

CREATE TABLE platina.workflow_outbox (
    tenant_id       uuid        NOT NULL REFERENCES platina.organization (id) ON DELETE CASCADE,
    id              uuid        PRIMARY KEY,
    run_id          uuid        REFERENCES platina.workflow_run (id) ON DELETE CASCADE,
    node_id         text,
    channel         text        NOT NULL,
    idempotency_key text        NOT NULL,
    payload         jsonb       NOT NULL,
    state           text        NOT NULL CHECK (state IN ('PENDING', 'DELIVERING', 'DELIVERED', 'FAILED')),
    attempts        integer     NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL DEFAULT now(),
    lease_owner     text,
    lease_until     timestamptz,
    last_error      text,
    receipt         jsonb,
    created_at      timestamptz NOT NULL DEFAULT now(),
    delivered_at    timestamptz,
    UNIQUE (tenant_id, idempotency_key)
);
SELECT platina.isolate_by_tenant('platina.workflow_outbox');
-- The relay (no tenant bound) claims due messages of every organisation and records how each delivery went.
CREATE POLICY relay_claims_messages ON platina.workflow_outbox FOR SELECT USING (platina.current_tenant() IS NULL);
CREATE POLICY relay_records_deliveries ON platina.workflow_outbox FOR UPDATE
    USING (platina.current_tenant() IS NULL);
CREATE INDEX workflow_outbox_due ON platina.workflow_outbox (next_attempt_at) WHERE state = 'PENDING';
CREATE INDEX workflow_outbox_leased ON platina.workflow_outbox (lease_until) WHERE state = 'DELIVERING';
CREATE INDEX workflow_outbox_run ON platina.workflow_outbox (run_id);
GRANT SELECT, INSERT, UPDATE ON platina.workflow_outbox TO ${app_role};
