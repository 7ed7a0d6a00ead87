-- Skills: which organisations use which installed skill with which permissions, and the install history of
-- this installation (for rollback).

CREATE TABLE platina.skill_enablement (
    tenant_id   uuid        NOT NULL REFERENCES platina.organization (id) ON DELETE CASCADE,
    skill_id    text        NOT NULL CHECK (skill_id ~ '^[a-z][a-z0-9-]{1,39}$'),
    permissions text        NOT NULL DEFAULT '',
    enabled_by  uuid,
    enabled_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, skill_id)
);
SELECT platina.isolate_by_tenant('platina.skill_enablement');
-- The platform itself (no tenant bound) may read which organisations use a skill, so it can refuse to uninstall
-- it under them. A tenant still sees only its own rows, and every write still needs the tenant.
CREATE POLICY platform_reads_usage ON platina.skill_enablement FOR SELECT
    USING (platina.current_tenant() IS NULL);
CREATE INDEX skill_enablement_skill ON platina.skill_enablement (skill_id);
GRANT SELECT, INSERT, UPDATE, DELETE ON platina.skill_enablement TO ${app_role};

-- Platform-wide: the version of each skill installed through the marketplace and the one before it.
CREATE TABLE platina.skill_installation (
    skill_id         text        PRIMARY KEY CHECK (skill_id ~ '^[a-z][a-z0-9-]{1,39}$'),
    version          text        NOT NULL,
    previous_version text,
    updated_at       timestamptz NOT NULL DEFAULT now(),
    updated_by       text
);
GRANT SELECT, INSERT, UPDATE, DELETE ON platina.skill_installation TO ${app_role};
