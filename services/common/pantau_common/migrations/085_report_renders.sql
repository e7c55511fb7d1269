-- Rendered views the reporter serves again instead of rendering on every request (the monthly
-- Wali Kota report on the dashboards): one row per kind and period, replaced when the
-- fingerprint of its inputs changes. Not an official document (those are versions in documents).
CREATE TABLE report_renders (
    kind            text NOT NULL,
    period          text NOT NULL,
    fingerprint     text NOT NULL,
    content         bytea NOT NULL,
    rendered_at     timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (kind, period)
);
