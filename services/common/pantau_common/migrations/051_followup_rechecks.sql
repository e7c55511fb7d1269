-- An answered follow-up is verified by checking its application again until the fix is
-- proven (or the window passes); the late flag is looked for by due date.
ALTER TABLE follow_ups ADD COLUMN rechecks_left integer NOT NULL DEFAULT 0;
ALTER TABLE follow_ups ADD COLUMN verify_until timestamptz;
ALTER TABLE follow_ups ADD COLUMN next_recheck_at timestamptz;
ALTER TABLE follow_up_history ADD COLUMN evidence_event_id text;
CREATE INDEX follow_ups_due ON follow_ups(due_at) WHERE state IN ('terbuka', 'ditanggapi') AND NOT terlambat;
CREATE INDEX follow_ups_verifying ON follow_ups(next_recheck_at) WHERE state = 'ditanggapi' AND verify_until IS NOT NULL;
CREATE INDEX follow_ups_app ON follow_ups(app_id, code, opened_at DESC);
