-- The audit trail: one hash chain per organisation. The application may append and read, never change or
-- delete: it has INSERT and SELECT only, and rules out UPDATE and DELETE even for the owner's mistakes.

CREATE TABLE platina.audit_event (
    tenant_id   uuid        NOT NULL,
    seq         bigint      NOT NULL CHECK (seq > 0),
    id          uuid        NOT NULL UNIQUE,
    occurred_at timestamptz NOT NULL,
    actor_id    text,
    actor_name  text,
    action      text        NOT NULL,
    target_type text,
    target_id   text,
    outcome     text        NOT NULL CHECK (outcome IN ('SUCCESS', 'FAILURE', 'DENIED')),
    request_id  text,
    details     text[]      NOT NULL DEFAULT '{}',
    prev_hash   bytea,
    hash        bytea       NOT NULL,
    PRIMARY KEY (tenant_id, seq)
);
CREATE INDEX audit_event_time ON platina.audit_event (tenant_id, occurred_at DESC);
CREATE INDEX audit_event_action ON platina.audit_event (tenant_id, action, seq DESC);
SELECT platina.isolate_by_tenant('platina.audit_event');
GRANT SELECT, INSERT ON platina.audit_event TO ${app_role};
