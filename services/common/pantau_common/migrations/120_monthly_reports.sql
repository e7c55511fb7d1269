-- The monthly Wali Kota report as an official document: made once a month by the reporter
-- worker (the primary key makes a second worker's attempt a no-op), signed like the nota
-- (by the worker with the demo CA, by the Kepala Dinas through the signing door with BSrE),
-- then delivered like the nota, with a few retries before the officials are shown the reason.
CREATE TABLE monthly_reports (
    bulan           text PRIMARY KEY CHECK (bulan ~ '^[0-9]{4}-[0-9]{2}$'),
    state           text NOT NULL CHECK (state IN ('menunggu_tanda_tangan', 'ditandatangani', 'terkirim', 'gagal_kirim')),
    draft_id        bigint NOT NULL,
    signed_id       bigint NOT NULL,            -- reserved at rendering: the QR code points at it
    signed_by       integer REFERENCES users(id),
    attempts        integer NOT NULL DEFAULT 0, -- delivery attempts that failed
    retry_at        timestamptz,
    reason          text,                       -- why the last delivery failed
    channel         text,
    receipt         text,                       -- what the receiving side answered
    made_at         timestamptz NOT NULL,
    signed_at       timestamptz,
    delivered_at    timestamptz
);
CREATE INDEX monthly_reports_open ON monthly_reports(state) WHERE state IN ('menunggu_tanda_tangan', 'ditandatangani');
