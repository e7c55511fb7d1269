-- Reporter: gap-free yearly numbering, the nomor of each nota, the signed paraf audit trail
-- and the delivery receipts.

-- One row per (kind of numbering, year); locked FOR UPDATE by the transaction that numbers a
-- document, so concurrent numbering serialises and a rolled-back number is never consumed.
CREATE TABLE reporter_nomor_counters (
    series      text NOT NULL,
    tahun       integer NOT NULL,
    last_seq    integer NOT NULL DEFAULT 0,
    PRIMARY KEY (series, tahun)
);

-- The nomor issued to an SOP instance's nota dinas (kept by every version of it).
CREATE TABLE reporter_nomor (
    instance_id uuid NOT NULL,
    series      text NOT NULL,
    tahun       integer NOT NULL,
    seq         integer NOT NULL,
    nomor       text NOT NULL UNIQUE,
    issued_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (instance_id, series),
    UNIQUE (series, tahun, seq)
);

-- Each paraf, signed by the reporter's key over (instance, step, version, document sha, who, when).
CREATE TABLE reporter_paraf (
    id          bigserial PRIMARY KEY,
    instance_id uuid NOT NULL,
    step        smallint NOT NULL,
    version     integer NOT NULL,
    user_id     integer NOT NULL,
    document_id bigint,
    doc_sha256  char(64) NOT NULL,
    at          timestamptz NOT NULL,
    statement   text NOT NULL,
    signature   text NOT NULL,
    algorithm   text NOT NULL,
    UNIQUE (instance_id, step, version)
);

CREATE TABLE reporter_deliveries (
    instance_id uuid NOT NULL,
    version     integer NOT NULL,
    channel     text NOT NULL,
    receipt     text NOT NULL,
    document_id bigint NOT NULL,
    at          timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (instance_id, version)
);
