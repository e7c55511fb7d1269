"""Frames and external scripts on a department's home page, through a whole check.

Attackers who cannot (or need not) rewrite a page put another site in it: a ``<frameset>`` whose
frame shows the gambling site under the government's address, a full-screen ``<iframe>`` laid over
the page, a one-pixel ``<iframe>`` that loads the gambling site unseen, a ``<script src>`` from the
gambling host. Departments embed other sites too (a YouTube video, a Google map, Google Tag
Manager's ``<noscript>`` frame, a Facebook page, the city's portal widget, their own application at
full size): none of those is a finding. Real HTTP servers on 127.0.0.1; no Kafka, no PostgreSQL.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from checker_servers import Reply, make_checker
from test_checker_gambling import app, check, codes, gambling
from vendor_pages import Site, department_page

TOGEL = "https://bandar-togel88.example/?ref=dinkes"
SLOT_FRAME = "https://slot-gacor-maxwin.example/daftar"
TITLE = "Dinas Kesehatan Kota Bekasi"
# The embeds of a department's page as vendors write them.
YOUTUBE = (
    '<div class="video-profil"><h3>Video Profil Dinas</h3><iframe width="560" height="315" '
    'src="https://www.youtube.com/embed/dQw4w9WgXcQ?si=abc" title="YouTube video player" frameborder="0" '
    'allow="accelerometer; autoplay; clipboard-write; encrypted-media" allowfullscreen></iframe></div>'
)
MAP = (
    '<div class="peta-lokasi"><h3>Lokasi Kantor</h3><iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12'
    '!1m3!1d3965.9!2d107.0!3d-6.2" width="100%" height="300" style="border:0;" allowfullscreen="" loading="lazy" '
    'referrerpolicy="no-referrer-when-downgrade"></iframe></div>'
)
GTM = (
    '<noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-5XK9Q2P" height="0" width="0" '
    'style="display:none;visibility:hidden"></iframe></noscript>'
)
FACEBOOK = (
    '<iframe src="https://www.facebook.com/plugins/page.php?href=https%3A%2F%2Fwww.facebook.com%2Fdinkeskotabekasi'
    '&tabs=timeline&width=340&height=500" width="340" height="500" style="border:none;overflow:hidden" '
    'scrolling="no" frameborder="0" allowfullscreen="true"></iframe>'
)
PORTAL_WIDGET = (
    '<iframe src="https://bekasikota.go.id/widget/agenda-kota" width="100%" height="100%" '
    'style="position:fixed;top:0;left:0;width:100%;height:100%;display:none" id="agenda-popup"></iframe>'
)


def frameset(src: str) -> str:
    """Return a page that is nothing but a frame: the domain forwarding of a hosting panel, or an attacker's."""
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Frameset//EN" "http://www.w3.org/TR/html4/frameset.dtd">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>{TITLE}</title>
<meta name="description" content="Website resmi Dinas Kesehatan Kota Bekasi">
<meta name="keywords" content="dinkes, kesehatan, bekasi">
</head>
<frameset rows="100%,*" border="0" frameborder="0" framespacing="0">
  <frame src="{src}" name="main" noresize scrolling="auto">
  <noframes>
    <body><p>Browser Anda tidak mendukung frame. <a href="{src}">Klik di sini</a>.</p></body>
  </noframes>
</frameset>
</html>
"""


def hijacks(event):  # type: ignore[no-untyped-def]
    return [f for f in event.findings if f.code == "pengalihan_asing"]


def test_a_one_pixel_iframe_loading_a_gambling_site_is_critical_hidden_gambling(site):  # type: ignore[no-untyped-def]
    injected = f'<iframe src="{SLOT_FRAME}" width="1" height="1" frameborder="0" style="visibility:hidden"></iframe>'
    site.route("*", "/", Reply(200, department_page(Site(body_end=GTM + injected))))
    event = check(make_checker(site.port), app(site.port))
    assert event.availability == "aktif"
    assert gambling(event) == {"hidden": "kritis"}


def test_a_frameset_showing_a_gambling_site_in_the_departments_place_is_a_critical_hijack(site):  # type: ignore[no-untyped-def]
    site.route("*", "/", Reply(200, frameset(TOGEL)))
    event = check(make_checker(site.port), app(site.port))
    [hijack] = hijacks(event)
    assert (hijack.severity, hijack.location) == ("kritis", "body")
    assert hijack.evidence == f"halaman menampilkan situs lain di tempatnya (bingkai) dari {TOGEL}"


def test_a_full_screen_iframe_laid_over_the_page_is_a_critical_hijack(site):  # type: ignore[no-untyped-def]
    overlay = (
        f'<iframe src="{TOGEL}" style="position:fixed;top:0;left:0;width:100%;height:100%;border:none;'
        'z-index:2147483647;background:#fff"></iframe>'
    )
    site.route("*", "/", Reply(200, department_page(Site(body_end=YOUTUBE + overlay))))
    event = check(make_checker(site.port), app(site.port))
    assert [(f.severity, f.location) for f in hijacks(event)] == [("kritis", "body")]


def test_the_embeds_departments_use_and_their_own_frames_are_no_finding(site):  # type: ignore[no-untyped-def]
    own_app = '<iframe src="/sipd/" width="100%" height="100%" style="border:0;min-height:900px"></iframe>'
    main_extra = YOUTUBE + MAP + FACEBOOK + own_app
    site.route("*", "/", Reply(200, department_page(Site(body_top=GTM, main_extra=main_extra, body_end=PORTAL_WIDGET))))
    site.route("*", "/lama", Reply(200, frameset("https://dinkes.bekasikota.go.id/")))
    checker = make_checker(site.port)
    assert codes(check(checker, app(site.port))) == set()
    moved = replace(app(site.port), url=f"http://dinkes-lama.bekasikota.go.id:{site.port}/lama")
    assert codes(check(checker, moved)) == set()


@pytest.mark.parametrize(
    "script",
    [
        '<script src="https://cdn.slot-gacor88.example/js/jquery.min.js"></script>',
        '<script type="text/javascript" src="//judi-bola-online.example/wp-includes/js/jquery/jquery-migrate.min.js">'
        "</script>",
    ],
)
def test_a_script_loaded_from_a_gambling_host_is_critical(site, script: str):  # type: ignore[no-untyped-def]
    site.route("*", "/", Reply(200, department_page(Site(body_end=script))))
    event = check(make_checker(site.port), app(site.port))
    assert gambling(event) == {"script": "kritis"}


def test_a_page_that_is_only_a_frame_of_another_site_is_a_lesser_hijack(site):  # type: ignore[no-untyped-def]
    # The hosting panel's masked forwarding: the address stays the government's, the content is elsewhere.
    masked = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{TITLE}</title>
<style>html, body {{ margin: 0; padding: 0; height: 100%; overflow: hidden; }}</style></head>
<body><iframe src="https://dinkes-bekasi.blogspot.com/" width="100%" height="100%" frameborder="0"></iframe></body>
</html>"""
    site.route("*", "/", Reply(200, masked))
    event = check(make_checker(site.port), app(site.port))
    [hijack] = hijacks(event)
    assert (hijack.severity, hijack.location) == ("sedang", "body")
    assert hijack.evidence == "halaman hanya berisi bingkai situs lain dari https://dinkes-bekasi.blogspot.com/"


def test_a_page_of_one_iframe_sized_by_its_stylesheet_is_another_sites_page(site):  # type: ignore[no-untyped-def]
    """A defacer keeps the department's title and puts its own page in a lone ``<iframe>``, sized to the window by
    the page's stylesheet (``html,body,iframe{height:100%}``), not by the frame's attributes: before, no finding."""
    page = f"""<!DOCTYPE html><html><head><meta charset="UTF-8"><title>{TITLE}</title>
<style>html,body,iframe{{margin:0;padding:0;width:100%;height:100%;border:0;overflow:hidden}}</style></head>
<body><iframe src="https://pastebin-deface.example/mrgrey.html"></iframe></body></html>"""
    site.route("*", "/", Reply(200, page))
    event = check(make_checker(site.port), app(site.port))
    assert [(f.severity, f.location) for f in hijacks(event)] == [("sedang", "body")]
    assert "pastebin-deface.example" in hijacks(event)[0].evidence


def embedding_page(title: str, frame: str, heading: str = "") -> str:
    """Return a page of a department's one dashboard, survey or live stream, as its vendor writes it: the service's
    frame, a fixed height and the width of the page, under the page's heading or none."""
    return f"""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<link rel="stylesheet" href="/assets/bootstrap/css/bootstrap.min.css">
<link rel="stylesheet" href="/assets/css/style.css">
</head>
<body><div class="container-fluid">{heading}{frame}</div>
<script src="/assets/js/jquery.min.js"></script><script src="/assets/bootstrap/js/bootstrap.bundle.min.js"></script>
</body></html>"""


@pytest.mark.parametrize(
    ("title", "frame", "heading"),
    [
        pytest.param(
            "Dashboard Satu Data",
            '<iframe src="https://lookerstudio.google.com/embed/reporting/5c1b2a7e/page/p_x1" width="100%" '
            'height="900" frameborder="0" style="border:0" allowfullscreen '
            'sandbox="allow-storage-access-by-user-activation allow-scripts allow-same-origin"></iframe>',
            "",
            id="looker-studio",
        ),
        pytest.param(
            "Dashboard Kemiskinan",
            '<iframe title="Dashboard Kemiskinan" width="100%" height="900" '
            'src="https://app.powerbi.com/view?r=eyJrIjoiNWQ2YjAxZTMtNmI0Yy00" frameborder="0" '
            'allowFullScreen="true"></iframe>',
            "",
            id="power-bi",
        ),
        pytest.param(
            "Peta Rawan Banjir",
            '<iframe width="100%" height="900" frameborder="0" '
            'src="https://bekasikota.maps.arcgis.com/apps/dashboards/7f3e2c1d9a" title="Peta Rawan Banjir"></iframe>',
            "",
            id="arcgis",
        ),
        pytest.param(
            "Satu Data",
            '<iframe src="https://public.tableau.com/views/IPMKotaBekasi/Dashboard1?:showVizHome=no&:embed=true" '
            'width="100%" height="900"></iframe>',
            "",
            id="tableau-public",
        ),
        pytest.param(
            "Survei Kepuasan Masyarakat - Kecamatan Bekasi Utara",
            '<iframe src="https://docs.google.com/forms/d/e/1FAIpQLSfX2k9/viewform?embedded=true" width="100%" '
            'height="2000" frameborder="0" marginheight="0" marginwidth="0">Memuat…</iframe>',
            '<h3 class="text-center">SKM Kecamatan Bekasi Utara</h3>',
            id="google-form-under-its-heading",
        ),
        pytest.param(
            "Live Streaming Rapat Paripurna",
            '<iframe width="100%" height="720" src="https://www.youtube.com/embed/live_stream?channel=UCq3bT8x" '
            'title="YouTube video player" frameborder="0" allowfullscreen></iframe>',
            "",
            id="youtube-live",
        ),
        pytest.param(
            "Peta Tata Ruang",
            '<iframe src="https://experience.arcgis.com/experience/3c7a9e1f5b2d4a6c" width="100%" height="900" '
            'frameborder="0" allowfullscreen></iframe>',
            "",
            id="arcgis-experience-builder",
        ),
        pytest.param(
            "Renstra Dinas Kesehatan 2026-2031",
            '<iframe src="https://drive.google.com/file/d/1Q8xRenstraDinkes2026/preview" width="100%" height="1100" '
            'allow="autoplay"></iframe>',
            '<h3 class="text-center">Rencana Strategis 2026-2031</h3>',
            id="drive-file-preview",
        ),
        pytest.param(
            "Arsip Dokumen PPID",
            '<iframe src="https://drive.google.com/embeddedfolderview?id=1PpidDinkesArsip#list" width="100%" '
            'height="900" frameborder="0"></iframe>',
            "",
            id="drive-folder",
        ),
        pytest.param(
            "Survei Kepuasan Layanan Perizinan",
            '<iframe width="100%" height="1200px" src="https://forms.office.com/Pages/ResponsePage.aspx?'
            'id=DQSIkWdsW0yxEjajBLZtrQAAAAAAAAAAAAN__hX8rVZUN0dLS0lHUjQ4&embed=true" frameborder="0" '
            'marginwidth="0" marginheight="0" style="border: none; max-width:100%; max-height:100vh" allowfullscreen '
            "webkitallowfullscreen mozallowfullscreen msallowfullscreen> </iframe>",
            '<h2 class="text-center mt-3">Survei Kepuasan Masyarakat DPMPTSP</h2>',
            id="microsoft-forms",
        ),
        pytest.param(
            "Infografis APBD 2026",
            '<div class="flourish-embed flourish-chart" data-src="visualisation/18273645">'
            '<iframe src="https://flo.uri.sh/visualisation/18273645/embed" title="Interactive or visual content" '
            'class="flourish-embed-iframe" frameborder="0" scrolling="no" style="width:100%;height:600px;" '
            'sandbox="allow-same-origin allow-forms allow-scripts allow-downloads allow-popups"></iframe></div>',
            "",
            id="flourish",
        ),
        pytest.param(
            "Angka Kemiskinan Kota Bekasi",
            '<iframe title="Persentase Penduduk Miskin Kota Bekasi 2019-2026" aria-label="Grafik garis" '
            'id="datawrapper-chart-Xk3Pq" src="https://datawrapper.dwcdn.net/Xk3Pq/4/" scrolling="no" frameborder="0" '
            'style="width: 0; min-width: 100% !important; border: none;" height="480" data-external="1"></iframe>',
            '<h3 class="text-center">Angka Kemiskinan</h3>',
            id="datawrapper",
        ),
        pytest.param(
            "Video Profil Kota Bekasi",
            '<iframe src="https://player.vimeo.com/video/912345678?h=3f9a2b1c7d&title=0&byline=0&portrait=0" '
            'width="100%" height="720" frameborder="0" allow="autoplay; fullscreen; picture-in-picture" '
            "allowfullscreen></iframe>",
            "",
            id="vimeo",
        ),
        pytest.param(
            "Infografis Layanan Adminduk",
            '<div style="position: relative; width: 100%; height: 0; padding-top: 141.4286%; overflow: hidden; '
            'border-radius: 8px;"><iframe loading="lazy" style="position: absolute; width: 100%; height: 100%; '
            'top: 0; left: 0; border: none; padding: 0;margin: 0;" '
            'src="https://www.canva.com/design/DAGWq3xY1zA/view?embed" allowfullscreen="allowfullscreen" '
            'allow="fullscreen"></iframe></div>',
            '<h3 class="text-center">Alur Layanan Adminduk</h3>',
            id="canva-design-under-its-heading",
        ),
    ],
)
def test_a_page_of_one_embed_of_a_service_departments_publish_with_is_no_finding(  # type: ignore[no-untyped-def]
    site, title: str, frame: str, heading: str
):
    """A department's page of one Looker Studio or Power BI dashboard, one survey (a Google Form) or one live stream
    is its own content, not another site put in its place: before, a "page of only a frame of another site"."""
    site.route("*", "/", Reply(200, embedding_page(title, frame, heading)))
    event = check(make_checker(site.port), app(site.port))
    assert event.availability == "aktif"
    assert codes(event) == set()


@pytest.mark.parametrize(
    "src",
    [
        # An attacker's site in the page's place, on a host anyone may publish on, or at a look-alike of a service's.
        "https://sites.google.com/view/dinkes-bekasi-resmi/beranda",
        "https://lookerstudio.google.com.laporan-dinkes.example/embed/reporting/abc",
        "https://www.youtube.com.live-bekasi.example/embed/live_stream",
        # A service's page that is no address for embedding: the service refuses a frame of it.
        "https://www.youtube.com/@dinkeskotabekasi/live",
    ],
)
def test_a_page_of_one_frame_of_any_other_address_is_still_another_sites_page(site, src: str):  # type: ignore[no-untyped-def]
    frame = f'<iframe src="{src}" width="100%" height="900" frameborder="0"></iframe>'
    site.route("*", "/", Reply(200, embedding_page(TITLE, frame)))
    event = check(make_checker(site.port), app(site.port))
    assert [(f.severity, f.location) for f in hijacks(event)] == [("sedang", "body")]
    assert src in hijacks(event)[0].evidence


def test_a_whole_page_frame_of_a_gambling_page_on_an_embedding_service_is_still_a_hijack(site):  # type: ignore[no-untyped-def]
    src = "https://docs.google.com/document/d/e/2PACX-1vQ/pub?embedded=true&judul=slot-gacor-maxwin-hari-ini"
    masked = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{TITLE}</title>
<style>html, body {{ margin: 0; padding: 0; height: 100%; overflow: hidden; }}</style></head>
<body><iframe src="{src}" width="100%" height="100%" frameborder="0"></iframe></body>
</html>"""
    site.route("*", "/", Reply(200, masked))
    event = check(make_checker(site.port), app(site.port))
    assert [(f.severity, f.location) for f in hijacks(event)] == [("sedang", "body")]


def full_screen_page(title: str, src: str, laid: str = "position:fixed;inset:0;width:100%;height:100%") -> str:
    """Return a page that shows one dashboard, survey or live stream full screen, as its vendor writes it: the
    service's frame laid over the whole window, and nothing beside it."""
    return f"""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<link rel="icon" href="/assets/img/logo-kota-bekasi.png">
<style>html, body {{ margin: 0; padding: 0; height: 100%; overflow: hidden; }}</style>
</head>
<body><iframe title="{title}" src="{src}" style="{laid};border:0" frameborder="0" allowfullscreen></iframe></body>
</html>"""


@pytest.mark.parametrize(
    "page",
    [
        pytest.param(
            full_screen_page(
                "Dashboard Data Stunting Kota Bekasi",
                "https://lookerstudio.google.com/embed/reporting/5c1b2a7e-9d3f/page/p_x1",
            ),
            id="looker-studio-fixed-inset",
        ),
        pytest.param(
            full_screen_page(
                "Peta Rawan Banjir",
                "https://bekasikota.maps.arcgis.com/apps/dashboards/7f3e2c1d9a",
                "position:absolute;top:0;left:0;width:100%;height:100%",
            ),
            id="arcgis-absolute",
        ),
        pytest.param(
            full_screen_page(
                "Live Streaming Rapat Paripurna DPRD Kota Bekasi",
                "https://www.youtube.com/embed/live_stream?channel=UCq3bT8x&autoplay=1",
                "position:fixed;top:0;left:0;width:100vw;height:100vh",
            ),
            id="youtube-live-fixed",
        ),
        pytest.param(
            full_screen_page(
                "Rekap Penerima Bansos", "https://docs.google.com/spreadsheets/d/e/2PACX-1vR/pubhtml?widget=true"
            ),
            id="published-sheet",
        ),
        pytest.param(
            full_screen_page(
                "Renstra 2026-2031",
                "https://docs.google.com/viewer?url=https://dinkes.bekasikota.go.id/uploads/renstra-2026.pdf"
                "&embedded=true",
            ),
            id="own-pdf-in-googles-viewer",
        ),
        pytest.param(frameset("https://app.powerbi.com/view?r=eyJrIjoiNWQ2YjAxZTMtNmI0Yy00"), id="power-bi-frameset"),
        pytest.param(
            full_screen_page(
                "Pemilihan Duta Wisata Kota Bekasi 2026 - Live",
                "https://player.vimeo.com/video/912345678?autoplay=1&muted=1",
                "position:fixed;top:0;left:0;width:100vw;height:100vh",
            ),
            id="vimeo-fixed",
        ),
        pytest.param(
            full_screen_page("Live Streaming HUT Kota Bekasi ke-29", "https://vimeo.com/event/3456789/embed"),
            id="vimeo-live-event",
        ),
        pytest.param(
            full_screen_page(
                "Dashboard Stunting Kota Bekasi", "https://public.flourish.studio/visualisation/16234567/"
            ),
            id="flourish-public-visualisation",
        ),
    ],
)
def test_a_dashboard_shown_full_screen_from_a_service_departments_publish_with_is_no_finding(site, page: str):  # type: ignore[no-untyped-def]
    """A department shows its dashboard or live stream full screen: the service's frame laid over the whole window
    with nothing beside it, or a frameset of it alone. Before, "the page shows another site in its place" (kritis)."""
    site.route("*", "/", Reply(200, page))
    event = check(make_checker(site.port), app(site.port))
    assert event.availability == "aktif"
    assert codes(event) == set()


@pytest.mark.parametrize(
    "src",
    [
        # A look-alike of a service the department embeds with.
        "https://lookerstudio.google.com.laporan-dinkes.example/embed/reporting/abc",
        "https://player.vimeo.com.bekasi-live.example/video/912345678",
        # A document anyone writes (a Canva design, as a published Doc): the attacker's page under the address.
        "https://www.canva.com/design/DAFq7xZ/view?embed",
        # So is a Flourish story: slides of free text and pictures.
        "https://flo.uri.sh/story/2999999/embed",
        "https://public.flourish.studio/story/2999999/",
        # A document anyone writes (a published Doc, a file on Drive): the attacker's gambling page under the address.
        "https://docs.google.com/document/d/e/2PACX-1vT8kq2Lm/pub?embedded=true",
        "https://drive.google.com/file/d/1AbCdEfPromo/preview",
        # Google's viewer of a document on another site than the government's.
        "https://docs.google.com/viewer?url=https://promo-bekasi.example/brosur.pdf&embedded=true",
        # A service's address for embedding that spells gambling.
        "https://www.youtube.com/embed/abc123?list=slot-gacor-maxwin-hari-ini",
    ],
)
def test_any_other_frame_laid_alone_over_the_whole_window_is_still_a_critical_hijack(site, src: str):  # type: ignore[no-untyped-def]
    site.route("*", "/", Reply(200, full_screen_page(TITLE, src)))
    event = check(make_checker(site.port), app(site.port))
    assert [(f.severity, f.location) for f in hijacks(event)] == [("kritis", "body")]
    assert src in hijacks(event)[0].evidence


def test_an_embeds_frame_laid_over_the_departments_own_page_is_still_a_critical_hijack(site):  # type: ignore[no-untyped-def]
    """A video laid over the department's news and menu hides the site behind it, as a defacer's page does."""
    overlay = (
        '<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ?autoplay=1&loop=1" '
        'style="position:fixed;inset:0;width:100vw;height:100vh;border:0;z-index:2147483647" allowfullscreen></iframe>'
    )
    site.route("*", "/", Reply(200, department_page(Site(body_end=overlay))))
    event = check(make_checker(site.port), app(site.port))
    assert [(f.severity, f.location) for f in hijacks(event)] == [("kritis", "body")]
