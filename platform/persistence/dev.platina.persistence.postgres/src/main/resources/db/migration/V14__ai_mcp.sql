-- MCP: an organisation's external MCP servers (their secret headers sealed with the installation's cipher, with
-- the health of the last tools/list), and its own MCP endpoint's settings.

CREATE TABLE platina.ai_mcp_server (
    id               uuid        PRIMARY KEY,
    tenant_id        uuid        NOT NULL REFERENCES platina.organization (id) ON DELETE CASCADE,
    name             text        NOT NULL,
    url              text        NOT NULL,
    header_names     text[]      NOT NULL DEFAULT '{}',
    sealed_headers   bytea,
    created_at       timestamptz NOT NULL DEFAULT now(),
    created_by       text        NOT NULL,
    last_success_at  timestamptz,
    tool_count       integer,
    last_error       text,
    last_error_at    timestamptz,
    UNIQUE (tenant_id, name)
);
SELECT platina.isolate_by_tenant('platina.ai_mcp_server');
GRANT SELECT, INSERT, UPDATE, DELETE ON platina.ai_mcp_server TO ${app_role};

-- Whether MCP clients may call the organisation's step types, who approves their calls, which actions need no
-- approval, and the workflow that carries the calls.
CREATE TABLE platina.ai_mcp_endpoint (
    tenant_id             uuid        PRIMARY KEY REFERENCES platina.organization (id) ON DELETE CASCADE,
    enabled               boolean     NOT NULL,
    approver_roles        text[]      NOT NULL DEFAULT '{}',
    auto_approve_actions  text[]      NOT NULL DEFAULT '{}',
    workflow_id           uuid,
    updated_at            timestamptz NOT NULL DEFAULT now(),
    updated_by            text        NOT NULL
);
SELECT platina.isolate_by_tenant('platina.ai_mcp_endpoint');
GRANT SELECT, INSERT, UPDATE, DELETE ON platina.ai_mcp_endpoint TO ${app_role};
