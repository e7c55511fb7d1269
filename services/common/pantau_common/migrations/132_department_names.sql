-- The status board and the registry list applications by department name, then name. With the
-- departments in name order, a page is read department by department (applications_pd) and only
-- the rows shown are sorted, instead of sorting the whole registry for each page of 50.
CREATE INDEX perangkat_daerah_nama ON perangkat_daerah (nama);
