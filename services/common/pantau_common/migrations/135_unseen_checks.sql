-- Checks that could not see the application (a firewall or bot challenge answered the checker,
-- pantau_contracts.status.UNSEEN_REASONS) say nothing of whether people can use it: uptime is the
-- share of "aktif" results among the checks that saw it. A day's roll-up counts them apart.
ALTER TABLE check_results_daily ADD COLUMN unseen integer NOT NULL DEFAULT 0;
ALTER TABLE check_results_daily ADD CONSTRAINT check_results_daily_unseen
    CHECK (unseen BETWEEN 0 AND checks - aktif);
