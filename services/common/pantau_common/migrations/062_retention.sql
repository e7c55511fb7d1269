-- Retention: raw check results older than PANTAU_RETENTION_DAYS roll up into one row per
-- application and WIB calendar day, then the raw rows go. Uptime over any window is the share of
-- "aktif" results in raw rows plus these rows (counts, not daily ratios, so nothing shifts when
-- a day moves from raw to aggregate). Written only by pantau_common.retention_pg.
CREATE TABLE check_results_daily (
    app_id          text NOT NULL,
    day             date NOT NULL,              -- the WIB (UTC+7) calendar day
    pd_id           text NOT NULL,
    checks          integer NOT NULL CHECK (checks > 0),
    aktif           integer NOT NULL CHECK (aktif BETWEEN 0 AND checks),
    timed           integer NOT NULL DEFAULT 0, -- results with a response time (aktif ones)
    p50_ms          double precision,
    p95_ms          double precision,
    p99_ms          double precision,
    freshness       text,                       -- the day's content result: the last one known
    last_checked_at timestamptz NOT NULL,
    rolled_up_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (app_id, day)
);

-- Finding the oldest raw day without scanning the table.
CREATE INDEX check_results_checked_at ON check_results(checked_at);
