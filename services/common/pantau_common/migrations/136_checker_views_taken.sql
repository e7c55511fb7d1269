-- How many times the checker fetched an application's extra views: the phone view asks as an
-- Android's Chrome and an iPhone's Safari by turns (even counts the Android, odd the iPhone), so
-- that a kit serving one of them only is seen within two views.
ALTER TABLE checker_app_state ADD COLUMN views_taken integer NOT NULL DEFAULT 0;
