-- Each application's latest check, one row per application, kept by statement triggers on
-- check_results. The status board, its counts, the JSON API and the public status page read it
-- instead of probing check_results once per application on every request (1,000 probes a page
-- at 1,000 applications, most of the board's time). The rows copy what those pages show.
CREATE TABLE latest_checks (
    app_id                 text PRIMARY KEY,
    event_id               text NOT NULL,
    checked_at             timestamptz NOT NULL,
    availability           text NOT NULL,
    -- After the checker's flap suppression (the public page shows this one when there is one).
    confirmed_availability text,
    reason                 text,
    http_status            integer,
    total_ms               double precision,
    login                  text,
    freshness              text,
    findings               jsonb NOT NULL DEFAULT '[]'
);
CREATE INDEX latest_checks_event ON latest_checks (event_id);

-- A newer result replaces the row; an older one (a late redelivery) leaves it. Rows are taken in
-- app_id order, so two writers lock the same rows in the same order.
CREATE FUNCTION latest_checks_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO latest_checks AS l (app_id, event_id, checked_at, availability, confirmed_availability,
                                    reason, http_status, total_ms, login, freshness, findings)
    SELECT DISTINCT ON (app_id) app_id, event_id, checked_at, availability,
           payload->>'confirmed_availability', reason, http_status, total_ms, login, freshness,
           COALESCE(payload->'findings', '[]'::jsonb)
      FROM added ORDER BY app_id, checked_at DESC
    ON CONFLICT (app_id) DO UPDATE SET
        event_id = excluded.event_id, checked_at = excluded.checked_at,
        availability = excluded.availability, confirmed_availability = excluded.confirmed_availability,
        reason = excluded.reason, http_status = excluded.http_status, total_ms = excluded.total_ms,
        login = excluded.login, freshness = excluded.freshness, findings = excluded.findings
      WHERE excluded.checked_at > l.checked_at;
    RETURN NULL;
END $$;

-- Retention deletes old results; when it takes an application's latest, the newest one left
-- (if any) takes its place.
CREATE FUNCTION latest_checks_removed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    WITH gone AS (
        DELETE FROM latest_checks l USING removed r WHERE l.event_id = r.event_id RETURNING l.app_id
    )
    INSERT INTO latest_checks (app_id, event_id, checked_at, availability, confirmed_availability,
                               reason, http_status, total_ms, login, freshness, findings)
    SELECT c.app_id, c.event_id, c.checked_at, c.availability, c.payload->>'confirmed_availability',
           c.reason, c.http_status, c.total_ms, c.login, c.freshness, COALESCE(c.payload->'findings', '[]'::jsonb)
      FROM gone g CROSS JOIN LATERAL (
          SELECT * FROM check_results c WHERE c.app_id = g.app_id ORDER BY c.checked_at DESC LIMIT 1
      ) c
    ON CONFLICT (app_id) DO NOTHING;
    RETURN NULL;
END $$;

CREATE TRIGGER check_results_latest_added AFTER INSERT ON check_results
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION latest_checks_added();
CREATE TRIGGER check_results_latest_removed AFTER DELETE ON check_results
    REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION latest_checks_removed();

INSERT INTO latest_checks (app_id, event_id, checked_at, availability, confirmed_availability,
                           reason, http_status, total_ms, login, freshness, findings)
SELECT DISTINCT ON (app_id) app_id, event_id, checked_at, availability, payload->>'confirmed_availability',
       reason, http_status, total_ms, login, freshness, COALESCE(payload->'findings', '[]'::jsonb)
  FROM check_results ORDER BY app_id, checked_at DESC;
