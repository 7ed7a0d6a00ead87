-- Notifications: each person's preferences, and the browsers and phones that subscribed to web push.

CREATE TABLE platina.notification_preference (
    tenant_id      uuid        NOT NULL REFERENCES platina.organization (id) ON DELETE CASCADE,
    user_id        uuid        NOT NULL,
    muted_channels text[]      NOT NULL DEFAULT '{}',
    quiet_from     time,
    quiet_until    time,
    time_zone      text        NOT NULL DEFAULT 'UTC',
    updated_at     timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, user_id)
);
SELECT platina.isolate_by_tenant('platina.notification_preference');
GRANT SELECT, INSERT, UPDATE, DELETE ON platina.notification_preference TO ${app_role};

-- A push subscription (RFC 8030 endpoint with the browser's P-256 key and auth secret, RFC 8291). The endpoint
-- is a capability URL of the push service: it is kept encrypted like the keys.
CREATE TABLE platina.push_subscription (
    tenant_id     uuid        NOT NULL REFERENCES platina.organization (id) ON DELETE CASCADE,
    id            uuid        PRIMARY KEY,
    user_id       uuid        NOT NULL,
    endpoint_hash text        NOT NULL,
    secret        bytea       NOT NULL,
    user_agent    text,
    created_at    timestamptz NOT NULL DEFAULT now(),
    last_used_at  timestamptz,
    last_error    text,
    UNIQUE (tenant_id, user_id, endpoint_hash)
);
SELECT platina.isolate_by_tenant('platina.push_subscription');
CREATE INDEX push_subscription_user ON platina.push_subscription (tenant_id, user_id);
GRANT SELECT, INSERT, UPDATE, DELETE ON platina.push_subscription TO ${app_role};
