-- Workflow runs and their tasks. A task is one visit of one node on one branch of a run; the engine claims ready
-- tasks with FOR UPDATE SKIP LOCKED under a lease, and a run continues from its last finished task after a crash.

CREATE TABLE platina.workflow_run (
    tenant_id   uuid        NOT NULL REFERENCES platina.organization (id) ON DELETE CASCADE,
    id          uuid        PRIMARY KEY,
    workflow_id uuid        NOT NULL,
    version     integer     NOT NULL,
    state       text        NOT NULL CHECK (state IN ('RUNNING', 'COMPLETED', 'FAILED', 'CANCELLED')),
    input       jsonb       NOT NULL,
    -- What started it (an event id, a webhook delivery): starting twice from the same one starts one run.
    start_key   text,
    owner_id    uuid,
    started_by  text,
    started_at  timestamptz NOT NULL DEFAULT now(),
    finished_at timestamptz,
    error       text,
    FOREIGN KEY (workflow_id, version) REFERENCES platina.workflow_version (workflow_id, version),
    UNIQUE (tenant_id, workflow_id, start_key)
);
SELECT platina.isolate_by_tenant('platina.workflow_run');
CREATE INDEX workflow_run_recent ON platina.workflow_run (tenant_id, started_at DESC);
GRANT SELECT, INSERT, UPDATE ON platina.workflow_run TO ${app_role};

CREATE TABLE platina.workflow_task (
    tenant_id   uuid        NOT NULL REFERENCES platina.organization (id) ON DELETE CASCADE,
    id          uuid        PRIMARY KEY,
    run_id      uuid        NOT NULL REFERENCES platina.workflow_run (id) ON DELETE CASCADE,
    node_id     text        NOT NULL,
    -- Which parallel branch this visit is on, e.g. 'fan.0' or 'fan.1/inner.0'; '' outside parallel sections.
    branch      text        NOT NULL DEFAULT '',
    state       text        NOT NULL CHECK (state IN ('READY', 'RUNNING', 'WAITING', 'PARKED', 'DONE', 'FAILED',
                                                      'CANCELLED')),
    attempt     integer     NOT NULL DEFAULT 0,
    ready_at    timestamptz NOT NULL DEFAULT now(),
    lease_owner text,
    lease_until timestamptz,
    -- A join counts the branches that arrived.
    arrived     integer     NOT NULL DEFAULT 0,
    -- What a parked or waiting task waits for: 'step:<type>', 'approval' or 'event:<type>'.
    waiting_for text,
    input       jsonb,
    output      jsonb,
    error       text,
    created_at  timestamptz NOT NULL DEFAULT now(),
    started_at  timestamptz,
    finished_at timestamptz,
    -- Runs have no loops: a node is visited at most once per branch, which also makes scheduling idempotent.
    UNIQUE (run_id, node_id, branch)
);
SELECT platina.isolate_by_tenant('platina.workflow_task');
-- The engine itself (no tenant bound) finds and claims ready work of every organisation; it then runs each task
-- as its organisation. Tenants still see and change only their own rows.
CREATE POLICY engine_claims_tasks ON platina.workflow_task FOR SELECT USING (platina.current_tenant() IS NULL);
CREATE POLICY engine_leases_tasks ON platina.workflow_task FOR UPDATE USING (platina.current_tenant() IS NULL);
CREATE INDEX workflow_task_ready ON platina.workflow_task (tenant_id, ready_at) WHERE state = 'READY';
CREATE INDEX workflow_task_leased ON platina.workflow_task (lease_until) WHERE state = 'RUNNING';
CREATE INDEX workflow_task_run ON platina.workflow_task (run_id);
CREATE INDEX workflow_task_parked ON platina.workflow_task (waiting_for) WHERE state = 'PARKED';
GRANT SELECT, INSERT, UPDATE ON platina.workflow_task TO ${app_role};

-- Every attempt of every step task, for the run's history.
CREATE TABLE platina.workflow_attempt (
    tenant_id   uuid        NOT NULL REFERENCES platina.organization (id) ON DELETE CASCADE,
    task_id     uuid        NOT NULL REFERENCES platina.workflow_task (id) ON DELETE CASCADE,
    attempt     integer     NOT NULL,
    started_at  timestamptz NOT NULL,
    finished_at timestamptz NOT NULL,
    outcome     text        NOT NULL CHECK (outcome IN ('DONE', 'FAILED', 'RETRY', 'TIMED_OUT', 'LOST')),
    error       text,
    PRIMARY KEY (task_id, attempt)
);
SELECT platina.isolate_by_tenant('platina.workflow_attempt');
GRANT SELECT, INSERT ON platina.workflow_attempt TO ${app_role};
