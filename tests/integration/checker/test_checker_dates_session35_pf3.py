"""Today's date under a page's own labels through a whole check (session 35): a stale department site whose footer
prints the moment the page was rendered ("Halaman dibuat pada …"), whose visitor counter prints "Date: …" or "Tgl: …"
or whose data widget prints its last sync ("Sinkronisasi terakhir: 2 menit yang lalu") stays `tidak_update`; a site
whose newest post of today is labelled "Date: …" or "Dibuat pada …" in its list stays `update`."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

from checker_servers import Reply, make_checker
from vendor_pages import BULAN, HEADLINES, MONTHS, News, Site, department_page, news_since, tanggal

from pantau_common.registry.model import AppSpec
from pantau_contracts.status import ApplicationChecked

HOST = "dinkes.bekasikota.go.id"
STALE = (95, 110, 130, 160, 200, 240)


def check(site, page: Site) -> ApplicationChecked:  # type: ignore[no-untyped-def]
    site.route("*", "/", Reply(200, department_page(page), {"Content-Type": "text/html; charset=UTF-8"}))
    spec = AppSpec(id="dinkes-web", pd_id="dinkes", nama="Website Dinkes", url=f"http://{HOST}:{site.port}/")
    return asyncio.run(make_checker(site.port, off=("cloaking",)).check(spec))


def widget(title: str, body: str) -> str:
    return f'<section class="widget"><h3 class="widget-title">{title}</h3>{body}</section>'


def wib_now() -> datetime:
    return datetime.now(UTC) + timedelta(hours=7)


def test_a_stale_site_whose_footer_prints_when_the_page_was_made_stays_stale(site):  # type: ignore[no-untyped-def]
    now = wib_now()
    for footer in (
        f'<p class="small">Halaman dibuat pada {tanggal(now)} {now:%H:%M:%S}</p>',
        f'<p class="small">Halaman ini dibuat pada {tanggal(now, with_weekday=True)}, {now:%H:%M} WIB. '
        "Page rendered in 0.0213 seconds.</p>",
    ):
        event = check(site, Site(news=news_since(STALE), body_end=footer))
        assert event.content.result == "tidak_update", footer


def test_a_stale_site_whose_english_counter_prints_the_date_stays_stale(site):  # type: ignore[no-untyped-def]
    now = wib_now()
    english = f"{MONTHS[now.month - 1]} {now.day}, {now.year}"
    for line in (f"Date: {now:%Y-%m-%d}", f"Date: {now:%d/%m/%Y}", f"Date: {english}", f"Tgl: {now:%d-%m-%Y}"):
        counter = widget("Counter", f"<ul><li>Hits Today: 431</li><li>Visits Today: 120</li><li>{line}</li></ul>")
        event = check(site, Site(news=news_since(STALE), main_extra=counter))
        assert event.content.result == "tidak_update", line


def test_a_post_of_today_so_labelled_still_dates_the_page(site):  # type: ignore[no-untyped-def]
    now = wib_now()
    days = [now - timedelta(days=n) for n in (0, 45, 70, 100, 130)]
    for label in (
        lambda d: f"Date: {MONTHS[d.month - 1]} {d.day}, {d.year}",
        lambda d: f"Dibuat pada {d.day} {BULAN[d.month - 1]} {d.year} 08:15",
        lambda d: f"Tgl: {d:%d-%m-%Y}",
    ):
        news = [News(label(d), HEADLINES[i], f"berita-{i + 1}") for i, d in enumerate(days)]
        for plain in (False, True):
            event = check(site, Site(news=news, plain_markup=plain))
            assert event.content.result == "update", (label(now), plain)
            assert event.content.last_changed is not None
            assert event.content.last_changed.date() >= (now - timedelta(days=1)).date()


def test_a_stale_site_whose_data_widget_prints_its_last_sync_stays_stale(site):  # type: ignore[no-untyped-def]
    for line in ("Sinkronisasi terakhir: 2 menit yang lalu", "Last synced: 3 minutes ago"):
        data = widget("Data Covid-19", f"<p>{line}</p><p>Terkonfirmasi: 120.331</p><p>Sembuh: 118.902</p>")
        event = check(site, Site(news=news_since(STALE), main_extra=data))
        assert event.content.result == "tidak_update", line
