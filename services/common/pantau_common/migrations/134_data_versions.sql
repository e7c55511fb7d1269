-- A version for each table the web's kept pages read (pantau_web.snapshots): every transaction that
-- changes rows of such a table adds one to the table's version as it commits. The web reads the
-- versions with the signed-in account, before it reads a page's data, and serves a page it built
-- under the same versions again: a page is never served after a commit that changed what it shows.
--
-- The versions are written at commit only (a deferred trigger), all of a transaction's at once and
-- in the tables' name order: two committing transactions never wait on each other's version rows
-- in opposite orders (no deadlock), and a transaction holds a version row only while it commits.
-- A statement-level trigger notes each changed table in a transaction-local setting; the first
-- deferred trigger to run adds one to every noted table's version and clears the note (a rolled
-- back savepoint takes its rows and its notes with it).
CREATE TABLE data_versions (
    table_name text PRIMARY KEY,
    version bigint NOT NULL DEFAULT 0
);

CREATE FUNCTION data_versions_note() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    noted text := coalesce(current_setting('pantau.changed_tables', true), '');
BEGIN
    IF position(',' || TG_TABLE_NAME || ',' IN noted) = 0 THEN
        PERFORM set_config('pantau.changed_tables', coalesce(nullif(noted, ''), ',') || TG_TABLE_NAME || ',', true);
    END IF;
    RETURN NULL;
END
$$;

CREATE FUNCTION data_versions_bump() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    noted text := coalesce(current_setting('pantau.changed_tables', true), '');
    changed text;
BEGIN
    IF noted = '' THEN
        RETURN NULL;  -- this transaction's versions were written by an earlier row's trigger
    END IF;
    FOR changed IN SELECT t FROM unnest(string_to_array(trim(BOTH ',' FROM noted), ',')) AS t ORDER BY t LOOP
        UPDATE data_versions SET version = version + 1 WHERE table_name = changed;
    END LOOP;
    PERFORM set_config('pantau.changed_tables', '', true);
    RETURN NULL;
END
$$;

-- TRUNCATE fires no row trigger: it writes the version at once (it holds the table exclusively anyway).
CREATE FUNCTION data_versions_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE data_versions SET version = version + 1 WHERE table_name = TG_TABLE_NAME;
    RETURN NULL;
END
$$;

CREATE FUNCTION data_versions_watch(watched text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO data_versions (table_name) VALUES (watched);
    EXECUTE format('CREATE TRIGGER data_versions_note AFTER INSERT OR UPDATE OR DELETE ON %I'
                   ' FOR EACH STATEMENT EXECUTE FUNCTION data_versions_note()', watched);
    EXECUTE format('CREATE CONSTRAINT TRIGGER data_versions_bump AFTER INSERT OR UPDATE OR DELETE ON %I'
                   ' DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_versions_bump()', watched);
    EXECUTE format('CREATE TRIGGER data_versions_truncated AFTER TRUNCATE ON %I'
                   ' FOR EACH STATEMENT EXECUTE FUNCTION data_versions_truncated()', watched);
END
$$;

-- The tables of the kept pages (the inbox, the status board, the registry) and of the signed-in account.
SELECT data_versions_watch(t) FROM unnest(ARRAY[
    'users', 'perangkat_daerah', 'applications', 'latest_checks',
    'sop_instances', 'sop_step_history', 'sop_cycle_scope'
]) AS t;
