-- Approval tasks: a run that reaches an approval node waits (its task PARKED for 'approval') until enough people
-- approved, someone rejected, or the task expired. The task's policy is copied here when it is created, so a later
-- change of the workflow or of the organisation's tiers never changes who may decide a task already waiting.

CREATE TABLE platina.approval_task (
    tenant_id        uuid        NOT NULL REFERENCES platina.organization (id) ON DELETE CASCADE,
    id               uuid        PRIMARY KEY,
    run_id           uuid        NOT NULL REFERENCES platina.workflow_run (id) ON DELETE CASCADE,
    task_id          uuid        NOT NULL UNIQUE REFERENCES platina.workflow_task (id) ON DELETE CASCADE,
    workflow_id      uuid        NOT NULL,
    node_id          text        NOT NULL,
    title            text        NOT NULL,
    proposal         jsonb       NOT NULL,
    -- roles, permission, users, approvals, editable, escalateTo, as the definition said.
    policy           jsonb       NOT NULL,
    -- The role the organisation's tiers asked for the amount when the task was created.
    required_role    text,
    state            text        NOT NULL CHECK (state IN ('PENDING', 'APPROVED', 'REJECTED', 'EXPIRED',
                                                           'CANCELLED')),
    expires_after_ms bigint,
    expires_at       timestamptz,
    on_expire        text        NOT NULL CHECK (on_expire IN ('REJECT', 'ESCALATE')),
    escalated        boolean     NOT NULL DEFAULT false,
    created_at       timestamptz NOT NULL DEFAULT now(),
    decided_at       timestamptz
);
SELECT platina.isolate_by_tenant('platina.approval_task');
CREATE INDEX approval_task_pending ON platina.approval_task (tenant_id, created_at, id) WHERE state = 'PENDING';
CREATE INDEX approval_task_state ON platina.approval_task (tenant_id, state, created_at, id);
CREATE INDEX approval_task_run ON platina.approval_task (run_id);
CREATE INDEX approval_task_expiring ON platina.approval_task (expires_at) WHERE state = 'PENDING';
-- The engine (no tenant bound) finds the expired tasks of every organisation; it then handles each as its
-- organisation.
CREATE POLICY engine_finds_expired_approvals ON platina.approval_task FOR SELECT
    USING (platina.current_tenant() IS NULL);
GRANT SELECT, INSERT, UPDATE ON platina.approval_task TO ${app_role};

CREATE TABLE platina.approval_decision (
    tenant_id   uuid        NOT NULL REFERENCES platina.organization (id) ON DELETE CASCADE,
    approval_id uuid        NOT NULL REFERENCES platina.approval_task (id) ON DELETE CASCADE,
    user_id     uuid        NOT NULL,
    username    text        NOT NULL,
    verdict     text        NOT NULL CHECK (verdict IN ('APPROVE', 'REJECT')),
    comment     text,
    edits       jsonb       NOT NULL DEFAULT '{}',
    decided_at  timestamptz NOT NULL DEFAULT now(),
    -- One decision per person: N approvals are N different people.
    PRIMARY KEY (approval_id, user_id)
);
SELECT platina.isolate_by_tenant('platina.approval_decision');
GRANT SELECT, INSERT ON platina.approval_decision TO ${app_role};
