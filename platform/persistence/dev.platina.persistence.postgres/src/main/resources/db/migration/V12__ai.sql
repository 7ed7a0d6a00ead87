-- AI: each organisation's provider settings (the API key sealed with the installation's cipher) and its monthly use.

CREATE TABLE platina.ai_settings (
    tenant_id        uuid        PRIMARY KEY REFERENCES platina.organization (id) ON DELETE CASCADE,
    provider         text        NOT NULL,
    base_url         text        NOT NULL DEFAULT '',
    model            text        NOT NULL DEFAULT '',
    api_key          bytea,
    timeout_seconds  integer     NOT NULL,
    max_retries      integer     NOT NULL,
    extras           jsonb       NOT NULL DEFAULT '{}',
    monthly_tokens   bigint      NOT NULL DEFAULT 0,
    updated_at       timestamptz NOT NULL DEFAULT now(),
    updated_by       text        NOT NULL
);
SELECT platina.isolate_by_tenant('platina.ai_settings');
GRANT SELECT, INSERT, UPDATE, DELETE ON platina.ai_settings TO ${app_role};

-- Tokens by month (UTC); one row per organisation and month, added to after each call.
CREATE TABLE platina.ai_usage (
    tenant_id      uuid   NOT NULL REFERENCES platina.organization (id) ON DELETE CASCADE,
    month          date   NOT NULL,
    input_tokens   bigint NOT NULL DEFAULT 0,
    output_tokens  bigint NOT NULL DEFAULT 0,
    calls          bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, month)
);
SELECT platina.isolate_by_tenant('platina.ai_usage');
GRANT SELECT, INSERT, UPDATE ON platina.ai_usage TO ${app_role};
