-- What else the checker remembers per application: the structure of its page (title, link
-- counts, a sketch of the main text's words) to see a body replaced under the usual title, and
-- the extra views (the page as Googlebot and as a phone get it): when they were last fetched and
-- the findings they gave, repeated by the checks in between.
ALTER TABLE checker_app_state
    ADD COLUMN structure      jsonb,
    ADD COLUMN views_at       timestamptz,
    ADD COLUMN view_findings  jsonb NOT NULL DEFAULT '[]'::jsonb;
