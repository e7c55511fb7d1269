-- People, audit and API tokens: accounts kept by the admin in the web, an append-only audit log,
-- and the tokens machine clients use on the JSON API.

-- A password the admin has reset is temporary: the next login must replace it before anything else.
ALTER TABLE users ADD COLUMN must_change_password boolean NOT NULL DEFAULT false;

-- What the web saw happen: logins (never a password), account and token changes, document
-- downloads. Registry changes are in registry_history and refused commands in command_results;
-- the audit page reads the three together. Rows are never changed or removed.
CREATE TABLE audit_log (
    id          bigserial PRIMARY KEY,
    at          timestamptz NOT NULL DEFAULT now(),
    kind        text NOT NULL CHECK (kind IN (
                    'masuk', 'masuk_gagal', 'pengguna', 'token_api', 'unduh_dokumen', 'registri')),
    actor_id    integer REFERENCES users(id),    -- NULL: nobody signed in (a failed login)
    actor_name  text NOT NULL DEFAULT '',        -- the username as typed, for a failed login
    target      text NOT NULL DEFAULT '',        -- what was acted on, as the page shows it
    detail      text NOT NULL DEFAULT '',        -- one Indonesian sentence
    data        jsonb NOT NULL DEFAULT '{}'::jsonb,
    remote      text NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_at ON audit_log(at DESC, id DESC);
CREATE INDEX audit_log_kind ON audit_log(kind, at DESC);

CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only';
END
$$;
CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();

-- The refused commands the audit page lists, newest first.
CREATE INDEX command_results_refused ON command_results(at DESC) WHERE NOT accepted;
CREATE INDEX registry_history_at ON registry_history(at DESC);

-- API tokens: the token is shown once; only its SHA-256 is kept. ``prefix`` is the visible
-- part that names a token in lists and finds its row. A token acts as its account: same role,
-- same Perangkat Daerah, and nothing once the account is deactivated.
CREATE TABLE api_tokens (
    id          bigserial PRIMARY KEY,
    prefix      text NOT NULL UNIQUE,
    token_hash  char(64) NOT NULL,
    user_id     integer NOT NULL REFERENCES users(id),
    name        text NOT NULL,
    scopes      text[] NOT NULL CHECK (cardinality(scopes) > 0 AND scopes <@ ARRAY['baca', 'tulis_registri']),
    created_by  integer NOT NULL REFERENCES users(id),
    created_at  timestamptz NOT NULL DEFAULT now(),
    last_used_at timestamptz,
    revoked_at  timestamptz
);
