-- The building blocks of tenant isolation, and the first tenant table.
-- ${app_role} is the application's login role: it owns nothing and cannot bypass row-level security.

GRANT USAGE ON SCHEMA platina TO ${app_role};

-- The tenant of the current transaction, or NULL when none is set. After a transaction-local set_config
-- ends, PostgreSQL leaves the setting as '' on that session, so '' must also mean "no tenant".
CREATE FUNCTION platina.current_tenant() RETURNS uuid
    LANGUAGE sql STABLE PARALLEL SAFE
    AS $$ SELECT nullif(current_setting('app.tenant_id', true), '')::uuid $$;

-- Every tenant table is isolated the same way: RLS enabled and forced (the owner is bound too), and one
-- policy that both filters reads and checks writes. No tenant -> NULL -> no row matches and no write passes.
CREATE FUNCTION platina.isolate_by_tenant(target regclass) RETURNS void
    LANGUAGE plpgsql
    AS $$
BEGIN
    EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', target);
    EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', target);
    EXECUTE format('CREATE POLICY tenant_isolation ON %s USING (tenant_id = platina.current_tenant())'
                   ' WITH CHECK (tenant_id = platina.current_tenant())', target);
END
$$;
REVOKE ALL ON FUNCTION platina.isolate_by_tenant(regclass) FROM PUBLIC;

-- Settings an organisation keeps for itself (time zone, AI budget, approval tiers ...), one value per name.
CREATE TABLE platina.tenant_setting (
    tenant_id  uuid        NOT NULL,
    name       text        NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    value      text        NOT NULL,
    version    integer     NOT NULL DEFAULT 1,
    updated_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, name)
);
SELECT platina.isolate_by_tenant('platina.tenant_setting');
GRANT SELECT, INSERT, UPDATE, DELETE ON platina.tenant_setting TO ${app_role};
