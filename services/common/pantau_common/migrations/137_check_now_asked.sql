-- When "Periksa sekarang" was last asked of each application: the web queues at most one CheckNow
-- a minute per application (each is a full check, logins included), whoever asks.
CREATE TABLE check_now_asked (
    app_id      text PRIMARY KEY,
    asked_at    timestamptz NOT NULL
);
