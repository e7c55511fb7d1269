"""Errors printed into a department's page that still renders, through a whole check: the
application stays aktif, and the error is a finding that quotes it. Real HTTP servers on 127.0.0.1."""

from __future__ import annotations

import pytest
from checker_servers import Reply, make_checker
from test_checker_gambling import app, check
from vendor_pages import Site, department_page

SQL_SYNTAX = (
    "<div class='widget pengumuman'><h3>Pengumuman</h3>You have an error in your SQL syntax; check the manual that "
    "corresponds to your MySQL server version for the right syntax to use near 'DESC LIMIT 5' at line 1</div>"
)
MISSING_TABLE = "<div class='widget agenda'><h3>Agenda</h3>Table 'db_dinkes.agenda' doesn't exist</div>"
EXPRESS_TRACE = (
    "<pre>TypeError: Cannot read properties of undefined (reading 'map')\n"
    "    at /srv/portal/routes/berita.js:18:27\n"
    "    at Layer.handle [as handle_request] (/srv/portal/node_modules/express/lib/router/layer.js:95:5)</pre>"
)

# A guest book's insert that failed (MySQL 1062), a PostgreSQL query on a table not there, CodeIgniter 4's exception.
DUPLICATE_ENTRY = (
    "<div class='widget bukutamu'><h3>Buku Tamu</h3>Duplicate entry '2026-12-04-17' for key 'PRIMARY'</div>"
)
PG_NO_RELATION = (
    "<div class='widget agenda'><h3>Agenda</h3>ERROR:  relation \"agenda_kegiatan\" does not exist\nLINE 1: SELECT * "
    "FROM agenda_kegiatan ORDER BY tanggal DESC</div>"
)
CI4_EXCEPTION = (
    "<div class='widget pengumuman'><h3>Pengumuman</h3>CodeIgniter\\Database\\Exceptions\\DatabaseException: Unable to"
    " connect to the database.</div>"
)
# A WebForms application that catches the exception of a part and prints it into its label.
DOTNET_EXCEPTION = (
    "<div class='widget rekap'><h3>Rekap Anggaran</h3><span id='lblError' style='color:Red;'>System.NullReference"
    "Exception: Object reference not set to an instance of an object.</span></div>"
)


@pytest.mark.parametrize(
    ("printed", "quoted"),
    [
        pytest.param(SQL_SYNTAX, "You have an error in your SQL syntax", id="mysql-syntax"),
        pytest.param(MISSING_TABLE, "Table 'db_dinkes.agenda' doesn't exist", id="missing-table"),
        pytest.param(EXPRESS_TRACE, "TypeError: Cannot read properties of undefined", id="express-trace"),
        pytest.param(DOTNET_EXCEPTION, "System.NullReferenceException: Object reference", id="dotnet-exception"),
        pytest.param(DUPLICATE_ENTRY, "Duplicate entry '2026-12-04-17' for key 'PRIMARY'", id="mysql-duplicate-entry"),
        pytest.param(PG_NO_RELATION, 'relation "agenda_kegiatan" does not exist', id="postgresql-no-relation"),
        pytest.param(
            CI4_EXCEPTION, "CodeIgniter\\Database\\Exceptions\\DatabaseException", id="codeigniter4-exception"
        ),
    ],
)
def test_an_error_printed_in_a_rendered_page_is_a_finding_and_the_app_stays_aktif(site, printed: str, quoted: str):  # type: ignore[no-untyped-def]
    site.route("*", "/", Reply(200, department_page(Site(main_extra=printed))))
    event = check(make_checker(site.port), app(site.port))
    assert event.availability == "aktif"
    [finding] = [f for f in event.findings if f.code == "galat_aplikasi_tampil"]
    assert (finding.severity, finding.location) == ("sedang", "visible")
    assert quoted in finding.evidence
