"""Back ends out of reach, as the stacks that are not PHP's say it, and two stand-ins of other servers.

Joomla 3's and 4's own page for a database it cannot reach ("500 - Database connection error (2002):
Could not connect to MySQL."), MySQL's "Too many connections" printed by a native app, Oracle's
"ORA-12541: TNS:no listener" in a page that still renders, a Node app's "connect ECONNREFUSED" (with
Node's own frames, "node:net:1555:16") and MongoDB's driver errors; Caddy's file browser (its listing
of a folder); GoDaddy's parked domain, an empty page its script fills.

The look-alikes: a data centre's guide that explains ORA- codes and ECONNREFUSED in its sentences, a
news item on an application's many visitors ("too many connections" in quotes), a department's page
that loads a script from GoDaddy's image host, and a folder's file list a department publishes.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from page_kinds import assert_kind

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "integration" / "checker"))
from stand_in_pages_real_web import department, small

from pantau_checker.core.page import parse_page
from pantau_checker.core.page_kind import classify, printed_error

URL = "https://simpeg.bekasikota.go.id/"

JOOMLA_3 = small(
    "Error: 500 Database connection error (2002): Could not connect to MySQL.",
    '<div class="error"><div id="outline"><div id="errorboxoutline">'
    '<div id="errorboxheader">500 - Database connection error (2002): Could not connect to MySQL.</div>'
    '<div id="errorboxbody"><p><strong>You may not be able to visit this page because of:</strong></p><ol>'
    "<li>an <strong>out-of-date bookmark/favourite</strong></li><li>a <strong>mistyped address</strong></li>"
    "</ol><p><strong>Please try one of the following pages:</strong></p><ul>"
    '<li><a href="/index.php" title="Go to the Home Page">Home Page</a></li></ul>'
    "<p>If difficulties persist, please contact the System Administrator of this site and report the error below."
    '</p><div id="techinfo"><p>Database connection error (2002): Could not connect to MySQL.</p></div>'
    "</div></div></div></div>",
)
JOOMLA_4 = small(
    "Error: Could not connect to MySQL server.",
    '<div class="container"><h1 class="page-header">An error has occurred.</h1>'
    '<blockquote><span class="badge bg-secondary">500</span> Could not connect to MySQL server.</blockquote>'
    '<p><a href="/index.php" class="btn btn-secondary">Home Page</a></p></div>',
)


@pytest.mark.parametrize("html", [JOOMLA_3, JOOMLA_4], ids=["joomla3", "joomla4"])
def test_joomlas_page_for_a_database_out_of_reach_is_galat_aplikasi(html: str) -> None:
    assert_kind(html, "galat_aplikasi", "Could not connect to MySQL")


@pytest.mark.parametrize(
    "message",
    ["Error: Too many connections", "Koneksi gagal: Too many connections", "Too many connections"],
)
def test_mysqls_too_many_connections_as_the_page_is_galat_aplikasi(message: str) -> None:
    assert_kind(small("", f"<p>{message}</p>"), "galat_aplikasi", "Too many connections")


ORACLE = "Warning: oci_connect(): ORA-12541: TNS:no listener"
NODE = (
    "Error: connect ECONNREFUSED 127.0.0.1:3306\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16)"
)
MONGO = "MongoServerSelectionError: connect ECONNREFUSED 127.0.0.1:27017"


@pytest.mark.parametrize(
    ("printed", "quoted"),
    [
        (ORACLE, "ORA-12541: TNS:no listener"),
        ("ORA-01017: invalid username/password; logon denied", "ORA-01017"),
        (NODE, "connect ECONNREFUSED 127.0.0.1:3306"),
        (MONGO, "MongoServerSelectionError: connect ECONNREFUSED"),
        ("MongoNetworkError: failed to connect to server [localhost:27017] on first connect", "MongoNetworkError"),
    ],
)
def test_a_back_ends_error_printed_in_a_page_that_still_renders_is_found(printed: str, quoted: str) -> None:
    page = parse_page(department(main_extra=f"<pre>{printed}</pre>"), URL)
    assert classify(page).is_app
    found = printed_error(page)
    assert found is not None and quoted in found.evidence


@pytest.mark.parametrize(
    ("printed", "quoted"), [(NODE, "connect ECONNREFUSED"), (MONGO, "MongoServerSelectionError"), (ORACLE, "ORA-12541")]
)
def test_a_back_ends_error_as_the_whole_page_is_galat_aplikasi(printed: str, quoted: str) -> None:
    assert_kind(small("", f"<pre>{printed}</pre>"), "galat_aplikasi", quoted)


def test_a_guide_that_explains_the_codes_is_the_application() -> None:
    guide = (
        '<article class="post"><h1>Panduan Mengatasi Gangguan Koneksi Basis Data</h1>'
        "<p>Jika aplikasi menampilkan pesan seperti ORA-12541: TNS:no listener, berarti layanan listener Oracle di"
        " server basis data belum berjalan. Hubungi tim pusat data.</p>"
        "<p>Pada aplikasi Node.js, pesan connect ECONNREFUSED 127.0.0.1:3306 menandakan MySQL tidak menerima"
        " koneksi. Periksa apakah layanan MySQL aktif.</p>"
        "<p>Saat jam sibuk, aplikasi SIMPEG sempat melayani 4.000 pegawai sekaligus tanpa pesan"
        " &ldquo;Too many connections&rdquo;.</p></article>"
    )
    page = parse_page(department(main=guide), URL)
    assert classify(page).is_app
    assert printed_error(page) is None


CADDY_BROWSE = small(
    "/arsip/",
    '<header><div class="breadcrumbs">Folder Path</div><h1><a href="../">/</a><a href="./">arsip</a>/</h1></header>'
    '<main><div class="meta"><div id="summary"><span class="meta-item"><b>2</b> directories</span>'
    '<span class="meta-item"><b>3</b> files</span></div></div><div class="listing">'
    '<table aria-describedby="summary"><thead><tr><th></th><th><a href="?sort=name&amp;order=desc">Name</a></th>'
    '<th><a href="?sort=size&amp;order=asc">Size</a></th><th class="hideable"><a href="?sort=time&amp;order=asc">'
    "Modified</a></th></tr></thead><tbody>"
    + "".join(
        f'<tr class="file"><td></td><td><a href="./{name}"><span class="name">{name}</span></a></td>'
        f'<td data-order="{size}">{size} B</td><td class="timestamp hideable">'
        f'<time datetime="2026-11-0{i + 1}T10:00:00Z">11/0{i + 1}/2026 10:00:00 AM +00:00</time></td></tr>'
        for i, (name, size) in enumerate((("backup-db.sql.gz", 48213), ("config.php.bak", 2120), ("dump.zip", 9000)))
    )
    + '</tbody></table></div></main><footer>Served with <a rel="noopener noreferrer" href="https://caddyserver.com">'
    "Caddy</a></footer>",
)


def test_caddys_file_browser_is_a_directory_listing() -> None:
    assert_kind(CADDY_BROWSE, "daftar_direktori", "/arsip/")


GODADDY_PARKED = (
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>dinkes-bekasi.com</title>'
    '<meta name="viewport" content="width=device-width, initial-scale=1">'
    '<link rel="preconnect" href="https://img1.wsimg.com">'
    '<script>window.LANDER_SYSTEM="PW"</script></head><body><div id="contentMain"></div>'
    '<script type="text/javascript" src="https://img1.wsimg.com/parking-lander/static/js/main.e5b2b62b.js"></script>'
    "</body></html>"
)


def test_godaddys_parked_domain_page_is_domain_parkir() -> None:
    assert_kind(GODADDY_PARKED, "domain_parkir", "wsimg.com/parking-lander/")


def test_a_department_page_with_a_script_from_godaddys_image_host_is_the_application() -> None:
    head = '<script src="https://img1.wsimg.com/signals/js/clients/scc-c2/scc-c2.min.js"></script>'
    assert classify(parse_page(department(head=head), URL)).is_app
