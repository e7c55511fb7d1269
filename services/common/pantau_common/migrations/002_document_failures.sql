-- Why the reporter gave up on the last request of an instance (a render, the signature or
-- the delivery), shown to the official who can try again.
ALTER TABLE sop_instances ADD COLUMN last_error text;
