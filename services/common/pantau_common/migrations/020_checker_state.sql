-- What the checker remembers per application between checks: confirmed-change (flap)
-- suppression state and the content fingerprint. Written only by the checker.
CREATE TABLE checker_app_state (
    app_id                  text PRIMARY KEY,
    confirmed               text,
    candidate               text,
    streak                  integer NOT NULL DEFAULT 0,
    fingerprint             text,
    fingerprint_changed_at  timestamptz,
    fingerprint_seen_since  timestamptz,
    updated_at              timestamptz NOT NULL DEFAULT now()
);

-- When the scheduler last asked for each application's check (leader only).
CREATE TABLE checker_schedule (
    app_id          text PRIMARY KEY,
    last_requested  timestamptz NOT NULL
);
