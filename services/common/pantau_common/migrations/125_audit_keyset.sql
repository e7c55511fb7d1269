-- The audit page reads one page at a time by position (newest first, keyset on at and ref), each of
-- its three sources by its own time index; narrowed to one account, the web's log by that account.
CREATE INDEX audit_log_actor ON audit_log(actor_id, at DESC);
CREATE INDEX registry_history_actor ON registry_history(actor_id, at DESC);
