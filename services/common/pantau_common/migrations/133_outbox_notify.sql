-- Wake the relays at commit instead of letting them poll: each INSERT statement on the outbox
-- notifies channel pantau_outbox once per writer it queued rows for (the payload names the
-- writer). A notification is delivered when the transaction commits, never before, so a relay
-- woken by it sees the rows. Notifications are lost while a relay is disconnected: the relays
-- still read the outbox after each (re)connect and every few seconds.
CREATE FUNCTION outbox_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('pantau_outbox', writer) FROM (SELECT DISTINCT writer FROM queued) AS w;
    RETURN NULL;
END
$$;

CREATE TRIGGER outbox_notify AFTER INSERT ON outbox
    REFERENCING NEW TABLE AS queued FOR EACH STATEMENT EXECUTE FUNCTION outbox_notify();
