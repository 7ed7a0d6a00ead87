-- Integrations: each organisation's connections to connectors (secrets and OAuth tokens sealed with the
-- installation's SecretCipher, bound to organisation and connector), pending OAuth authorisations, the inbound
-- events received per connection (to drop repeats) and the cursors of polled streams.

CREATE TABLE platina.integration_connection (
    tenant_id        uuid        NOT NULL REFERENCES platina.organization (id) ON DELETE CASCADE,
    id               uuid        PRIMARY KEY,
    connector        text        NOT NULL,
    settings         jsonb       NOT NULL DEFAULT '{}',
    secrets          bytea,
    tokens           bytea,
    token_expires_at timestamptz,
    state            text        NOT NULL CHECK (state IN ('CONNECTED', 'FAILING', 'NEEDS_AUTHORISATION')),
    last_error       text,
    last_error_at    timestamptz,
    last_success_at  timestamptz,
    connected_at     timestamptz NOT NULL DEFAULT now(),
    connected_by     text        NOT NULL,
    UNIQUE (tenant_id, connector)
);
SELECT platina.isolate_by_tenant('platina.integration_connection');
-- The webhook ingress finds a connection's organisation before anyone is authenticated, and the poller finds every
-- organisation's connections; with no tenant bound, rows can be read (secrets stay sealed, bound to their
-- organisation) but never written.
CREATE POLICY kit_finds_connections ON platina.integration_connection FOR SELECT
    USING (platina.current_tenant() IS NULL);
GRANT SELECT, INSERT, UPDATE, DELETE ON platina.integration_connection TO ${app_role};

-- OAuth 2.0 authorisations under way: the state is kept as its SHA-256 only, used once, and expires.
CREATE TABLE platina.integration_authorisation (
    tenant_id     uuid        NOT NULL REFERENCES platina.organization (id) ON DELETE CASCADE,
    state_hash    text        PRIMARY KEY,
    connector     text        NOT NULL,
    user_id       uuid,
    username      text        NOT NULL,
    code_verifier bytea       NOT NULL,
    redirect_uri  text        NOT NULL,
    expires_at    timestamptz NOT NULL
);
SELECT platina.isolate_by_tenant('platina.integration_authorisation');
-- The callback comes from the vendor's redirect with no bearer token: the state finds its organisation.
CREATE POLICY kit_finds_authorisations ON platina.integration_authorisation FOR SELECT
    USING (platina.current_tenant() IS NULL);
GRANT SELECT, INSERT, DELETE ON platina.integration_authorisation TO ${app_role};

CREATE TABLE platina.integration_inbound (
    tenant_id     uuid        NOT NULL REFERENCES platina.organization (id) ON DELETE CASCADE,
    connection_id uuid        NOT NULL REFERENCES platina.integration_connection (id) ON DELETE CASCADE,
    event_id      text        NOT NULL,
    type          text        NOT NULL,
    occurred_at   timestamptz NOT NULL,
    received_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (connection_id, event_id)
);
SELECT platina.isolate_by_tenant('platina.integration_inbound');
GRANT SELECT, INSERT ON platina.integration_inbound TO ${app_role};

CREATE TABLE platina.integration_cursor (
    tenant_id     uuid        NOT NULL REFERENCES platina.organization (id) ON DELETE CASCADE,
    connection_id uuid        NOT NULL REFERENCES platina.integration_connection (id) ON DELETE CASCADE,
    stream        text        NOT NULL,
    cursor        text,
    updated_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (connection_id, stream)
);
SELECT platina.isolate_by_tenant('platina.integration_cursor');
GRANT SELECT, INSERT, UPDATE ON platina.integration_cursor TO ${app_role};
