"""Dates that end a limit or name an event fixed long before, which say nothing of when a page was written.

A stale site's sidebar or banner shows "Pendaftaran dibuka hingga 10 Desember 2026", "Berlaku s.d.
…", "Batas akhir pengumpulan: …", a countdown to an election: a date just ahead, as an agenda of
next week shows one, but its announcement may be months old. An agenda's items, an article of today
announcing a deadline, a data's "s.d." of a day past still date the page.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from pantau_testing import HOSTILE_BUDGET_S

from pantau_checker.core import dates, freshness
from pantau_checker.core.page import parse_page

# Wednesday 2 December 2026, 10:00 in Bekasi (WIB, UTC+7).
NOW = datetime(2026, 12, 2, 3, 0, tzinfo=UTC)
LATEST = datetime(2026, 12, 17, tzinfo=UTC)  # the last day an agenda's item can be
STALE = "<div class=berita><p><a href=/b/1>Rapat koordinasi stunting</a> 3 Mei 2026</p></div>"


def day(month: int, number: int, year: int = 2026) -> datetime:
    return datetime(year, month, number, tzinfo=UTC)


def page_evidence(inner: str) -> list[freshness.Evidence]:
    html = f"<!doctype html><html><head><title>Dinas Kesehatan</title></head><body>{inner}</body></html>"
    return freshness.page_evidence(parse_page(html, "https://dinkes.bekasikota.go.id/"), NOW)


def dated(inner: str) -> list[tuple[str, datetime]]:
    return [(e.signal, e.when) for e in page_evidence(inner)]


# --- limits and events fixed long before: no evidence ---------------------------------------------------


@pytest.mark.parametrize(
    "banner",
    [
        pytest.param("<div class=pengumuman>Pendaftaran dibuka hingga 10 Desember 2026</div>", id="hingga"),
        pytest.param("<div class=pengumuman>Berlaku s.d. 15 Desember 2026</div>", id="berlaku-sd"),
        pytest.param("<div class=pengumuman>Batas akhir pengumpulan: 12 Desember 2026</div>", id="batas-akhir"),
        pytest.param(
            "<dl class=info><dt>Batas akhir pengumpulan</dt><dd>12 Desember 2026</dd></dl>", id="label-on-its-own-line"
        ),
        pytest.param("<p>Berkas diterima paling lambat hari Rabu, 9 Desember 2026</p>", id="paling-lambat"),
        pytest.param("<p>Masa berlaku sertifikat ISO 9001:2015 sampai 16 Desember 2026</p>", id="masa-berlaku"),
        pytest.param("<div class=promo><span>Promo berakhir</span><span>14 Desember</span></div>", id="badge"),
        pytest.param("<div class=notice>Deadline: December 10, 2026</div>", id="english-deadline"),
        pytest.param("<div class=notice>Valid until 2026-12-10</div>", id="iso-valid-until"),
        pytest.param("<div class=ticker>Pemilihan Kepala Daerah 9 Desember 2026</div>", id="running-text-election"),
        pytest.param("<div class=info-pilkada>Menuju Pilkada Serentak, Rabu 9 Desember 2026</div>", id="menuju"),
        pytest.param(
            "<div class=countdown><h4>Festival Patriot</h4><p>12 Desember 2026</p>"
            "<span>10</span> Hari <span>03</span> Jam <span>20</span> Menit <span>11</span> Detik</div>",
            id="countdown",
        ),
    ],
)
def test_a_limit_or_an_event_ahead_does_not_make_a_stale_page_fresh(banner: str) -> None:
    found = page_evidence(banner + STALE)
    assert [(e.signal, e.when) for e in found] == [("page_date", day(5, 3))]
    assert freshness.decide(found, NOW, 30).result == "tidak_update"


@pytest.mark.parametrize(
    "footer",
    [
        pytest.param("<p>Sertifikat ISO 9001:2015 berlaku hingga 28 November 2026</p>", id="validity-just-ended"),
        pytest.param("<p>Pendaftaran ditutup 27 November 2026</p>", id="deadline-just-passed"),
        pytest.param("<p>Dirgahayu Korpri ke-55, 29 November 2026</p>", id="anniversary-just-past"),
    ],
)
def test_a_limit_or_an_event_just_past_does_not_make_a_stale_page_fresh(footer: str) -> None:
    assert dated(footer + STALE) == [("page_date", day(5, 3))]


@pytest.mark.parametrize(
    "text",
    [
        "Pendaftaran dibuka hingga 10 Desember 2026",
        "Berlaku s/d 15 Desember 2026",
        "Batas waktu pembayaran: Senin, 14 Desember 2026",
        "selambat-lambatnya pada hari Jumat, 11 Desember 2026",
        "Berlaku: 1 Januari s.d. 15 Desember 2026",  # a validity's range: both its days
        "HUT Kota Bekasi ke-29, 10 Desember 2026",
        "Pilkada Serentak\n9 Desember 2026\n07\nHari\n03\nJam\n20\nMenit",
    ],
)
def test_the_dates_of_limits_and_events_are_no_content_dates(text: str) -> None:
    assert dates.content_dates(text, NOW) == []


def test_a_badge_under_a_limits_label_is_no_content_date() -> None:
    assert dates.yearless_dates("Promo berakhir\n14 Desember\nBeli sekarang", NOW, LATEST) == []


@pytest.mark.timeout(HOSTILE_BUDGET_S)
def test_a_page_of_limits_is_read_in_a_moment() -> None:
    hostile = ("berlaku hingga batas akhir s.d. paling lambat 10 Desember 2026 " * 16_000)[:1_000_000]
    assert dates.content_dates(hostile, NOW, clocks=True) == []


# --- look-alikes: still dates of content -----------------------------------------------------------------


def test_an_agenda_of_next_week_still_dates_the_page() -> None:
    agenda = (
        "<div class=agenda><h3>Agenda</h3><ul><li>Agenda: Senin, 7 Desember 2026 Rapat Koordinasi Stunting</li>"
        "<li>Rapat Kerja: Rabu, 9 Desember s.d. Kamis, 10 Desember 2026</li>"
        "<li>Bimtek SPBE 14 s.d. 15 Desember 2026</li></ul></div>"
    )
    assert dated(agenda + STALE) == [("page_date", day(12, 1))]


def test_an_agenda_item_that_names_an_event_further_on_still_dates_the_page() -> None:
    agenda = "<div class=agenda><ul><li>Rapat Persiapan Pengamanan Pilkada, Senin 7 Desember 2026</li></ul></div>"
    assert dated(agenda + STALE) == [("page_date", day(11, 23))]


def test_an_article_of_today_announcing_a_deadline_is_dated_by_its_own_date() -> None:
    article = (
        "<article><h2>Pendaftaran Tenaga Kesehatan Haji Dibuka</h2><span class=date>Rabu, 2 Desember 2026</span>"
        "<p>Pendaftaran dibuka hingga 10 Desember 2026. Berkas diterima paling lambat 9 Desember 2026.</p></article>"
    )
    assert dated(article + STALE) == [("page_date", day(12, 2))]


def test_a_registration_page_whose_news_list_is_fresh_is_fresh() -> None:
    banner = "<div class=pengumuman>Pendaftaran PPDB dibuka hingga 10 Desember 2026</div>"
    news = "<div class=berita><ul><li>Verifikasi berkas PPDB tahap I <span>30 November 2026</span></li></ul></div>"
    found = page_evidence(banner + news + STALE)
    assert [(e.signal, e.when) for e in found] == [("page_date", day(11, 30))]
    assert freshness.decide(found, NOW, 30).result == "update"


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("Data kasus DBD s.d. 30 November 2026", day(11, 30)),  # a data's "as of"
        ("Data valid per 30 November 2026", day(11, 30)),
        ("Pendaftaran PPPK Ditutup\nSenin, 30 November 2026 · Admin", day(11, 30)),  # a headline, then its date
        ("Vaksinasi Diperpanjang hingga Akhir Tahun\n30 November 2026", day(11, 30)),
        ("Perwal Parkir Mulai Berlaku, 30 November 2026", day(11, 30)),
        ("Sosialisasi tapal batas wilayah, Senin 7 Desember 2026", day(12, 7)),
    ],
)
def test_what_only_looks_like_a_limit_is_a_content_date(text: str, when: datetime) -> None:
    assert dates.content_dates(text, NOW) == [when]
