"""What a department's inline script does by script alone, through a whole cycle check (session 32).

A real HTTP server on 127.0.0.1 serves a department's page whose inline script lays a gambling site over the whole
window in a frame (written by ``document.write`` or ``innerHTML``, or an iframe made and put in the page), as the
same iframe in the markup would; or sends the visitors whose screen is touched (``"ontouchstart" in window``,
``navigator.maxTouchPoints``, ``matchMedia("(pointer: coarse)")``) to it; or names its handler in odd mixed case
(``OnErRoR``). Beside each, the department's own: a video and a map its script writes into the page's flow, frames
loaded lazily, a video shown on a click, a dashboard laid full screen from an embedding service, a chat widget, a
touch menu whose links open on a tap, a phone sent to the department's own ``m.`` host. No Kafka, no PostgreSQL.
"""

from __future__ import annotations

from checker_servers import FakeSite, Reply
from test_checker_cloaking_views import cycle_check, security
from vendor_pages import Site, department_page

BRAND = "https://toto4dresmi.xyz/"
PHONES = "if(/Android|iPhone/i.test(navigator.userAgent))"
COVER = "position:fixed;top:0;left:0;width:100%;height:100%;border:0;z-index:2147483647"


def page(**knobs: object) -> Reply:
    return Reply(200, department_page(Site(**knobs)))  # type: ignore[arg-type]


def script(code: str) -> str:
    return f"<script>{code}</script>"


WRITTEN = script(f'document.write(\'<iframe src="{BRAND}" style="{COVER}"></iframe>\');')
INNER = script(
    f'{PHONES}{{document.body.innerHTML=\'<iframe src="{BRAND}" width="100%" height="100%" frameborder="0" '
    'style="position:fixed;inset:0"></iframe>\';}'
)
MADE = script(
    f'{PHONES}{{var f=document.createElement("iframe");f.src="{BRAND}";f.setAttribute("style","{COVER}");'
    "document.body.appendChild(f);document.body.style.overflow='hidden';}"
)


def test_a_frame_of_another_site_a_script_lays_over_the_window_is_a_critical_hijack(site: FakeSite) -> None:
    for code in (WRITTEN, INNER, MADE):
        site.route("*", "/", lambda _r, c=code: page(body_end=c))  # type: ignore[misc]
        [hijack] = security(cycle_check(site))
        assert (hijack.code, hijack.severity, hijack.location) == ("pengalihan_asing", "kritis", "script")
        assert hijack.evidence == f"skrip halaman menampilkan situs lain di seluruh layar (bingkai) dari {BRAND}"


# The department's own frames written by script: a video and a map in the page's flow, frames loaded lazily, a video
# a click shows in a lightbox, a dashboard laid full screen from Looker Studio, a chat widget fixed in a corner.
OWN_FRAMES = script(
    'document.write(\'<div class="video-wrap"><iframe src="https://www.youtube.com/embed/Jc8pK2mQx4s" '
    'width="100%" height="100%" style="position:absolute;top:0;left:0" allowfullscreen></iframe></div>\');'
    'var m=document.createElement("iframe");m.src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3";'
    'm.style.width="100%";m.setAttribute("height","450");document.getElementById("peta").appendChild(m);'
    'document.addEventListener("DOMContentLoaded",function(){document.querySelectorAll("iframe[data-src]")'
    ".forEach(function(f){f.src=f.dataset.src;});});"
    'jQuery(".galeri a.video").on("click",function(e){e.preventDefault();jQuery("body").append(\'<iframe '
    'src="https://galeri-vendor.com/player/\'+jQuery(this).data("id")+\'" style="position:fixed;inset:0;'
    "width:100%;height:100%\"></iframe>');});"
    "document.getElementById('dasbor').innerHTML='<iframe src=\"https://lookerstudio.google.com/embed/reporting/"
    '5f2c/page/p_1" style="position:fixed;inset:0;width:100vw;height:100vh;border:0"></iframe>\';'
    'var w=document.createElement("iframe");w.src="https://tawk.to/chat/5f2c/default";'
    'w.style.cssText="position:fixed;bottom:20px;right:20px;width:350px;height:500px;border:0";'
    "document.body.appendChild(w);"
)


def test_the_departments_own_frames_written_by_script_are_no_finding(site: FakeSite) -> None:
    lazy = '<div id="peta"></div><div id="dasbor"></div><iframe data-src="https://www.youtube.com/embed/Jc8pK2mQx4s">'
    site.route("*", "/", lambda _r: page(body_end=f"{lazy}</iframe>{OWN_FRAMES}"))
    assert security(cycle_check(site)) == []


def test_a_redirect_to_a_brand_for_touch_screens_alone_is_a_critical_hijack(site: FakeSite) -> None:
    tests = (
        '"ontouchstart" in window||navigator.maxTouchPoints>0',
        'window.matchMedia("(pointer: coarse)").matches',
    )
    for test in tests:
        code = script(f'if({test}){{window.location.href="{BRAND}";}}')
        site.route("*", "/", lambda _r, c=code: page(body_end=c))  # type: ignore[misc]
        [hijack] = security(cycle_check(site))
        assert (hijack.code, hijack.severity, hijack.location) == ("pengalihan_asing", "kritis", "script")
        assert hijack.evidence == f"skrip halaman mengalihkan pengunjung (hanya pengunjung ponsel) ke {BRAND}"


# A responsive theme's touch menu: a parent item opens its submenu on the first tap and its page on the second; a
# phone sent to the department's own lighter site; a class for screens that cannot hover.
TOUCH_MENU = script(
    '(function($){if("ontouchstart" in window||navigator.maxTouchPoints>0){$("body").addClass("touch");'
    '$(".menu-item-has-children > a").on("click",function(e){var li=$(this).parent();if(!li.hasClass("open"))'
    '{e.preventDefault();li.addClass("open");}else{window.location.href=$(this).attr("href");}});}})(jQuery);'
    'if("ontouchstart" in document.documentElement){document.querySelectorAll("#primary-menu a").forEach('
    'function(a){a.addEventListener("touchend",function(){window.location=a.href;});});}'
    'if(window.matchMedia("(hover: none)").matches){document.body.classList.add("no-hover");}'
    'if("ontouchstart" in window&&screen.width<768){window.location.replace("https://m.dinkes.bekasikota.go.id/");}'
)


def test_a_touch_menu_and_a_phone_sent_to_the_departments_own_host_are_no_finding(site: FakeSite) -> None:
    site.route("*", "/", lambda _r: page(body_end=TOUCH_MENU))
    assert security(cycle_check(site)) == []


def test_a_handler_named_in_odd_mixed_case_is_read_as_its_name(site: FakeSite) -> None:
    handler = f'<img src="/wp-content/uploads/px.gif" style="display:none" OnErRoR="top.location=\'{BRAND}\'">'
    site.route("*", "/", lambda _r: page(body_end=handler))
    [hijack] = security(cycle_check(site))
    assert hijack.evidence == f"skrip halaman mengalihkan pengunjung ke {BRAND}"
    fallback = '<img src="/logo.webp" oNeRrOr="this.onerror=null;this.src=location.origin+\'/logo.png\'">'
    site.route("*", "/", lambda _r: page(body_end=fallback))
    assert security(cycle_check(site)) == []
