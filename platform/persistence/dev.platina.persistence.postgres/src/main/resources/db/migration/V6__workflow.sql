-- Workflows: a row per workflow with its current version, and every saved version of its definition. Runs keep
-- the version they started with, so versions are never changed or removed while the workflow exists.

CREATE TABLE platina.workflow (
    tenant_id       uuid        NOT NULL REFERENCES platina.organization (id) ON DELETE CASCADE,
    id              uuid        PRIMARY KEY,
    name            text        NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    description     text        NOT NULL DEFAULT '',
    current_version integer     NOT NULL CHECK (current_version >= 1),
    owner_id        uuid,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    updated_by      text,
    deleted_at      timestamptz
);
SELECT platina.isolate_by_tenant('platina.workflow');
CREATE INDEX workflow_recent ON platina.workflow (tenant_id, updated_at DESC) WHERE deleted_at IS NULL;
GRANT SELECT, INSERT, UPDATE ON platina.workflow TO ${app_role};

CREATE TABLE platina.workflow_version (
    tenant_id   uuid        NOT NULL REFERENCES platina.organization (id) ON DELETE CASCADE,
    workflow_id uuid        NOT NULL REFERENCES platina.workflow (id) ON DELETE CASCADE,
    version     integer     NOT NULL CHECK (version >= 1),
    name        text        NOT NULL,
    definition  jsonb       NOT NULL,
    saved_at    timestamptz NOT NULL DEFAULT now(),
    saved_by    text,
    PRIMARY KEY (workflow_id, version)
);
SELECT platina.isolate_by_tenant('platina.workflow_version');
-- Versions are written once: the application may add them, never change them.
GRANT SELECT, INSERT ON platina.workflow_version TO ${app_role};
