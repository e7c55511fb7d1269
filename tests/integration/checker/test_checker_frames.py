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
