"""The sixteenth round's new exemptions read again (December 2026): what they let through, what they still excuse.

A maintenance notice that a theme renders as a post (a WordPress page over the home page, in an ``<article>`` with
its date under its heading) had come to read as a post explaining maintenance: a maintenance plugin's heading ("Kami
Akan Segera Kembali", "Website Sedang Diperbarui", "Kami Sedang Berbenah"), the site naming itself over its notice,
and a notice that apologises first thing under its date are notices again. The articles that explain a notice stay
the site's posts (``test_checker_notices_session35``). An empty body whose ``Refresh`` header names the page itself
is loaded again, empty: a white page still.
"""

from __future__ import annotations

import pytest
from checker_servers import (
    FakeSite,
    Reply,
    assert_application,
    assert_stand_in,
    checked,
    modified_yesterday,
    served_yesterday,
)
from vendor_pages import Site, days_ago, department_page, tanggal

_NOTICE = (
    "<p>Mohon maaf, website Dinas Kesehatan Kota Bekasi sedang dalam pemeliharaan sistem. Silakan kembali beberapa"
    " saat lagi.</p><p>Terima kasih atas pengertian Anda.</p>"
)
_STATED = "<p>Website sedang dalam pemeliharaan sistem. Silakan kembali beberapa saat lagi.</p>"


def _as_a_post(heading: str, byline: str, body: str) -> str:
    """Return the department's theme showing one page in an ``<article>``, its date as text under its heading."""
    return department_page(
        Site(
            main=f"""<main class="site-main"><article class="post type-post status-publish hentry">
<header class="entry-header"><h1 class="entry-title">{heading}</h1><div class="entry-meta">{byline}</div></header>
<div class="entry-content">{body}</div></article></main>"""
        )
    )


def _dated(n: int) -> str:
    return tanggal(days_ago(n), with_weekday=True)


@pytest.mark.parametrize(
    ("html", "quoted"),
    [
        pytest.param(
            _as_a_post("Kami Akan Segera Kembali", f"Diposting pada {_dated(3)} oleh admin", _NOTICE),
            "Kami Akan Segera Kembali",
            id="plugin-heading-be-back-soon",
        ),
        pytest.param(
            _as_a_post("Website Sedang Diperbarui", _dated(3), _STATED),
            "Website Sedang Diperbarui",
            id="plugin-heading-being-updated",
        ),
        pytest.param(
            _as_a_post("Kami Sedang Berbenah", f"Oleh Admin pada {_dated(2)}", _STATED),
            "Kami Sedang Berbenah",
            id="plugin-heading-tidying-up",
        ),
        pytest.param(
            _as_a_post("Website Dinas Kesehatan Kota Bekasi", _dated(3), _STATED),
            "Website sedang dalam pemeliharaan",
            id="site-naming-itself",
        ),
        pytest.param(
            _as_a_post("Peningkatan Layanan Daring Dinas Kesehatan", f"Admin | {_dated(4)}", _NOTICE),
            "sedang dalam pemeliharaan",
            id="apology-first-under-the-date",
        ),
    ],
)
def test_a_maintenance_notice_the_theme_renders_as_a_post_stays_dalam_pemeliharaan(
    site, html: str, quoted: str
) -> None:  # type: ignore[no-untyped-def]
    assert_stand_in(served_yesterday(site, html), "dalam_pemeliharaan", quoted)


@pytest.mark.parametrize(
    "html",
    [
        pytest.param(
            _as_a_post(
                "Mengenal Pesan Error 503 pada Layanan Daring",
                f"Diposting pada {_dated(3)}",
                "<p>Pesan 503 berarti server sedang dalam pemeliharaan atau terlalu sibuk. Saat Anda melihat"
                " \u201cWebsite sedang dalam pemeliharaan\u201d, tunggu beberapa saat.</p>",
            ),
            id="article-explaining-503",
        ),
        pytest.param(
            _as_a_post(
                "Layanan SIMPUS Kembali Normal Setelah Gangguan",
                f"Diposting pada {_dated(3)}",
                "<p>Warga sempat tidak dapat mendaftar karena aplikasi dalam pemeliharaan; kini layanan telah pulih"
                " dan antrean daring dibuka kembali.</p>",
            ),
            id="news-of-a-past-outage",
        ),
    ],
)
def test_a_post_about_maintenance_stays_the_application(site, html: str) -> None:  # type: ignore[no-untyped-def]
    assert_application(served_yesterday(site, html))


@pytest.mark.parametrize("refresh", ["0; url=/", "1; URL='http://dinkes.bekasikota.go.id:{port}/'"])
def test_an_empty_page_whose_refresh_header_names_the_page_itself_is_still_a_white_page(refresh: str) -> None:
    # The browser loads the same empty body again, and again: the visitor sees a white page.
    with FakeSite() as site:
        site.route("*", "/", Reply(200, "", {"Refresh": refresh.format(port=site.port), **modified_yesterday()}))
        event = checked(site)
    assert (event.availability, event.reason) == ("tidak_aktif", "galat_aplikasi")
    assert "halaman kosong" in (event.reason_detail or "")
