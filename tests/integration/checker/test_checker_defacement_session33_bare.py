"""A defacer's bare page under the site's own title (session 33): black, a few lines, no link, nothing that plays and no
./handle, signed twice (a crew and a taunt) or once beside a handle glued to its "Mr.", through a whole check against
a real HTTP server on 127.0.0.1. The department's bare pages that name a hacker or a cyber team once (a notice of a
restore, a CSIRT's placeholder, a competition's announcement) stay clean."""

from __future__ import annotations

import pytest
from checker_servers import FakeSite, served_yesterday
from defaced_pages_s28 import headlined, story
from test_checker_gambling_session23 import security
from vendor_pages import Site, department_page

TITLE = "Dinas Kesehatan Kota Bekasi &#8211; Melayani dengan Sepenuh Hati"
DEFACED = ("tidak_diketahui", "isi halaman diganti orang lain (defacement): bukan isi aplikasi")


def bare_page(body: str, style: str = "background:#000;color:#fff;text-align:center") -> str:
    """Return an index.html of a few lines under the site's own title, with no link, no GIF and no music."""
    return (
        f'<!DOCTYPE html><html><head><meta charset="UTF-8"><title>{TITLE}</title></head>'
        f'<body style="{style}"><center>{body}</center></body></html>'
    )


BARE_DEFACED = [
    pytest.param(
        bare_page("<h1>Mr.Zeroo Was Here</h1><p>Admin tolong patch celah file manager anda</p>"), id="mr-was-here"
    ),
    pytest.param(
        bare_page('<h1 style="color:#f00">Bekasi Cyber Team</h1><h3>Stay Calm And Patch Your Site</h3>'),
        id="crew-patch",
    ),
    pytest.param(bare_page("<h1>HACKED</h1><h2>Mr.Zeroo</h2>"), id="hacked-mr"),
    pytest.param(bare_page("<h1>Mr.R00t</h1><p>Garuda Security Hacker</p>"), id="mr-hacker"),
    pytest.param(
        bare_page(
            "<h1>Indonesian Defacer Team</h1><p>Kami hanya ingin kalian sadar bahwa sistem kalian rentan dan harus "
            "segera diperbaiki oleh admin.</p>"
        ),
        id="defacer-team",
    ),
    pytest.param(
        bare_page(
            "<h1>Nothing Is Secure</h1><p>- Tangerang Cyber Squad -</p><p>Sorry admin, your site is my playground</p>"
        ),
        id="squad-sorry-admin",
    ),
    pytest.param(
        bare_page("<h1>Your Site Has Been Hijacked</h1><p>Team: Jakarta BlackHat</p>"), id="hijacked-blackhat"
    ),
]
BARE_NOTICES = [
    pytest.param(
        bare_page(
            "<h1>Website Sedang Dalam Pemulihan</h1><p>Situs ini sempat diganggu hacker pada 3 Desember 2026. Tim kami "
            "sedang memulihkan layanan. Mohon maaf atas ketidaknyamanannya.</p>",
            "text-align:center",
        ),
        id="restore-after-hacker",
    ),
    pytest.param(
        bare_page(
            "<h2>Bekasi Cyber Team</h2><p>Tim Tanggap Insiden Siber Kota Bekasi. Halaman ini sedang disiapkan. Laporan "
            "insiden: csirt@bekasikota.go.id, boleh anonymous.</p>",
            "text-align:center",
        ),
        id="csirt-placeholder",
    ),
    pytest.param(
        bare_page(
            "<h1>Bekasi Hacker Competition 2026</h1><p>Pendaftaran lomba Capture The Flag untuk pelajar SMA/SMK dibuka "
            "15 Desember 2026. Ketua panitia: Mr. Andi Wijaya.</p>"
        ),
        id="hacker-competition",
    ),
    pytest.param(
        bare_page(
            "<h1>Akses Ditolak</h1><p>Permintaan Anda terdeteksi sebagai upaya serangan hacker dan diblokir oleh "
            "firewall. Jika ini keliru, hubungi admin di 021-88xxxx.</p>",
            "text-align:center",
        ),
        id="firewall-block",
    ),
]


@pytest.mark.parametrize("html", BARE_DEFACED)
def test_a_defacers_bare_page_signed_twice_or_beside_a_mr_handle_is_a_critical_defacement(
    shared_site: FakeSite, html: str
) -> None:
    event = served_yesterday(shared_site, html)
    assert security(event) == {("defacement", "body"): "kritis"}
    assert (event.content.result, event.content.detail) == DEFACED


@pytest.mark.parametrize("html", BARE_NOTICES)
def test_a_departments_bare_notice_naming_a_hacker_or_a_cyber_team_once_is_clean(
    shared_site: FakeSite, html: str
) -> None:
    assert security(served_yesterday(shared_site, html)) == {}


def _widget(body: str) -> str:
    return f'<section class="widget widget_text"><div class="textwidget">{body}</div></section>'


SECTIONS_SIGNED = [
    pytest.param(_widget('<h2 style="color:red">./Mr.B4y Was Here</h2>'), id="widget-was-here"),
    pytest.param('<div style="background:#000;color:red"><h1>HACKED!!!</h1><p>./Mr.B0ss</p></div>', id="hacked-caps"),
    pytest.param(
        '<div style="position:fixed;top:0;left:0;width:100%;height:100%;background:#000;color:#fff;z-index:99999">'
        "<h1>Touched by ./Mr.X</h1><p>Patch your site admin</p></div>",
        id="overlay-touched",
    ),
]
SECTIONS_OF_THE_DEPARTMENT = [
    pytest.param(
        story(
            "Website SMPN 5 Bekasi Sempat Diretas, Kini Sudah Pulih",
            "Pada Selasa pagi tampilan situs sekolah berubah, muncul tulisan Touched by ./Mr.X di halaman depan. Tim "
            "Diskominfo segera memulihkan situs dari cadangan dan menutup celah pada formulir unggah.",
        ),
        id="news-of-a-hack-quoting-a-handle",
    ),
    pytest.param(
        story(
            "Panduan Memasang Aplikasi SIMPUS di Server Puskesmas",
            "Unduh paket, lalu jalankan ./install.sh atau ./Setup.exe sebagai admin. Crew IT puskesmas cukup "
            "menunggu hingga selesai. Terima kasih kepada relawan yang membantu uji coba.",
        ),
        id="install-guide",
    ),
]


@pytest.mark.parametrize("part", SECTIONS_SIGNED)
def test_a_handle_beside_a_defacers_weak_word_in_an_intact_page_is_a_critical_defacement(
    shared_site: FakeSite, part: str
) -> None:
    event = served_yesterday(shared_site, department_page(Site(main_extra=part)))
    assert security(event) == {("defacement", "visible"): "kritis"}


@pytest.mark.parametrize("html", SECTIONS_OF_THE_DEPARTMENT)
def test_a_handle_in_a_departments_news_or_guide_is_clean(shared_site: FakeSite, html: str) -> None:
    assert security(served_yesterday(shared_site, html)) == {}


# Narrowed after a red team: a person's "Mr.Name" after a role, in a notice of a restore or of an event, and a notice
# or an event's page that names a crew and a taunt, are a department's.
BARE_NOTICES_SIGNED_BY_A_PERSON = [
    pytest.param(
        bare_page(
            "<h2>Website Sedang Diperbaiki</h2><p>Website ini sempat di-hacked oleh pihak yang tidak bertanggung "
            "jawab. Saat ini sedang ditangani oleh admin (Mr.Dani, Diskominfostandi).</p>",
            "text-align:center",
        ),
        id="restore-handled-by-admin-mr",
    ),
    pytest.param(
        bare_page(
            "<h2>Survei Kepuasan Masyarakat</h2><p>Isian bersifat anonymous. Survei dibuka kembali Januari 2027. "
            "Koordinator: Mr.Eko</p>"
        ),
        id="survey-coordinator-mr",
    ),
    pytest.param(
        bare_page(
            "<h1>Ekskul Cyber Team</h1><p>Pendaftaran anggota baru dibuka 5-12 Januari 2027.</p><p>Pembina: Mr.Tono</p>"
        ),
        id="school-club-coach-mr",
    ),
    pytest.param(
        bare_page(
            "<h1>Bekasi Cyber Team</h1><p>Pelatihan Ethical Hacking untuk pengelola website OPD, 10-12 Desember 2026. "
            "Narasumber: Mr.Robert (CEH).</p><p>Halaman pendaftaran segera hadir.</p>"
        ).replace(TITLE, "Bekasi Cyber Team"),
        id="training-speaker-mr",
    ),
    pytest.param(
        bare_page("<h1>Karang Taruna Jatiasih</h1><p>Website sedang dibangun. Crew: Mr.Andi &amp; Mr.Budi.</p>"),
        id="youth-crew-mr",
    ),
    pytest.param(
        bare_page(
            "<h1>Under Construction</h1><p>Our old site was hacked last month. New website by Mr.Ryan coming soon.</p>"
        ),
        id="english-hacked-once-mr",
    ),
    pytest.param(
        bare_page(
            "<h1>Lomba Capture The Flag 2026</h1><p>Diselenggarakan oleh Bekasi Cyber Squad bersama Diskominfostandi. "
            "Tema: Defacer Team vs Blue Team. Pendaftaran dibuka 1 Januari 2027.</p>"
        ),
        id="ctf-squad-and-defacer-team",
    ),
    pytest.param(
        bare_page(
            "<h2>Pemberitahuan</h2><p>Akun media sosial Dinkes has been hijacked sejak 2 Desember 2026. Mohon abaikan "
            "pesan dari akun tersebut.</p><p>Cyber Team Diskominfostandi</p>",
            "text-align:center",
        ),
        id="social-account-hijacked-notice",
    ),
]


@pytest.mark.parametrize("html", BARE_NOTICES_SIGNED_BY_A_PERSON)
def test_a_bare_notice_naming_a_person_by_mr_or_a_crew_in_an_event_or_report_is_clean(
    shared_site: FakeSite, html: str
) -> None:
    assert security(served_yesterday(shared_site, html)) == {}


# Narrowed after a red team: news and write-ups quote a handle and its sign, their report's words further away.
SECTIONS_REPORTING_A_HANDLE = [
    pytest.param(
        story(
            "Peretasan Situs OPD Ditangani Diskominfo",
            "Halaman depan situs menampilkan HACKED!!! ./Mr.B0ss selama tiga jam sebelum dipulihkan. Tim teknis "
            "menutup celah pada plugin formulir dan mengganti seluruh kata sandi pengelola.",
        ),
        id="article-shown-for-three-hours",
    ),
    pytest.param(
        story(
            "Situs Sekolah Diretas Pelajar",
            "Pelaku yang memakai nama ./Mr.Gans Was Here mengaku iseng. Polisi masih menyelidiki asal serangan dan "
            "pihak sekolah sudah memperbarui sistemnya.",
        ),
        id="article-alias-was-here",
    ),
    pytest.param(
        story(
            "Write-up CTF: Soal Web Exploitation",
            "Flag ditemukan di /admin. Tim ./Mr.Kuro owned by root setelah privilege escalation lewat cron yang salah "
            "atur. Terima kasih kepada panitia lomba.",
        ),
        id="ctf-write-up",
    ),
    pytest.param(
        story(
            "Awas Modus Komentar Spam di Situs OPD",
            "Admin diminta menghapus komentar bertuliskan numpang lewat ./Mr.Gans yang berisi tautan mencurigakan, "
            "lalu menutup kolom komentar pada berita lama.",
        ),
        id="news-comment-spam",
    ),
    pytest.param(headlined("Touched by ./Mr.B4y, Website SMPN 99 Diretas Peretas"), id="headline-touched"),
]


@pytest.mark.parametrize("html", SECTIONS_REPORTING_A_HANDLE)
def test_a_handle_quoted_in_a_sentence_that_reports_it_is_clean(shared_site: FakeSite, html: str) -> None:
    assert security(served_yesterday(shared_site, html)) == {}


# Narrowed after a second red team: a notice of a hijacked account or of a security test, and an event's page, say
# what is being done ("sedang memproses pemulihan", "is handling", "penetration test oleh", "Pameran"); a report quotes
# a handle's line ("sempat tertulis 'HACKED ./Mr.Gh0st'") and a winners' list names it ("Juara 1: ./Mr.Fox was here").
BARE_NOTICES_OF_A_HIJACK_A_TEST_OR_AN_EVENT = [
    pytest.param(
        bare_page(
            "<h3>PENGUMUMAN</h3><p>Akun Instagram resmi @dishub.bekasi has been hijacked sejak 3 Desember 2026. Tim "
            "Cyber Squad Diskominfo sedang memproses pemulihan akun. Jangan tanggapi DM dari akun tersebut.</p>",
            "text-align:center",
        ),
        id="instagram-hijacked-notice",
    ),
    pytest.param(
        bare_page(
            "<h2>Official Notice</h2><p>Our Facebook page has been hijacked. Please do not respond to messages from "
            "it. Bekasi Cyber Squad is handling the case.</p>"
        ),
        id="facebook-hijacked-notice-english",
    ),
    pytest.param(
        bare_page(
            "<h2>Server Staging</h2><p>Just Security Test &mdash; penetration test oleh Tim Cyber Squad Diskominfo, "
            "1&ndash;5 Desember 2026.</p>"
        ),
        id="staging-penetration-test",
    ),
    pytest.param(
        bare_page("<h2>Mr.Bean Was Here</h2><p>Pameran Lilin Tokoh Dunia &mdash; Bekasi Cyber Park, Desember 2026</p>"),
        id="wax-figures-exhibition",
    ),
]


@pytest.mark.parametrize("html", BARE_NOTICES_OF_A_HIJACK_A_TEST_OR_AN_EVENT)
def test_a_bare_notice_of_a_hijack_a_test_or_an_event_is_clean(shared_site: FakeSite, html: str) -> None:
    assert security(served_yesterday(shared_site, html)) == {}


SECTIONS_QUOTING_OR_LISTING_A_HANDLE = [
    pytest.param(
        story(
            "Layanan PPID Kembali Normal",
            "Pada 2 Desember, laman PPID sempat tertulis 'HACKED ./Mr.Gh0st'. Tim TIK telah menangani dan seluruh "
            "dokumen informasi publik dapat diunduh kembali.",
        ),
        id="ppid-line-quoted",
    ),
    pytest.param(
        story(
            "Warga Melapor ke Kelurahan",
            "Kemarin malam warga melihat 'HACKED ./Mr.X' di laman kelurahan dan mengirim tangkapan layar ke nomor "
            "pengaduan. Laman kini normal kembali setelah diperiksa operator.",
        ),
        id="line-in-straight-quotes",
    ),
    pytest.param(
        department_page(
            Site(
                main_extra=_widget(
                    "<h2>Juara CTF Pelajar 2026</h2><p>Juara 1: ./Mr.Fox was here (SMKN 2)<br>Juara 2: ./ByteCrew "
                    "(SMAN 4)</p>"
                )
            )
        ),
        id="ctf-winners-widget",
    ),
]


@pytest.mark.parametrize("html", SECTIONS_QUOTING_OR_LISTING_A_HANDLE)
def test_a_handle_quoted_by_a_report_or_listed_among_winners_is_clean(shared_site: FakeSite, html: str) -> None:
    assert security(served_yesterday(shared_site, html)) == {}
