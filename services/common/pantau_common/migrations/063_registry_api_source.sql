-- Registry changes written through the JSON API (a machine client's token, or a browser session
-- on /api/) are kept in the history under their own source, next to the web's forms and imports.
ALTER TABLE registry_history DROP CONSTRAINT registry_history_source_check;
ALTER TABLE registry_history ADD CONSTRAINT registry_history_source_check
    CHECK (source IN ('web', 'impor', 'api'));
