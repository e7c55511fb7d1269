-- A monthly Wali Kota report whose delivery was given up (gagal_kirim) can be sent again by the
-- official who delivers (SOP step 7) from the web: the row goes back to 'ditandatangani' with a
-- fresh count of failures, and the reporter worker delivers it at its next check. ``resends``
-- counts those requests; the web's form carries the count it was shown, so a replayed form
-- (the back button, a double click) finds it moved and changes nothing.
ALTER TABLE monthly_reports
    ADD COLUMN resends   integer NOT NULL DEFAULT 0,
    ADD COLUMN resent_by integer REFERENCES users(id),
    ADD COLUMN resent_at timestamptz;

-- The request is audit-logged like the officials' other actions.
ALTER TABLE audit_log DROP CONSTRAINT audit_log_kind_check;
ALTER TABLE audit_log ADD CONSTRAINT audit_log_kind_check CHECK (kind IN (
    'masuk', 'masuk_gagal', 'pengguna', 'token_api', 'unduh_dokumen', 'registri', 'laporan_bulanan'));
