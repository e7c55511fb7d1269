-- Each outbox row names the one service that may write its topic (pantau_contracts.topics.writer_of);
-- every service relays only its own rows, with its own Kafka principal.
ALTER TABLE outbox ADD COLUMN writer text;

-- The same mapping as writer_of, for the rows written before this release and for the rows that
-- the previous release's pods still write (without a writer) while a rollout replaces them.
CREATE FUNCTION outbox_writer_of(topic text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE
        WHEN topic LIKE '%pantau.sop.commands.v1' THEN 'web'
        WHEN topic LIKE '%pantau.documents.v1' THEN 'reporter'
        ELSE 'workflow'
    END
$$;
UPDATE outbox SET writer = outbox_writer_of(topic);
ALTER TABLE outbox ALTER COLUMN writer SET NOT NULL;

CREATE FUNCTION outbox_writer_default() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.writer := coalesce(NEW.writer, outbox_writer_of(NEW.topic));
    RETURN NEW;
END
$$;
CREATE TRIGGER outbox_writer_default BEFORE INSERT ON outbox
    FOR EACH ROW WHEN (NEW.writer IS NULL) EXECUTE FUNCTION outbox_writer_default();

DROP INDEX outbox_unsent;
CREATE INDEX outbox_unsent ON outbox(writer, id) WHERE sent_at IS NULL;
