"""A frame a script lays over the window and a redirect under a touch test, narrowed after a red team (session 32).

A real HTTP server on 127.0.0.1 serves a department's page whose inline script lays another site over the whole window
(``document.write``, jQuery's ``.html``, an iframe made and styled one property at a time), or sends touch screens
elsewhere. Both count only to a site that is a gambling site's by its address (a gambling word in it, glued or apart,
or a domain of gambling alone, .bet; since round four no longer a brand's name of one word on .xyz or .vip): a
department's script shows a 360° tour, a story map, a flipbook or a chatbot full screen, a welcome video once a session
in a popup with its close link, its vendor's loading overlay; and sends phones once to a survey or to its app's web
version. A page of one virtual tour, shown full screen in its markup, is the department's own too. No Kafka, no
PostgreSQL.
"""

from __future__ import annotations

import pytest
from checker_servers import FakeSite, Reply
from test_checker_cloaking_views import cycle_check, security
from test_checker_frames import full_screen_page
from vendor_pages import Site, department_page

COVER = "position:fixed;top:0;left:0;width:100%;height:100%;border:0;z-index:99999"


def page(**knobs: object) -> Reply:
    return Reply(200, department_page(Site(**knobs)))  # type: ignore[arg-type]


def written(src: str) -> str:
    """A vendor's button "Layar Penuh" and the frame its script writes on load, as the theme's snippet does."""
    return (
        '<div id="fullwrap"></div><button id="btnFull" class="btn btn-primary">Layar Penuh</button>'
        f'<script>document.write(\'<iframe src="{src}" style="{COVER}" allowfullscreen></iframe>\');</script>'
    )


def popup(src: str) -> str:
    """A welcome video shown once a session, over an overlay with its close link."""
    return (
        '<div id="popup-welcome"></div><script>jQuery(document).ready(function($){'
        "if(!sessionStorage.getItem('popup')){sessionStorage.setItem('popup','1');"
        '$(\'#popup-welcome\').html(\'<div class="pop-overlay"><a href="#" class="pop-close">&times;</a>'
        f'<iframe src="{src}" style="{COVER}" allow="autoplay"></iframe></div>\');}}}});</script>'
    )


@pytest.mark.parametrize(
    "code",
    [
        pytest.param(written("https://kuula.co/share/collection/7Hx2k?logo=1&fs=1&vr=0"), id="kuula-tour"),
        pytest.param(written("https://momento360.com/e/u/9a8b7c?utm_campaign=embed"), id="momento360-tour"),
        pytest.param(written("https://my.matterport.com/show/?m=Zh14WDtkjdC&play=1"), id="matterport-tour"),
        pytest.param(written("https://storymaps.arcgis.com/stories/8d1f3e2a7b6c4d"), id="arcgis-storymap"),
        pytest.param(written("https://heyzine.com/flip-book/3f2a1b9c8d.html"), id="heyzine-flipbook"),
        pytest.param(written("https://e.issuu.com/embed.html?d=majalah_edisi_12&u=dinkesbekasi"), id="issuu"),
        pytest.param(written("https://chats.landbot.io/v3/H-1234567-ABCDEFGH/index.html"), id="landbot-chatbot"),
        pytest.param(written("https://snapshots.raintank.io/dashboard/snapshot/AbCdEf123"), id="grafana-snapshot"),
        pytest.param(written("https://dinkes-bekasi.vercel.app/loading"), id="vendor-host"),
        pytest.param(
            '<script>document.write(\'<iframe id="preloader" src="https://cdn.vendorweb.co.id/loader/bekasi.html" '
            'style="position:fixed;inset:0;width:100vw;height:100vh;border:0;z-index:99999"></iframe>\');'
            "window.addEventListener('load',function(){var p=document.getElementById('preloader');"
            "if(p)p.remove();});</script>",
            id="vendor-loading-overlay",
        ),
        pytest.param(
            popup("https://www.facebook.com/plugins/video.php?href=https%3A%2F%2Fwww.facebook.com%2Fdinkes%2Fvideos"),
            id="facebook-video-popup",
        ),
        pytest.param(popup("https://www.tiktok.com/embed/v2/7301234567890"), id="tiktok-popup"),
        pytest.param(popup("https://us06web.zoom.us/wc/join/81234567890"), id="zoom-popup"),
        pytest.param(popup("https://drive.google.com/file/d/1AbCdEfGhIjK/preview"), id="drive-video-popup"),
    ],
)
def test_a_departments_frame_its_script_lays_over_the_window_is_no_finding(site: FakeSite, code: str) -> None:
    site.route("*", "/", lambda _r: page(body_end=code))
    assert security(cycle_check(site)) == []


# Round four: a brand's name of one word on .xyz, .site or .vip (garuda4d.xyz, kaisar88.vip) no longer counts alone.
GAMBLING = (
    "https://garudatogel.xyz/",
    "https://mawarmaxwin.site/",
    "https://toto4dresmi.xyz/",
    "https://kaisarslotgacor.vip/",
    "https://dewasbobet.xyz/",
)


@pytest.mark.parametrize("src", GAMBLING)
def test_a_gambling_sites_frame_a_script_lays_over_the_window_still_is_a_critical_hijack(
    site: FakeSite, src: str
) -> None:
    """Whatever the script that lays it, a popup's close link too; an iframe styled one property at a time (before,
    not read as fixed)."""
    made = (
        "<script>(function(){var f=document.createElement('iframe');"
        f"f.src='{src}';f.style.position='fixed';f.style.top='0';f.style.left='0';f.style.width='100%';"
        "f.style.height='100%';f.style.zIndex='99999';f.style.border='none';document.body.appendChild(f);})();</script>"
    )
    for code in (written(src), popup(src), made):
        site.route("*", "/", lambda _r, c=code: page(body_end=c))  # type: ignore[misc]
        [hijack] = security(cycle_check(site))
        assert (hijack.code, hijack.severity, hijack.location) == ("pengalihan_asing", "kritis", "script")
        assert hijack.evidence == f"skrip halaman menampilkan situs lain di seluruh layar (bingkai) dari {src}"


@pytest.mark.parametrize(
    "code",
    [
        pytest.param(
            "if('ontouchstart' in window&&!sessionStorage.getItem('survei')){sessionStorage.setItem('survei','1');"
            "window.location.href='https://docs.google.com/forms/d/e/1FAIpQLSf/viewform';}",
            id="survey-once",
        ),
        pytest.param(
            "if('ontouchstart' in window){window.location.href='https://dinkes-bekasi.web.app/';}",
            id="app-on-vendor-host",
        ),
        pytest.param(
            "if(('ontouchstart' in window)||window.DocumentTouch&&document instanceof DocumentTouch)"
            "{window.location.href='https://linktr.ee/dinkeskotabekasi';}",
            id="linktree",
        ),
    ],
)
def test_phones_a_departments_touch_test_sends_elsewhere_are_no_finding(site: FakeSite, code: str) -> None:
    site.route("*", "/", lambda _r: page(body_end=f"<script>{code}</script>"))
    assert security(cycle_check(site)) == []


def test_phones_a_touch_test_sends_to_a_gambling_site_still_are_a_critical_hijack(site: FakeSite) -> None:
    code = "<script>if('ontouchstart' in window){window.location.href='https://mawartogel.xyz/';}</script>"
    site.route("*", "/", lambda _r: page(body_end=code))
    [hijack] = security(cycle_check(site))
    assert (hijack.code, hijack.severity, hijack.location) == ("pengalihan_asing", "kritis", "script")
    assert (
        hijack.evidence == "skrip halaman mengalihkan pengunjung (hanya pengunjung ponsel) ke https://mawartogel.xyz/"
    )


@pytest.mark.parametrize(
    "src",
    [
        "https://kuula.co/share/collection/7Hx2k?logo=1&fs=1",
        "https://momento360.com/e/u/9a8b7c?display-plan=true",
        "https://my.matterport.com/show/?m=Zh14WDtkjdC&play=1",
    ],
)
def test_a_page_of_one_virtual_tour_shown_full_screen_is_no_finding(site: FakeSite, src: str) -> None:
    """The page "Virtual Tour Mal Pelayanan Publik": a tour service's frame laid alone over the window, as a dashboard
    is. Before, "the page shows another site in its place" (kritis)."""
    site.route("*", "/", Reply(200, full_screen_page("Virtual Tour Mal Pelayanan Publik Kota Bekasi", src)))
    assert security(cycle_check(site)) == []
