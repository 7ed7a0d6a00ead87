-- AI memory: what an organisation's people taught the AI by approving, editing and rejecting its proposals.
-- Texts are stored with personal data replaced by placeholders and reviewers as keyed hashes, never by name or id.

-- The organisation's key for reviewer pseudonyms (HMAC-SHA256), sealed with the installation's cipher. Its row is
-- also the lock that serialises the organisation's feedback against opt-outs, so a purge cannot miss a case.
CREATE TABLE platina.ai_learning_key (
    tenant_id   uuid        PRIMARY KEY REFERENCES platina.organization (id) ON DELETE CASCADE,
    sealed_key  bytea       NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now()
);
SELECT platina.isolate_by_tenant('platina.ai_learning_key');
GRANT SELECT, INSERT, UPDATE ON platina.ai_learning_key TO ${app_role};

-- A proposal made in a run, waiting for the run's next approval to be settled; deleted once it is (whatever the
-- outcome), or after 90 days without one. The placeholder table of its masking is sealed.
CREATE TABLE platina.ai_pending_proposal (
    tenant_id      uuid             NOT NULL REFERENCES platina.organization (id) ON DELETE CASCADE,
    id             uuid             PRIMARY KEY,
    run_id         uuid             NOT NULL,
    node_id        text             NOT NULL,
    engine         text             NOT NULL,
    text           text             NOT NULL,
    action         text             NOT NULL,
    parameters     jsonb            NOT NULL DEFAULT '{}',
    draft          text             NOT NULL DEFAULT '',
    raw_confidence double precision NOT NULL CHECK (raw_confidence BETWEEN 0 AND 1),
    placeholders   bytea            NOT NULL,
    created_at     timestamptz      NOT NULL
);
SELECT platina.isolate_by_tenant('platina.ai_pending_proposal');
CREATE INDEX ai_pending_proposal_run ON platina.ai_pending_proposal (run_id, created_at);
CREATE INDEX ai_pending_proposal_age ON platina.ai_pending_proposal (tenant_id, created_at);
GRANT SELECT, INSERT, UPDATE, DELETE ON platina.ai_pending_proposal TO ${app_role};

-- A decided case: the final action, parameters and draft (the edited ones for EDITED), what the engine had proposed
-- (for calibration and for replaying its online model), and who decided, as pseudonyms.
CREATE TABLE platina.ai_case (
    tenant_id           uuid             NOT NULL REFERENCES platina.organization (id) ON DELETE CASCADE,
    id                  uuid             PRIMARY KEY,
    engine              text             NOT NULL,
    text                text             NOT NULL,
    action              text             NOT NULL,
    parameters          jsonb            NOT NULL DEFAULT '{}',
    draft               text             NOT NULL DEFAULT '',
    outcome             text             NOT NULL CHECK (outcome IN ('APPROVED', 'EDITED', 'REJECTED')),
    proposed_action     text             NOT NULL,
    proposed_parameters jsonb            NOT NULL DEFAULT '{}',
    proposed_draft      text             NOT NULL DEFAULT '',
    raw_confidence      double precision NOT NULL CHECK (raw_confidence BETWEEN 0 AND 1),
    reviewers           text[]           NOT NULL,
    decided_at          timestamptz      NOT NULL
);
SELECT platina.isolate_by_tenant('platina.ai_case');
CREATE INDEX ai_case_decided ON platina.ai_case (tenant_id, engine, decided_at, id);
CREATE INDEX ai_case_reviewers ON platina.ai_case USING gin (reviewers);
GRANT SELECT, INSERT, DELETE ON platina.ai_case TO ${app_role};

-- An engine's online model for the organisation, as the engine's own bytes. No row means "rebuild from the cases".
CREATE TABLE platina.ai_learned_state (
    tenant_id   uuid        NOT NULL REFERENCES platina.organization (id) ON DELETE CASCADE,
    engine      text        NOT NULL,
    state       bytea       NOT NULL,
    cases       integer     NOT NULL,
    updated_at  timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, engine)
);
SELECT platina.isolate_by_tenant('platina.ai_learned_state');
GRANT SELECT, INSERT, UPDATE, DELETE ON platina.ai_learned_state TO ${app_role};

-- People who opted out of learning, by pseudonym: nothing they decide is stored while the row exists.
CREATE TABLE platina.ai_learning_opt_out (
    tenant_id      uuid        NOT NULL REFERENCES platina.organization (id) ON DELETE CASCADE,
    reviewer       text        NOT NULL,
    opted_out_at   timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, reviewer)
);
SELECT platina.isolate_by_tenant('platina.ai_learning_opt_out');
GRANT SELECT, INSERT, DELETE ON platina.ai_learning_opt_out TO ${app_role};
