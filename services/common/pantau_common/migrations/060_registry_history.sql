-- The registry kept in the web: the SPBE inventory's fields, deactivating a Perangkat Daerah,
-- and every change (from the web or an import) with who, when, and the rows before and after.

ALTER TABLE perangkat_daerah ADD COLUMN aktif boolean NOT NULL DEFAULT true;

ALTER TABLE applications ADD COLUMN klasifikasi text
    CHECK (klasifikasi IN ('layanan_publik', 'administrasi_pemerintahan'));
ALTER TABLE applications ADD COLUMN unit_pengembang text NOT NULL DEFAULT '';
ALTER TABLE applications ADD COLUMN tahun_operasi integer CHECK (tahun_operasi BETWEEN 1970 AND 2100);
ALTER TABLE applications ADD COLUMN penanggung_jawab text NOT NULL DEFAULT '';

CREATE TABLE registry_history (
    id          bigserial PRIMARY KEY,
    entity      text NOT NULL CHECK (entity IN ('perangkat_daerah', 'aplikasi')),
    entity_id   text NOT NULL,
    pd_id       text NOT NULL,
    change      text NOT NULL CHECK (change IN ('baru', 'diubah', 'dinonaktifkan', 'diaktifkan')),
    source      text NOT NULL CHECK (source IN ('web', 'impor')),
    actor_id    integer REFERENCES users(id),      -- NULL: the command-line import
    before      jsonb,                             -- NULL when the row was new
    after       jsonb NOT NULL,
    at          timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX registry_history_entity ON registry_history(entity, entity_id, id DESC);

-- The lists page through these: the status board and the registry by department and name,
-- the cycles newest first, and one application's checks (check_results_app) newest first.
CREATE INDEX applications_pd_nama ON applications(pd_id, nama);
CREATE INDEX sop_instances_created ON sop_instances(created_at DESC);
CREATE INDEX follow_ups_app_state ON follow_ups(app_id, state);

-- A registry workbook uploaded in the web: kept between its dry run and its application, so
-- that what is applied is exactly the file whose changes the official saw.
CREATE TABLE registry_imports (
    id          uuid PRIMARY KEY,
    filename    text NOT NULL,
    content     bytea NOT NULL,
    sha256      char(64) NOT NULL,
    uploaded_by integer NOT NULL REFERENCES users(id),
    uploaded_at timestamptz NOT NULL DEFAULT now(),
    applied_at  timestamptz
);
