-- Workflow triggers: an index of what starts each workflow's current version (kept with every save and delete),
-- the events an organisation received, and what started each run.

CREATE TABLE platina.workflow_trigger (
    tenant_id      uuid        NOT NULL REFERENCES platina.organization (id) ON DELETE CASCADE,
    workflow_id    uuid        PRIMARY KEY REFERENCES platina.workflow (id) ON DELETE CASCADE,
    version        integer     NOT NULL,
    kind           text        NOT NULL CHECK (kind IN ('event', 'schedule', 'webhook')),
    event_type     text,
    cron           text,
    time_zone      text,
    -- NULL for a schedule that never fires again.
    next_fire_at   timestamptz,
    -- Encrypted with the installation's SecretCipher, bound to the workflow id.
    webhook_secret bytea,
    updated_at     timestamptz NOT NULL DEFAULT now(),
    CHECK ((kind = 'event') = (event_type IS NOT NULL)),
    CHECK ((kind = 'schedule') = (cron IS NOT NULL AND time_zone IS NOT NULL)),
    CHECK ((kind = 'webhook') = (webhook_secret IS NOT NULL))
);
SELECT platina.isolate_by_tenant('platina.workflow_trigger');
-- The engine, with no tenant bound, must find due schedules of every organisation, and the webhook endpoint must
-- find the organisation of a called workflow before anyone is authenticated. This policy lets a transaction with
-- no tenant read schedule and webhook rows only (never event rows, never other tables); writes stay per tenant.
-- A policy rather than a SECURITY DEFINER function: the tables' owner is bound by FORCE ROW LEVEL SECURITY too,
-- so a definer function would see nothing unless the owner could bypass RLS, which an external database's owner
-- need not be allowed to. The secret stays encrypted, bound to its workflow, and is checked as that tenant.
CREATE POLICY engine_finds_schedules_and_hooks ON platina.workflow_trigger FOR SELECT
    USING (platina.current_tenant() IS NULL AND kind IN ('schedule', 'webhook'));
CREATE INDEX workflow_trigger_event ON platina.workflow_trigger (tenant_id, event_type) WHERE kind = 'event';
CREATE INDEX workflow_trigger_due ON platina.workflow_trigger (next_fire_at) WHERE kind = 'schedule';
GRANT SELECT, INSERT, UPDATE, DELETE ON platina.workflow_trigger TO ${app_role};

-- Every event an organisation received, once: a repeated id is answered as already received.
CREATE TABLE platina.workflow_event (
    tenant_id    uuid        NOT NULL REFERENCES platina.organization (id) ON DELETE CASCADE,
    id           text        NOT NULL CHECK (length(id) BETWEEN 1 AND 200),
    type         text        NOT NULL,
    occurred_at  timestamptz NOT NULL,
    data         jsonb       NOT NULL,
    published_by text,
    received_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id)
);
SELECT platina.isolate_by_tenant('platina.workflow_event');
CREATE INDEX workflow_event_recent ON platina.workflow_event (tenant_id, received_at DESC);
GRANT SELECT, INSERT ON platina.workflow_event TO ${app_role};

-- What started a run (an event, a schedule firing, a webhook delivery), as the run's expressions read it.
ALTER TABLE platina.workflow_run ADD COLUMN trigger jsonb;

-- Waits for an event of a type, found when such an event is published.
CREATE INDEX workflow_task_waiting ON platina.workflow_task (tenant_id, waiting_for) WHERE state = 'WAITING';
