-- Foundation schema: registry, users, SOP instances, check results, documents,
-- the transactional outbox and processed-message tracking.

CREATE TABLE perangkat_daerah (
    id          text PRIMARY KEY CHECK (id ~ '^[a-z0-9][a-z0-9-]{0,62}$'),
    nama        text NOT NULL,
    singkatan   text NOT NULL,
    jenis       text NOT NULL DEFAULT 'dinas',
    created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE applications (
    id              text PRIMARY KEY CHECK (id ~ '^[a-z0-9][a-z0-9-]{0,62}$'),
    pd_id           text NOT NULL REFERENCES perangkat_daerah(id),
    nama            text NOT NULL,
    url             text NOT NULL CHECK (url ~ '^https?://'),
    aktif           boolean NOT NULL DEFAULT true,     -- registered as in use (not decommissioned)
    internal        boolean NOT NULL DEFAULT false,    -- may resolve to a private address
    interval_s      integer NOT NULL DEFAULT 300 CHECK (interval_s >= 30),
    max_age_days    integer NOT NULL DEFAULT 30 CHECK (max_age_days > 0),
    config          jsonb NOT NULL DEFAULT '{}'::jsonb, -- login form, freshness hints, resolve override
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX applications_pd ON applications(pd_id);

CREATE TABLE users (
    id              serial PRIMARY KEY,
    username        text NOT NULL UNIQUE,
    password_hash   text NOT NULL,
    nama            text NOT NULL,
    role            text NOT NULL CHECK (role IN ('kadis', 'kabid', 'kasie', 'pelaksana', 'admin')),
    jabatan         text NOT NULL DEFAULT '',
    nip             text NOT NULL DEFAULT '',
    pangkat         text NOT NULL DEFAULT '',
    aktif           boolean NOT NULL DEFAULT true,
    created_at      timestamptz NOT NULL DEFAULT now()
);

-- One SOP instance is one monitoring cycle. Written only by the workflow service.
CREATE TABLE sop_instances (
    id              uuid PRIMARY KEY,
    cycle_no        text NOT NULL UNIQUE,
    step            smallint NOT NULL CHECK (step BETWEEN 1 AND 7),
    phase           text NOT NULL,
    status          text NOT NULL CHECK (status IN ('berjalan', 'selesai')),
    started_by      integer NOT NULL REFERENCES users(id),
    pelaksana_id    integer REFERENCES users(id),
    note            text NOT NULL DEFAULT '',
    disposition     jsonb,
    nota_version    integer NOT NULL DEFAULT 0,          -- latest version the reporter delivered
    requested_version integer NOT NULL DEFAULT 0,        -- latest version the workflow asked for
    last_return     jsonb,
    round_deadline  timestamptz,
    revision        integer NOT NULL DEFAULT 0,          -- bumps on every change
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE sop_cycle_scope (
    instance_id     uuid NOT NULL REFERENCES sop_instances(id),
    app_id          text NOT NULL REFERENCES applications(id),
    PRIMARY KEY (instance_id, app_id)
);

-- The timeline: one row per step visit (a returned nota visits step 3 again).
CREATE TABLE sop_step_history (
    id              bigserial PRIMARY KEY,
    instance_id     uuid NOT NULL REFERENCES sop_instances(id),
    seq             smallint NOT NULL,                 -- visit order within the instance
    step            smallint NOT NULL,
    role            text NOT NULL,
    started_at      timestamptz NOT NULL,
    completed_at    timestamptz,
    actor_id        integer REFERENCES users(id),
    outcome         text,                       -- selesai, dikembalikan
    note            text NOT NULL DEFAULT '',
    mutu_baku_s     integer,
    warned_at       timestamptz,
    overdue_at      timestamptz
);
CREATE UNIQUE INDEX sop_step_history_seq ON sop_step_history(instance_id, seq);
CREATE INDEX sop_step_history_open ON sop_step_history(completed_at) WHERE completed_at IS NULL;

CREATE TABLE check_results (
    event_id        text PRIMARY KEY,
    app_id          text NOT NULL,
    pd_id           text NOT NULL,
    cycle_id        uuid,
    checked_at      timestamptz NOT NULL,
    availability    text NOT NULL,
    reason          text,
    http_status     integer,
    total_ms        double precision,
    login           text,
    freshness       text,
    payload         jsonb NOT NULL,
    received_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX check_results_cycle ON check_results(cycle_id, app_id);
CREATE INDEX check_results_app ON check_results(app_id, checked_at DESC);

CREATE TABLE documents (
    id              bigserial PRIMARY KEY,
    instance_id     uuid REFERENCES sop_instances(id),
    kind            text NOT NULL,              -- nota_dinas, lembar_disposisi, laporan_walikota
    version         integer NOT NULL,
    format          text NOT NULL CHECK (format IN ('pdf', 'docx')),
    nomor           text,
    signed          boolean NOT NULL DEFAULT false,
    sha256          char(64) NOT NULL,
    content         bytea NOT NULL,
    meta            jsonb NOT NULL DEFAULT '{}'::jsonb,
    created_at      timestamptz NOT NULL DEFAULT now(),
    UNIQUE (instance_id, kind, version, format, signed)
);
CREATE INDEX documents_sha ON documents(sha256);

-- Transactional outbox: rows written in the same transaction as the change they announce,
-- relayed to Kafka in id order by one relay at a time.
CREATE TABLE outbox (
    id              bigserial PRIMARY KEY,
    message_id      text NOT NULL UNIQUE,
    topic           text NOT NULL,
    key             text NOT NULL,
    payload         bytea NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    sent_at         timestamptz
);
CREATE INDEX outbox_unsent ON outbox(id) WHERE sent_at IS NULL;

-- A consumer records each message id it applied in the same transaction as the change,
-- so a redelivered message is a no-op.
CREATE TABLE processed_messages (
    consumer        text NOT NULL,
    message_id      text NOT NULL,
    processed_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, message_id)
);

-- The workflow's answer to each command, for the web to show.
CREATE TABLE command_results (
    command_id      text PRIMARY KEY,
    instance_id     uuid,
    accepted        boolean NOT NULL,
    reason          text,
    at              timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE dead_letters (
    id              bigserial PRIMARY KEY,
    consumer        text NOT NULL,
    topic           text NOT NULL,
    partition       integer,
    "offset"        bigint,
    reason          text NOT NULL,
    raw             bytea,
    at              timestamptz NOT NULL DEFAULT now()
);
