-- Failed logins, to slow down password guessing (counted per account and address).
CREATE TABLE login_failures (
    id          bigserial PRIMARY KEY,
    username    text NOT NULL,
    remote      text NOT NULL,
    at          timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX login_failures_recent ON login_failures(username, remote, at);
