-- Organisations, users, roles and sessions.

-- The organisation tree is platform-wide: every organisation is one row, and the services decide who may see
-- which (a caller sees its own subtree only). Each organisation is also the tenant of its own rows below.
CREATE TABLE platina.organization (
    id                      uuid        PRIMARY KEY,
    parent_id               uuid        REFERENCES platina.organization (id),
    slug                    text        NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$'),
    name                    text        NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    kind                    text        NOT NULL CHECK (kind IN ('PLATFORM', 'RESELLER', 'TENANT')),
    status                  text        NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'SUSPENDED')),
    max_users               integer     CHECK (max_users > 0),
    max_requests_per_minute integer     CHECK (max_requests_per_minute > 0),
    max_storage_mb          integer     CHECK (max_storage_mb > 0),
    totp_required           boolean     NOT NULL DEFAULT false,
    version                 bigint      NOT NULL DEFAULT 1,
    created_at              timestamptz NOT NULL DEFAULT now(),
    updated_at              timestamptz NOT NULL DEFAULT now(),
    CHECK ((kind = 'PLATFORM') = (parent_id IS NULL))
);
CREATE INDEX organization_parent ON platina.organization (parent_id);
GRANT SELECT, INSERT, UPDATE, DELETE ON platina.organization TO ${app_role};

CREATE TABLE platina.app_user (
    tenant_id           uuid        NOT NULL REFERENCES platina.organization (id) ON DELETE CASCADE,
    id                  uuid        PRIMARY KEY,
    username            text        NOT NULL CHECK (username ~ '^[a-z0-9][a-z0-9._@-]{0,99}$'),
    display_name        text,
    email               text,
    password_hash       text        NOT NULL,
    roles               text        NOT NULL DEFAULT '',
    enabled             boolean     NOT NULL DEFAULT true,
    failed_logins       integer     NOT NULL DEFAULT 0,
    locked_until        timestamptz,
    totp_secret         bytea,
    totp_enabled        boolean     NOT NULL DEFAULT false,
    password_changed_at timestamptz NOT NULL DEFAULT now(),
    version             bigint      NOT NULL DEFAULT 1,
    created_at          timestamptz NOT NULL DEFAULT now(),
    UNIQUE (tenant_id, username)
);
SELECT platina.isolate_by_tenant('platina.app_user');
GRANT SELECT, INSERT, UPDATE, DELETE ON platina.app_user TO ${app_role};

CREATE TABLE platina.custom_role (
    tenant_id   uuid        NOT NULL REFERENCES platina.organization (id) ON DELETE CASCADE,
    id          uuid        PRIMARY KEY,
    name        text        NOT NULL CHECK (name ~ '^[A-Za-z0-9][A-Za-z0-9 _.-]{0,59}$'),
    description text,
    permissions text        NOT NULL DEFAULT '',
    version     bigint      NOT NULL DEFAULT 1,
    created_at  timestamptz NOT NULL DEFAULT now(),
    UNIQUE (tenant_id, name)
);
SELECT platina.isolate_by_tenant('platina.custom_role');
GRANT SELECT, INSERT, UPDATE, DELETE ON platina.custom_role TO ${app_role};

-- Bearer credentials: interactive sessions and personal API tokens. Only a SHA-256 of each token is kept.
CREATE TABLE platina.credential (
    tenant_id    uuid        NOT NULL REFERENCES platina.organization (id) ON DELETE CASCADE,
    id           uuid        PRIMARY KEY,
    user_id      uuid        NOT NULL REFERENCES platina.app_user (id) ON DELETE CASCADE,
    kind         text        NOT NULL CHECK (kind IN ('SESSION', 'API_TOKEN')),
    token_hash   bytea       NOT NULL UNIQUE,
    name         text,
    permissions  text,
    created_at   timestamptz NOT NULL DEFAULT now(),
    last_used_at timestamptz NOT NULL DEFAULT now(),
    expires_at   timestamptz NOT NULL,
    revoked_at   timestamptz
);
CREATE INDEX credential_user ON platina.credential (tenant_id, user_id);
SELECT platina.isolate_by_tenant('platina.credential');
GRANT SELECT, INSERT, UPDATE, DELETE ON platina.credential TO ${app_role};

CREATE TABLE platina.recovery_code (
    tenant_id uuid        NOT NULL REFERENCES platina.organization (id) ON DELETE CASCADE,
    user_id   uuid        NOT NULL REFERENCES platina.app_user (id) ON DELETE CASCADE,
    code_hash bytea       NOT NULL,
    used_at   timestamptz,
    PRIMARY KEY (user_id, code_hash)
);
SELECT platina.isolate_by_tenant('platina.recovery_code');
GRANT SELECT, INSERT, UPDATE, DELETE ON platina.recovery_code TO ${app_role};
