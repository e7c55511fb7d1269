-- Revocable web sessions: a session cookie carries the account's session version at login, and
-- the web accepts it only while the version is unchanged. Logging out and changing or resetting
-- the password bump the version, which ends every session of the account (a copied cookie too).
-- The check costs nothing extra: the column is read by the primary-key lookup that loads the
-- signed-in account on each request.
ALTER TABLE users ADD COLUMN session_version integer NOT NULL DEFAULT 0;
