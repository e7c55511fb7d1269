-- Follow-ups (tindak lanjut): one per problem of a signed nota dinas, owned by the workflow
-- (single writer). Departments' accounts, their contacts, answers and the notifications.

-- Department accounts: bound to one Perangkat Daerah. Officials have no pd_id.
ALTER TABLE users DROP CONSTRAINT users_role_check;
ALTER TABLE users ADD CONSTRAINT users_role_check
    CHECK (role IN ('kadis', 'kabid', 'kasie', 'pelaksana', 'admin', 'operator_pd', 'kepala_pd'));
ALTER TABLE users ADD COLUMN pd_id text REFERENCES perangkat_daerah(id);
ALTER TABLE users ADD COLUMN email text NOT NULL DEFAULT '';
ALTER TABLE users ADD CONSTRAINT users_department_role
    CHECK ((role IN ('operator_pd', 'kepala_pd')) = (pd_id IS NOT NULL));

-- Who is told what concerns a department (or one of its applications, where app_id is set).
CREATE TABLE contacts (
    id              bigserial PRIMARY KEY,
    pd_id           text NOT NULL REFERENCES perangkat_daerah(id),
    app_id          text REFERENCES applications(id),
    channel         text NOT NULL CHECK (channel IN ('email', 'webhook')),
    address         text NOT NULL,          -- an e-mail address, or the webhook URL
    secret_ref      text,                   -- webhook signing key: env:NAME or file:/path, never the key
    nama            text NOT NULL DEFAULT '',
    aktif           boolean NOT NULL DEFAULT true,
    created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX contacts_pd ON contacts(pd_id);

CREATE TABLE follow_ups (
    id              uuid PRIMARY KEY,
    instance_id     uuid NOT NULL REFERENCES sop_instances(id),
    app_id          text NOT NULL REFERENCES applications(id),
    pd_id           text NOT NULL REFERENCES perangkat_daerah(id),
    code            text NOT NULL,
    category        text NOT NULL,
    severity        text NOT NULL,
    evidence        text NOT NULL DEFAULT '',
    nota_nomor      text NOT NULL DEFAULT '',
    state           text NOT NULL CHECK (state IN ('terbuka', 'ditanggapi', 'selesai', 'ditutup')),
    terlambat       boolean NOT NULL DEFAULT false,
    dibuka_kembali  boolean NOT NULL DEFAULT false,
    opened_at       timestamptz NOT NULL,
    due_at          timestamptz NOT NULL,
    closed_at       timestamptz,
    closed_by_event text,                   -- the status event that proved the fix
    clean_checks    integer NOT NULL DEFAULT 0,
    revision        integer NOT NULL DEFAULT 0,
    UNIQUE (instance_id, app_id, code)
);
CREATE INDEX follow_ups_open ON follow_ups(app_id, code) WHERE state IN ('terbuka', 'ditanggapi');
CREATE INDEX follow_ups_pd ON follow_ups(pd_id, state);

-- Every change of a follow-up: who, when, and the message that caused it.
CREATE TABLE follow_up_history (
    id              bigserial PRIMARY KEY,
    follow_up_id    uuid NOT NULL REFERENCES follow_ups(id),
    change          text NOT NULL,          -- dibuka, ditanggapi, selesai, ditutup, terlambat, dibuka_kembali
    state           text NOT NULL,
    actor_id        integer REFERENCES users(id),
    note            text NOT NULL DEFAULT '',
    attachment_id   bigint,
    message_id      text NOT NULL,
    at              timestamptz NOT NULL
);
CREATE INDEX follow_up_history_fu ON follow_up_history(follow_up_id, id);

-- A department's attachment to its answer: PDF or image, its real type checked by the web.
CREATE TABLE follow_up_attachments (
    id              bigserial PRIMARY KEY,
    pd_id           text NOT NULL REFERENCES perangkat_daerah(id),
    filename        text NOT NULL,
    media_type      text NOT NULL CHECK (media_type IN ('application/pdf', 'image/png', 'image/jpeg')),
    size            integer NOT NULL,
    sha256          char(64) NOT NULL,
    content         bytea NOT NULL,
    uploaded_by     integer NOT NULL REFERENCES users(id),
    at              timestamptz NOT NULL DEFAULT now()
);

-- A finding the Pelaksana marked a false positive: left out until its evidence changes.
CREATE TABLE false_positives (
    id              bigserial PRIMARY KEY,
    app_id          text NOT NULL REFERENCES applications(id),
    code            text NOT NULL,
    evidence_sha256 char(64) NOT NULL,
    reason          text NOT NULL,
    instance_id     uuid REFERENCES sop_instances(id),
    actor_id        integer NOT NULL REFERENCES users(id),
    message_id      text NOT NULL,
    at              timestamptz NOT NULL,
    UNIQUE (app_id, code, evidence_sha256)
);

-- Notifications to send, written in the same transaction as the change they announce (one
-- per change and recipient: a redelivered event never adds a second), sent by the notifier.
CREATE TABLE notifications (
    id              bigserial PRIMARY KEY,
    dedup_key       text NOT NULL UNIQUE,   -- cause message id + recipient
    channel         text NOT NULL CHECK (channel IN ('email', 'webhook')),
    address         text NOT NULL,
    secret_ref      text,
    subject         text NOT NULL,
    body            text NOT NULL,
    payload         jsonb NOT NULL DEFAULT '{}'::jsonb,
    attempts        integer NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL DEFAULT now(),
    last_error      text,
    sent_at         timestamptz,
    receipt         text,
    dead_at         timestamptz,            -- gave up after the last try
    created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX notifications_due ON notifications(next_attempt_at) WHERE sent_at IS NULL AND dead_at IS NULL;
