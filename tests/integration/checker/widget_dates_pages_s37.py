"""A department's home page with the widgets that print a date every day by themselves (session 37).

A Bekasi department's site keeps, beside its posts, widgets whose dates move on without anyone writing: the
prayer times of the day with its Hijri date, the Javanese day, the weather and BMKG's forecast, the exchange
rates and the gold price, SP2KP's food prices, the air quality (ISPU), COVID-19 and dengue counters, a hospital's
free beds (SIRANAP) and PMI's blood stock, visitor counters, WordPress's calendar and archives, an agenda of the
year's national days, an agenda and a countdown weeks ahead, embedded social feeds and posts (X, Instagram,
Elfsight, YouTube), other sites' news (Antara's RSS, the GPR Kominfo widget of every ``.go.id`` site, the city
portal's, LPSE's tenders, JDIH's regulations), Google Translate, the operator's last login, the page's render
time, a running text of the day, last month's satisfaction survey (SKM), a maintenance notice, a clock and a
CCTV snapshot's time. None of them is the department's content: the posts date the page.

``widget_page`` (WordPress, its widgets in an ``<aside>``) and ``portal_page`` (CodeIgniter and Bootstrap: cards in
a column, no widget classes) build the page at a given time (a datetime in WIB, the checker's clock) with its
posts ``days`` old and one widget of ``WIDGETS`` in its place (the top bar, the content column, the sidebar or the
footer). Every widget's date is built from that time, so that a page reads the same at any hour and date.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from html import escape

from vendor_pages import BULAN, EXCERPT, HARI, HEADLINES, tanggal
from vendor_pages import MONTHS as MONTHS_EN

WIB = timezone(timedelta(hours=7), "WIB")
BLN = tuple(month[:3] for month in BULAN)
# Posts of a stale site (its newest four months old) and of a kept one (its newest six days old).
STALE_DAYS = (122, 139, 167)
FRESH_DAYS = (6, 13, 22)


def clock_at(hour: int, month: int | None = None, day: int | None = None) -> datetime:
    """Return today's time at ``hour``:30 in Bekasi (on ``month`` and ``day`` of this year, where given): the
    checker's clock, from which a page builds its dates."""
    today = datetime.now(WIB)
    return today.replace(
        month=month or today.month, day=day or today.day, hour=hour, minute=30, second=5, microsecond=0
    )


@dataclass(frozen=True)
class Widget:
    """A widget's place on the page ("bar", "content", "sidebar" or "footer") and its markup at a time."""

    place: str
    markup: Callable[[datetime], str]


def hijri(now: datetime) -> str:
    """Return a Hijri day near ``now`` as a widget prints it (its exact day does not matter to the checker)."""
    months = ("Jumadil Awal", "Jumadil Akhir", "Rajab", "Sya'ban", "Ramadhan", "Syawal")
    return f"{(now.day + 17) % 29 + 1} {months[now.month % len(months)]} 1448 H"


def pasaran(now: datetime) -> str:
    """Return the Javanese market day of ``now`` (Legi, Pahing, Pon, Wage, Kliwon)."""
    return ("Legi", "Pahing", "Pon", "Wage", "Kliwon")[(now.toordinal() + 3) % 5]


def dmy(day: datetime, sep: str = "-") -> str:
    return f"{day:%d}{sep}{day:%m}{sep}{day:%Y}"


def _prayer_times(now: datetime) -> str:
    return (
        '<div class="widget jadwal-sholat"><h3 class="widget-title">Jadwal Sholat</h3>'
        f'<p class="js-lokasi">Jadwal Sholat Kota Bekasi, {HARI[now.weekday()]} {tanggal(now)} / {hijri(now)}</p>'
        '<table class="table-sholat"><tr><td>Imsak</td><td>03:59</td></tr><tr><td>Subuh</td><td>04:09</td></tr>'
        "<tr><td>Terbit</td><td>05:27</td></tr><tr><td>Dzuhur</td><td>11:48</td></tr><tr><td>Ashar</td>"
        "<td>15:14</td></tr><tr><td>Maghrib</td><td>18:04</td></tr><tr><td>Isya</td><td>19:18</td></tr></table>"
        '<p class="small">Sumber: <a href="https://bimasislam.kemenag.go.id/jadwalshalat">Bimas Islam Kemenag</a>'
        "</p></div>"
    )


def _imsakiyah(now: datetime) -> str:
    # myquran's API script fills the list; the theme prints the day's row first, server-side, for the crawler.
    return (
        '<div class="widget widget_text"><h3 class="widget-title">Imsakiyah Hari Ini</h3><div class="textwidget">'
        f'<div id="imsakiyah" data-kota="1203" data-tanggal="{now:%Y-%m-%d}"><strong>{HARI[now.weekday()]}, '
        f"{now:%d}/{now:%m}/{now:%Y}</strong><br>Imsak 03:59 &middot; Subuh 04:09 &middot; Maghrib 18:04</div>"
        '<script src="https://api.myquran.com/v2/widget/imsakiyah.js" async></script></div></div>'
    )


def _hijri_bar(now: datetime) -> str:
    return (
        f'<span class="tanggal-masehi">{HARI[now.weekday()]}, {tanggal(now)}</span> <span class="sep">|</span> '
        f'<span class="tanggal-hijriah">{hijri(now)}</span>'
    )


def _javanese(now: datetime) -> str:
    return (
        f'<span class="kalender-jawa"><i class="fa fa-calendar"></i> {HARI[now.weekday()]} {pasaran(now)}, '
        f"{tanggal(now)} &middot; {hijri(now)}</span>"
    )


def _weather(now: datetime) -> str:
    return (
        '<div class="widget widget-cuaca"><h3 class="widget-title">Cuaca Bekasi Hari Ini</h3>'
        f'<div class="cuaca-now"><img src="https://api-apps.bmkg.go.id/storage/icon/cuaca/berawan-pm.svg" '
        'alt="Berawan"><span class="suhu">31°C</span> Berawan</div>'
        f'<p class="cuaca-waktu">{HARI[now.weekday()]}, {tanggal(now)} {now:%H}:00 WIB</p>'
        '<p class="small">Sumber: <a href="https://www.bmkg.go.id">BMKG</a></p></div>'
    )


def _bmkg_forecast(now: datetime) -> str:
    until = now + timedelta(hours=6)
    issued = now.replace(hour=5, minute=0)
    return (
        '<div class="widget"><div class="bmkg-widget" data-adm4="32.75.01.1001">'
        '<div class="bmkg-header">Prakiraan Cuaca Bekasi Timur</div>'
        f'<div class="bmkg-issued">Dikeluarkan: {tanggal(issued)} {issued:%H:%M} WIB</div>'
        '<div class="bmkg-body">Hujan Ringan · 24-30°C · Kelembapan 75-95%</div>'
        f'<div class="bmkg-valid">Berlaku s.d. {tanggal(until)} {until:%H}:00 WIB</div></div>'
        '<iframe src="https://www.bmkg.go.id/widget/cuaca?adm4=32.75.01.1001" width="100%" height="180"></iframe>'
        '<noscript>Prakiraan cuaca dari <a href="https://www.bmkg.go.id">BMKG</a></noscript></div>'
    )


def _kurs(now: datetime) -> str:
    rows = (("USD", "15.812,00", "15.970,00"), ("SGD", "11.780,41", "11.899,84"), ("JPY", "105,23", "106,30"))
    return (
        '<div class="widget widget-kurs"><h3 class="widget-title">Kurs Rupiah</h3>'
        f'<p class="kurs-tanggal">Kurs BI per {now.day} {BLN[now.month - 1]} {now.year}</p>'
        '<table class="kurs"><tr><th>Mata Uang</th><th>Beli</th><th>Jual</th></tr>'
        + "".join(f"<tr><td>{c}</td><td>{b}</td><td>{j}</td></tr>" for c, b, j in rows)
        + "</table></div>"
    )


def _gold(now: datetime) -> str:
    return (
        '<div class="widget"><div class="harga-emas-widget"><h4>Harga Emas Hari Ini</h4>'
        f"<p>Harga emas hari ini, {tanggal(now)}: <strong>Rp 1.523.000</strong>/gram</p>"
        f'<p class="emas-update">Update: {now:%d}/{now:%m}/{now:%Y} 08:30 WIB &middot; Logam Mulia Antam</p>'
        "</div></div>"
    )


def _sp2kp(now: datetime) -> str:
    day = now - timedelta(days=1)
    rows = (("Beras Medium", "13.500"), ("Cabai Merah Keriting", "42.000"), ("Bawang Merah", "36.500"))
    return (
        '<div class="widget"><h3 class="widget-title">Informasi Harga Pangan</h3>'
        f'<p class="sp2kp-tanggal">Harga rata-rata komoditas per {dmy(day)}</p><ul class="sp2kp-list">'
        + "".join(f"<li><span>{n}</span> <b>Rp {p}/kg</b></li>" for n, p in rows)
        + '</ul><a href="https://sp2kp.kemendag.go.id" class="small">sp2kp.kemendag.go.id</a></div>'
    )


def _ispu(now: datetime) -> str:
    return (
        '<div class="widget"><div class="ispu-box"><h4>Kualitas Udara Kota Bekasi</h4>'
        '<div class="ispu-nilai sedang">78</div><div class="ispu-kategori">SEDANG</div>'
        f'<p class="ispu-waktu">{tanggal(now)}, diperbarui 07.00 WIB</p></div></div>'
    )


def _covid(now: datetime) -> str:
    day = now - timedelta(days=1)
    return (
        '<div class="widget"><div class="box-covid"><h4>Data COVID-19 Kota Bekasi</h4>'
        "<ul><li>Terkonfirmasi <b>98.231</b></li><li>Sembuh <b>96.870</b></li><li>Meninggal <b>1.204</b></li></ul>"
        f'<p class="covid-update">Update data: {tanggal(day)} pukul 16.00 WIB</p></div></div>'
    )


def _dengue(now: datetime) -> str:
    week = now - timedelta(days=2)  # the epidemiological week's data, reported two days later
    return (
        '<div class="widget"><div class="dbd-info"><h4>Kasus DBD Minggu Ini</h4><p class="angka">14 kasus</p>'
        f'<p class="small">Update data {HARI[week.weekday()]}, {dmy(week, "/")}</p></div></div>'
    )


def _visitors(now: datetime) -> str:
    return (
        '<div class="widget widget_wp_statistics_widget"><h3 class="widget-title">Statistik</h3>'
        "<ul><li><label>Pengunjung hari ini:</label> 123</li><li><label>Pengunjung kemarin:</label> 341</li>"
        "<li><label>Online:</label> 4</li><li><label>Total pengunjung:</label> 210.332</li>"
        f"<li><label>Terakhir diakses:</label> {tanggal(now)} {now:%H:%M}</li></ul></div>"
    )


def _last_visit(now: datetime) -> str:
    earlier = now - timedelta(minutes=3)
    return (
        '<div class="counter-footer"><span>Online: 4</span> &middot; <span>Hari ini: 123</span> &middot; '
        f"<span>Kunjungan terakhir: {dmy(earlier, '/')} {earlier:%H:%M:%S}</span></div>"
    )


def _calendar(now: datetime) -> str:
    first = now.replace(day=1)
    cells = ["<td>&nbsp;</td>"] * first.weekday()
    day = first
    while day.month == now.month:
        cells.append(f'<td id="today">{day.day}</td>' if day.day == now.day else f"<td>{day.day}</td>")
        day += timedelta(days=1)
    rows = "".join("<tr>" + "".join(cells[i : i + 7]) + "</tr>" for i in range(0, len(cells), 7))
    previous = first - timedelta(days=1)
    return (
        '<section id="calendar-2" class="widget widget_calendar"><div id="calendar_wrap" class="calendar_wrap">'
        f'<table id="wp-calendar" class="wp-calendar-table"><caption>{BULAN[now.month - 1]} {now.year}</caption>'
        "<thead><tr>"
        + "".join(f'<th scope="col" title="{d}">{d[0]}</th>' for d in HARI)
        + f"</tr></thead><tbody>{rows}</tbody></table>"
        '<nav aria-label="Bulan sebelumnya dan selanjutnya" class="wp-calendar-nav">'
        f'<span class="wp-calendar-nav-prev"><a href="/{previous:%Y}/{previous:%m}/">&laquo; {BLN[previous.month - 1]}'
        "</a></span></nav></div></section>"
    )


def _archives(now: datetime) -> str:
    months = []
    day = now.replace(day=1)
    for _ in range(6):
        months.append(day)
        day = (day - timedelta(days=1)).replace(day=1)
    items = "".join(
        f'<li><a href="/{m:%Y}/{m:%m}/">{BULAN[m.month - 1]} {m.year}</a>&nbsp;(0)</li>' for m in months[:4]
    )
    return (
        f'<section class="widget widget_archive"><h3 class="widget-title">Arsip Berita</h3><ul>{items}</ul></section>'
    )


def _fixed_days(now: datetime) -> str:
    # An agenda of the year's fixed days a theme ships: national and city days, not the department's events.
    upcoming = []
    for month, day, name in (
        (1, 1, "Tahun Baru Masehi"),
        (3, 10, "HUT Kota Bekasi"),
        (4, 21, "Hari Kartini"),
        (8, 17, "HUT Kemerdekaan RI"),
        (10, 28, "Hari Sumpah Pemuda"),
        (11, 10, "Hari Pahlawan"),
        (11, 12, "Hari Kesehatan Nasional"),
        (12, 22, "Hari Ibu"),
    ):
        when = now.replace(month=month, day=day)
        upcoming.append((when if when.date() > now.date() else when.replace(year=now.year + 1), name))
    items = "".join(
        f'<li><span class="agenda-tgl">{tanggal(when)}</span> {name}</li>' for when, name in sorted(upcoming)[:3]
    )
    return f'<div class="widget widget-agenda"><h3 class="widget-title">Hari Penting</h3><ul>{items}</ul></div>'


def _agenda_ahead(now: datetime) -> str:
    ahead = now + timedelta(days=40)
    later = now + timedelta(days=55)
    return (
        '<div class="widget widget-agenda"><h3 class="widget-title">Agenda</h3><ul class="agenda-list">'
        f'<li><div class="agenda-date"><span class="tgl">{ahead.day:02}</span><span class="bln">'
        f'{BLN[ahead.month - 1]}</span></div><a href="/agenda/bimtek-spbe/">Bimbingan Teknis SPBE</a>'
        f'<small>{tanggal(ahead)} &middot; Aula Dinas</small></li><li><div class="agenda-date"><span class="tgl">'
        f'{later.day:02}</span><span class="bln">{BLN[later.month - 1]}</span></div><a href="/agenda/musrenbang/">'
        f"Musrenbang Kota</a><small>{tanggal(later)} &middot; Plaza Pemkot</small></li></ul></div>"
    )


def _countdown(now: datetime) -> str:
    hut = now.replace(month=3, day=10)
    hut = hut if hut.date() > now.date() else hut.replace(year=now.year + 1)
    age = hut.year - 1997
    return (
        '<div class="widget"><div class="countdown-hut" data-countdown="'
        f'{hut:%Y/%m/%d}"><h4>Menuju HUT Kota Bekasi ke-{age}: {tanggal(hut)}</h4>'
        '<div class="cd"><span class="cd-hari">--</span> hari <span class="cd-jam">--</span> jam</div></div>'
        '<script src="/wp-content/plugins/countdown-timer/js/jquery.countdown.min.js"></script></div>'
    )


def _tweets(now: datetime) -> str:
    items = (
        ("2 jam yang lalu", "Pelayanan Samsat Keliling hari ini di Summarecon Bekasi pukul 08.00-12.00 WIB."),
        ("5 jam yang lalu", "Warga dapat melaporkan lampu PJU padam melalui aplikasi Bekasi Sabilulungan."),
        ("kemarin", "Selamat kepada para pemenang lomba kampung bersih tingkat kota."),
    )
    return (
        '<div class="widget widget_tp_widget_recent_tweets"><h3 class="widget-title">@humaskotabekasi</h3>'
        '<div class="tp_recent_tweets"><ul>'
        + "".join(
            f'<li><span>{escape(text)}</span> <a class="twitter_time" target="_blank" '
            f'href="https://twitter.com/humaskotabekasi/status/17{i}">{when}</a></li>'
            for i, (when, text) in enumerate(items)
        )
        + "</ul></div></div>"
    )


def _instagram(now: datetime) -> str:
    # Elfsight's Instagram feed, as the page a prerendering plugin keeps for the crawler.
    items = (("2 jam yang lalu", 3), ("1 hari yang lalu", 2))
    return (
        '<div class="widget"><div class="elfsight-app-3f7c2a1e-8d5b" data-elfsight-app-lazy>'
        '<div class="eapps-instagram-feed-posts-inner">'
        + "".join(
            f'<div class="eapps-instagram-feed-posts-item"><a href="https://www.instagram.com/p/Cx{k}/">'
            f'<img src="https://scontent.cdninstagram.com/{k}.jpg" alt=""></a><div class="eapps-instagram-feed-'
            f'posts-item-date">{when}</div><div class="eapps-instagram-feed-posts-item-likes-count">{40 + k}</div>'
            "</div>"
            for when, k in items
        )
        + '</div></div><script src="https://static.elfsight.com/platform/platform.js" async></script></div>'
    )


def _youtube(now: datetime) -> str:
    return (
        '<div class="widget"><h3 class="widget-title">Video</h3><div class="yt-embed">'
        '<iframe width="100%" height="200" src="https://www.youtube.com/embed/videoseries?list=UUabc" '
        'title="YouTube video player" allowfullscreen></iframe><p class="yt-meta">Live Streaming Rapat Paripurna '
        "&middot; 1,2 rb x ditonton &middot; 2 jam yang lalu</p></div></div>"
    )


def _antara(now: datetime) -> str:
    items = (
        (now - timedelta(hours=2), "Presiden resmikan jalan tol baru di Jawa Tengah", 4876312),
        (now - timedelta(hours=5), "BMKG: waspadai hujan lebat di sebagian wilayah Indonesia", 4876090),
        (now - timedelta(days=1), "Menkes imbau masyarakat lengkapi imunisasi anak", 4874511),
    )
    return (
        '<section id="rss-3" class="widget widget_rss"><h3 class="widget-title"><a class="rsswidget rss-widget-feed" '
        'href="https://www.antaranews.com/rss/terkini.xml"><img class="rss-widget-icon" src="/wp-includes/images/'
        'rss.png" alt="RSS"></a> <a class="rsswidget rss-widget-title" href="https://www.antaranews.com/">Berita '
        "Nasional</a></h3><ul>"
        + "".join(
            f'<li><a class="rsswidget" href="https://www.antaranews.com/berita/{n}/x">{escape(t)}</a> '
            f'<span class="rss-date">{tanggal(when)}</span></li>'
            for when, t, n in items
        )
        + "</ul></section>"
    )


def _gpr(now: datetime) -> str:
    # The GPR widget as the kominfo script leaves it, its noscript fallback listing the same news.
    items = (
        (now - timedelta(hours=3), "Pemerintah Percepat Digitalisasi Layanan Publik", 591230),
        (now - timedelta(hours=9), "Menkominfo: Waspadai Hoaks Jelang Libur Akhir Tahun", 591198),
        (now - timedelta(days=1), "Program Makan Bergizi Gratis Jangkau 20 Juta Penerima", 591102),
    )
    news = "".join(
        f'<li class="gpr-item"><a href="https://www.infopublik.id/kategori/nasional/{n}/x" target="_blank">'
        f'{escape(t)}</a><span class="gpr-date">{tanggal(when)} {when:%H:%M}</span></li>'
        for when, t, n in items
    )
    return (
        '<div class="widget"><h3 class="widget-title">GPR Kominfo</h3>'
        '<script type="text/javascript" src="https://widget.kominfo.go.id/gpr-widget-kominfo.min.js"></script>'
        f'<div id="gpr-kominfo-widget-container"><div class="gpr-widget"><ul>{news}</ul></div></div>'
        "</div>"
    )


def _translate(now: datetime) -> str:
    return (
        '<div id="google_translate_element"></div><script type="text/javascript">function googleTranslateElementInit()'
        "{new google.translate.TranslateElement({pageLanguage: 'id', includedLanguages: 'en,ar,zh-CN'}, "
        "'google_translate_element');}</script><script src=\"//translate.google.com/translate_a/element.js?cb="
        'googleTranslateElementInit"></script>'
    )


def _last_login(now: datetime) -> str:
    earlier = now - timedelta(hours=1, minutes=20)
    return (
        f'<div class="admin-info small">Operator: humas_dinkes &middot; Terakhir login: {tanggal(earlier)} '
        f"{earlier:%H:%M} WIB</div>"
    )


def _render_time(now: datetime) -> str:
    return f'<p class="render-time">Halaman ini dimuat dalam 0.02 detik pada {tanggal(now)} {now:%H:%M:%S}</p>'


def _running_text(now: datetime) -> str:
    return (
        '<div class="running-text"><span class="rt-label">Hari ini</span><marquee scrollamount="4">'
        f"{HARI[now.weekday()]}, {tanggal(now)} &bull; Layanan Dukcapil buka pukul 08.00-15.00 WIB &bull; "
        "Waspada penipuan mengatasnamakan pegawai Dinas</marquee></div>"
    )


def _skm(now: datetime) -> str:
    last_month = now.replace(day=1) - timedelta(days=1)
    return (
        '<div class="widget widget-skm"><h3 class="widget-title">Survei Kepuasan Masyarakat</h3>'
        f'<div class="skm-box"><p>Indeks Kepuasan Masyarakat periode {BULAN[last_month.month - 1]} '
        f'{last_month.year}</p><p class="skm-nilai">87,52</p><p class="skm-mutu">Mutu Pelayanan: B (Baik)</p>'
        '<p>Responden: 1.208</p><a href="https://skm.bekasikota.go.id/" class="btn btn-sm">Isi Survei</a>'
        "</div></div>"
    )


def _maintenance(now: datetime) -> str:
    when = now + timedelta(days=3)
    return (
        '<div class="alert alert-warning notice-maintenance" role="alert"><strong>Pemberitahuan:</strong> '
        f"Layanan daring akan mengalami pemeliharaan sistem pada {HARI[when.weekday()]}, {tanggal(when)} pukul "
        "22.00 s.d. 24.00 WIB. Mohon maaf atas ketidaknyamanannya.</div>"
    )


def _clock(now: datetime) -> str:
    return (
        f'<div class="jam-widget"><span id="jam">{now:%H:%M:%S}</span> WIB<noscript>{HARI[now.weekday()]}, '
        f"{now:%d}-{now:%m}-{now:%Y}</noscript></div><script>setInterval(function(){{document.getElementById('jam')"
        ".textContent=new Date().toLocaleTimeString('id-ID');}},1000);</script>"
    )


def _morning(now: datetime) -> datetime:
    """Return the morning's update of a data feed: 07:00 of ``now``'s day (or the day before, before 08:00)."""
    day = now if now.hour >= 8 else now - timedelta(days=1)
    return day.replace(hour=7, minute=0)


def _ispu_stamped(now: datetime) -> str:
    at = _morning(now)
    return (
        '<div class="widget"><div class="ispu-widget"><h4>ISPU Kota Bekasi</h4><span class="ispu-val">PM2.5: 62'
        f'</span> <span class="badge bg-warning">SEDANG</span><p class="ispu-update">Diperbarui: {dmy(at, "/")} '
        f"{at:%H:%M} WIB</p></div></div>"
    )


def _covid_today(now: datetime) -> str:
    at = _morning(now)
    return (
        '<div class="widget"><div class="info-covid"><h4>Kasus COVID-19</h4>'
        "<p>Dirawat <b>12</b> &middot; Isolasi mandiri <b>31</b></p>"
        f'<p class="covid-update">Update data: {tanggal(at)} pukul {at:%H.%M} WIB</p></div></div>'
    )


def _kurs_updated(now: datetime) -> str:
    at = _morning(now).replace(hour=9, minute=5) if now.hour >= 10 else _morning(now)
    return (
        '<div class="widget"><div class="kurs-widget"><h4>Nilai Tukar Rupiah</h4><table><tr><td>USD</td>'
        '<td>15.890</td></tr><tr><td>EUR</td><td>17.205</td></tr></table><p class="small">Update terakhir: '
        f"{tanggal(at)} {at:%H:%M} WIB</p></div></div>"
    )


def _weather_relative(now: datetime) -> str:
    return (
        '<div class="widget"><div class="weather-widget"><h4>Cuaca Kota Bekasi</h4><div class="temp">30°C</div>'
        '<div class="desc">Hujan ringan</div><p class="updated">Diperbarui 15 menit yang lalu</p></div></div>'
    )


def _javanese_year(now: datetime) -> str:
    return (
        f'<div class="penanggalan"><span>{HARI[now.weekday()]} {pasaran(now)}, {now:%d} {BULAN[now.month - 1]} '
        f"{now.year}</span> <span>/ {(now.day + 17) % 29 + 1} Jumadilawal 1960 Je</span></div>"
    )


def _tweet_embed(now: datetime) -> str:
    # X's embed code as its publish page gives it: the tweet's day in English in its last link.
    day = now - timedelta(days=2, hours=5)
    return (
        '<div class="widget"><h3 class="widget-title">Twitter</h3><blockquote class="twitter-tweet" data-lang="id">'
        '<p lang="in" dir="ltr">Pelayanan Samsat Keliling hari ini di Summarecon Bekasi. <a href="https://t.co/a1">'
        'pic.twitter.com/a1</a></p>&mdash; Humas Kota Bekasi (@humaskotabekasi) <a href="https://twitter.com/'
        f'humaskotabekasi/status/1865{day:%d}">{MONTHS_EN[day.month - 1]} {day.day}, {day.year}</a></blockquote>'
        '<script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script></div>'
    )


def _instagram_embed(now: datetime) -> str:
    # Instagram's embed code, its fallback naming the account and the post's time.
    day = now - timedelta(days=3, hours=7)
    return (
        '<div class="widget"><blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/'
        'C0abc/?utm_source=ig_embed" data-instgrm-version="14"><div><a href="https://www.instagram.com/p/C0abc/">'
        'Lihat postingan ini di Instagram</a><p><a href="https://www.instagram.com/p/C0abc/">Sebuah kiriman dibagikan '
        f'oleh Dinkes Kota Bekasi (@dinkeskotabekasi)</a> pada <time datetime="{day.isoformat()}">'
        f"{tanggal(day)}</time></p></div></blockquote>"
        '<script async src="//www.instagram.com/embed.js"></script></div>'
    )


def _vinaora(now: datetime) -> str:
    return (
        '<div class="widget"><div class="vinaora-counter"><h4>Pengunjung</h4><table class="vfvvisit"><tr><td>'
        "Hari ini</td><td>123</td></tr><tr><td>Kemarin</td><td>341</td></tr><tr><td>Minggu ini</td><td>1.204</td></tr>"
        '</table><div class="vfvtime">Your IP: 36.68.12.4</div><div class="vfvtime">Server Time: '
        f"{now:%Y-%m-%d %H:%M:%S}</div></div></div>"
    )


def _city_news(now: datetime) -> str:
    items = (
        (now - timedelta(hours=4), "Wali Kota Tinjau Normalisasi Kali Bekasi", 9981),
        (now - timedelta(days=1), "Pemkot Bekasi Raih Penghargaan Kota Layak Anak", 9977),
        (now - timedelta(days=2), "Car Free Day Kembali Digelar di Jalan Ahmad Yani", 9969),
    )
    return (
        '<div class="widget"><h3 class="widget-title">Berita Pemkot Bekasi</h3><ul class="berita-portal">'
        + "".join(
            f'<li><a href="https://www.bekasikota.go.id/detail/{n}/berita">{escape(t)}</a><br>'
            f"<small>{HARI[when.weekday()]}, {tanggal(when)}</small></li>"
            for when, t, n in items
        )
        + "</ul></div>"
    )


def _gold_antam(now: datetime) -> str:
    return (
        '<div class="widget"><div class="emas-box"><h4>Harga Emas Antam</h4>'
        f"<p>Harga Emas Antam Hari Ini {HARI[now.weekday()]} {tanggal(now)}</p><table><tr><td>0,5 gram</td>"
        "<td>Rp 811.500</td></tr><tr><td>1 gram</td><td>Rp 1.523.000</td></tr></table></div></div>"
    )


def _weather_timed(now: datetime) -> str:
    at = _morning(now)
    return (
        '<div class="widget"><div class="bmkg-cuaca" data-wilayah="Bekasi Selatan"><h4>Info Cuaca</h4>'
        '<span class="suhu">29°C</span> <span class="kondisi">Cerah Berawan</span><p class="small">Pembaruan: '
        f'<time class="updated" datetime="{at.isoformat()}">{at:%H.%M} WIB</time></p></div></div>'
    )


def _clock_stamped(now: datetime) -> str:
    return (
        f'<div class="server-clock" data-timestamp="{int(now.timestamp())}" data-date="{now:%Y-%m-%d}">'
        '<i class="far fa-clock"></i> <span class="clock-text"></span></div><script>var t=document.querySelector('
        "'.server-clock').dataset.timestamp*1000;</script>"
    )


def _counter_relative(now: datetime) -> str:
    return (
        '<div class="widget"><div class="counter-box"><h5>Statistik</h5><ul class="list-unstyled">'
        "<li>Hari ini: 123</li><li>Kemarin: 341</li><li>Minggu lalu: 2.310</li><li>Bulan lalu: 9.877</li>"
        "<li>Total: 210.332</li></ul></div></div>"
    )


def _queue(now: datetime) -> str:
    at = now - timedelta(minutes=2)
    return (
        '<div class="widget"><div class="antrean-box"><h4>Antrean Online Puskesmas</h4><p>Nomor dilayani: <b>A-045'
        f'</b></p><p>Sisa kuota hari ini: 38</p><p class="small">per {dmy(at, "/")} {at:%H:%M}</p></div></div>'
    )


def _beds(now: datetime) -> str:
    at = _morning(now).replace(minute=15)
    rooms = (("ICU", 2, 8), ("Isolasi", 5, 12), ("Kelas III", 14, 60))
    return (
        '<div class="widget"><div class="siranap-box"><h4>Ketersediaan Tempat Tidur</h4><table class="table-sm">'
        "<tr><th>Ruang</th><th>Kosong</th><th>Kapasitas</th></tr>"
        + "".join(f"<tr><td>{r}</td><td>{k}</td><td>{c}</td></tr>" for r, k, c in rooms)
        + f'</table><p class="small">Update: {dmy(at)} {at:%H:%M} WIB</p></div></div>'
    )


def _blood(now: datetime) -> str:
    at = now - timedelta(days=1)
    return (
        '<div class="widget"><div class="stok-darah"><h4>Stok Darah PMI Kota Bekasi</h4><ul><li>A: 112</li>'
        f'<li>B: 95</li><li>O: 140</li><li>AB: 31</li></ul><p class="small">Update {tanggal(at)} 16:00 WIB</p>'
        "</div></div>"
    )


def _lpse(now: datetime) -> str:
    items = ((1, "Belanja Modal Alat Kesehatan Puskesmas", 1031), (3, "Rehabilitasi Gedung Labkesda", 1027))
    return (
        '<div class="widget"><h3 class="widget-title">Lelang Terbaru LPSE</h3><ul>'
        + "".join(
            f'<li><a href="https://lpse.bekasikota.go.id/eproc4/lelang/{n}/pengumumanlelang">{t}</a> '
            f"<small>{dmy(now - timedelta(days=d), '/')}</small></li>"
            for d, t, n in items
        )
        + "</ul></div>"
    )


def _jdih(now: datetime) -> str:
    items = (
        (2, "Peraturan Wali Kota Bekasi Nomor 61 Tahun 2026 tentang Tarif Layanan Puskesmas"),
        (6, "Keputusan Wali Kota Bekasi Nomor 440/Kep.512 tentang Tim Percepatan Penurunan Stunting"),
        (9, "Peraturan Daerah Kota Bekasi Nomor 7 Tahun 2026 tentang Penyelenggaraan Kesehatan"),
    )
    return (
        '<div class="widget"><h3 class="widget-title">Produk Hukum Terbaru</h3><ul>'
        + "".join(
            f'<li><a href="https://jdih.bekasikota.go.id/produk-hukum/detail/{d}">{t}</a><br><small>Ditetapkan '
            f"{tanggal(now - timedelta(days=d))}</small></li>"
            for d, t in items
        )
        + '</ul><a href="https://jdih.bekasikota.go.id">JDIH Kota Bekasi</a></div>'
    )


def _cctv(now: datetime) -> str:
    return (
        '<div class="widget"><div class="cctv-box"><h4>CCTV Simpang Bulak Kapal</h4><img src="https://cctv.'
        f'bekasikota.go.id/snapshot/12.jpg?t={int(now.timestamp())}" alt="CCTV"><p class="small">Live &middot; '
        f"{dmy(now, '/')} {now:%H:%M:%S}</p></div></div>"
    )


WIDGETS: dict[str, Widget] = {
    "prayer times with the Hijri day": Widget("sidebar", _prayer_times),
    "myquran's imsakiyah of the day": Widget("sidebar", _imsakiyah),
    "the top bar's Hijri date": Widget("bar", _hijri_bar),
    "the Javanese day (Sabtu Legi)": Widget("bar", _javanese),
    "today's weather": Widget("sidebar", _weather),
    "BMKG's forecast, valid until": Widget("sidebar", _bmkg_forecast),
    "BI's exchange rates of the day": Widget("sidebar", _kurs),
    "the gold price of the day": Widget("sidebar", _gold),
    "SP2KP's food prices": Widget("sidebar", _sp2kp),
    "the air quality (ISPU)": Widget("sidebar", _ispu),
    "a COVID-19 counter": Widget("sidebar", _covid),
    "a dengue counter": Widget("sidebar", _dengue),
    "WP Statistics' visitors, last visit": Widget("sidebar", _visitors),
    "the footer's last visit": Widget("footer", _last_visit),
    "WordPress's calendar of the month": Widget("sidebar", _calendar),
    "WordPress's archives, this month empty": Widget("sidebar", _archives),
    "an agenda of the year's fixed days": Widget("sidebar", _fixed_days),
    "an agenda weeks ahead": Widget("sidebar", _agenda_ahead),
    "a countdown to the city's anniversary": Widget("sidebar", _countdown),
    "recent tweets (2 jam yang lalu)": Widget("sidebar", _tweets),
    "Elfsight's Instagram feed": Widget("sidebar", _instagram),
    "an embedded YouTube live": Widget("sidebar", _youtube),
    "Antara's news by RSS": Widget("sidebar", _antara),
    "the GPR Kominfo widget": Widget("sidebar", _gpr),
    "Google Translate": Widget("bar", _translate),
    "the operator's last login": Widget("footer", _last_login),
    "the render time": Widget("footer", _render_time),
    "a running text of the day": Widget("bar", _running_text),
    "last month's satisfaction survey (SKM)": Widget("sidebar", _skm),
    "a maintenance notice for days ahead": Widget("content", _maintenance),
    "a clock with its noscript day": Widget("bar", _clock),
    "ISPU updated this morning": Widget("sidebar", _ispu_stamped),
    "a COVID-19 counter updated this morning": Widget("sidebar", _covid_today),
    "exchange rates updated this morning": Widget("sidebar", _kurs_updated),
    "the weather updated minutes ago": Widget("sidebar", _weather_relative),
    "the Javanese year (Jumadilawal 1960 Je)": Widget("bar", _javanese_year),
    "an embedded tweet": Widget("sidebar", _tweet_embed),
    "an embedded Instagram post": Widget("sidebar", _instagram_embed),
    "Vinaora's counter with the server's time": Widget("sidebar", _vinaora),
    "the city portal's news": Widget("sidebar", _city_news),
    "Antam's gold price of the day": Widget("sidebar", _gold_antam),
    "the weather's update time in <time datetime>": Widget("sidebar", _weather_timed),
    "a clock's data-timestamp": Widget("bar", _clock_stamped),
    "a counter of yesterday and last week": Widget("sidebar", _counter_relative),
    "an online queue's numbers": Widget("sidebar", _queue),
    "SIRANAP's beds updated this morning": Widget("sidebar", _beds),
    "PMI's blood stock of yesterday": Widget("sidebar", _blood),
    "LPSE's latest tenders": Widget("sidebar", _lpse),
    "JDIH's latest regulations": Widget("sidebar", _jdih),
    "a CCTV snapshot's time": Widget("sidebar", _cctv),
}


def _posts(now: datetime, days: tuple[int, ...]) -> str:
    """Return the department's latest posts as its WordPress theme lists them, each dated ``days`` before ``now``."""
    items = []
    for i, n in enumerate(days):
        posted = (now - timedelta(days=n)).replace(hour=9, minute=12 + i)
        slug = "-".join(HEADLINES[i].lower().replace(".", "").split()[:6])
        items.append(
            f'<article id="post-{2310 - i}" class="post-{2310 - i} post type-post status-publish format-standard '
            f'has-post-thumbnail hentry category-berita"><div class="post-thumb"><a href="/{slug}/">'
            f'<img src="/wp-content/uploads/{posted:%Y/%m}/{slug}-300x200.jpg" alt=""></a></div>'
            f'<header class="entry-header"><h2 class="entry-title"><a href="/{slug}/" rel="bookmark">'
            f'{escape(HEADLINES[i])}</a></h2><div class="entry-meta"><span class="posted-on"><time class="entry-date '
            f'published" datetime="{posted.isoformat()}">{tanggal(posted)}</time></span> <span class="byline">oleh '
            '<span class="author vcard"><a href="/author/humas/">humas</a></span></span></div></header>'
            f'<div class="entry-summary"><p>{EXCERPT}</p></div></article>'
        )
    return "".join(items)


def _portal_posts(now: datetime, days: tuple[int, ...]) -> str:
    """Return the latest posts as a CodeIgniter portal's cards list them: no article, the day under the headline."""
    return "".join(
        f'<div class="col-md-6 mb-4"><div class="card card-berita h-100"><img class="card-img-top" '
        f'src="/uploads/berita/thumb_{2310 - i}.jpg" alt=""><div class="card-body"><h5 class="card-title">'
        f'<a href="/berita/detail/{2310 - i}">{escape(HEADLINES[i])}</a></h5><p class="text-muted small">'
        f'<i class="far fa-calendar-alt"></i> {HARI[(now - timedelta(days=n)).weekday()]}, '
        f'{tanggal(now - timedelta(days=n))}</p><p class="card-text">{EXCERPT[:140]}...</p></div></div></div>'
        for i, n in enumerate(days)
    )


def portal_page(now: datetime, days: tuple[int, ...], widget: Widget | None = None) -> str:
    """Return a department's portal on CodeIgniter and Bootstrap at ``now``: the same widget's markup in a card of
    its right column (no ``<aside>``, no WordPress widget classes), the posts as cards without ``<article>``."""
    parts = {place: "" for place in ("bar", "content", "sidebar", "footer")}
    if widget is not None:
        markup = widget.markup(now)
        if widget.place == "sidebar":
            markup = re.sub(r'class="widget\b[^"]*"', 'class="card card-body mb-3"', markup, count=1)
            markup = markup.replace("widget-title", "card-title")
        parts[widget.place] = markup
    return f"""<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Dinas Kesehatan Kota Bekasi</title>
<link rel="stylesheet" href="/assets/vendor/bootstrap/css/bootstrap.min.css">
<link rel="stylesheet" href="/assets/css/style.css?v=1.4">
</head>
<body>
<div class="topbar bg-success text-white py-1"><div class="container d-flex justify-content-between">
<div>{parts["bar"]}</div><div><i class="fas fa-phone"></i> (021) 88397963</div></div></div>
<nav class="navbar navbar-expand-lg navbar-light bg-white shadow-sm"><div class="container">
<a class="navbar-brand" href="/"><img src="/assets/img/logo.png" alt="Dinkes" height="48"> DINKES KOTA BEKASI</a>
<ul class="navbar-nav ml-auto"><li class="nav-item"><a class="nav-link" href="/">Beranda</a></li>
<li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="/profil">Profil</a><div class="dropdown-menu">
<a class="dropdown-item" href="/profil/visi-misi">Visi Misi</a><a class="dropdown-item" href="/profil/struktur">
Struktur Organisasi</a></div></li><li class="nav-item"><a class="nav-link" href="/berita">Berita</a></li>
<li class="nav-item"><a class="nav-link" href="/layanan">Layanan</a></li><li class="nav-item"><a class="nav-link"
href="/ppid">PPID</a></li><li class="nav-item"><a class="nav-link" href="/kontak">Kontak</a></li></ul></div></nav>
<section class="py-4"><div class="container"><div class="row">
<div class="col-lg-8">{parts["content"]}<h4 class="judul-section">Berita Terkini</h4>
<div class="row">{_portal_posts(now, days)}</div><a href="/berita" class="btn btn-outline-success">Indeks Berita</a>
</div>
<div class="col-lg-4">
<div class="card card-body mb-3"><h5 class="card-title">Layanan Kami</h5><ul class="list-unstyled">
<li><a href="/layanan/ambulans">Ambulans Gratis</a></li><li><a href="/layanan/perizinan">Perizinan Kesehatan</a></li>
</ul></div>
{parts["sidebar"]}
</div></div></div></section>
<footer class="bg-dark text-white pt-4"><div class="container"><div class="row"><div class="col-md-6">
<h5>Dinas Kesehatan Kota Bekasi</h5><p>Jl. Pramuka No. 1, Marga Jaya, Bekasi Selatan, Kota Bekasi 17141</p></div>
<div class="col-md-6">{parts["footer"]}</div></div>
<p class="text-center small">&copy; {now.year} Dinas Kesehatan Kota Bekasi</p></div></footer>
<script src="/assets/vendor/jquery/jquery.min.js"></script>
<script src="/assets/vendor/bootstrap/js/bootstrap.bundle.min.js"></script>
</body>
</html>
"""


def widget_page(now: datetime, days: tuple[int, ...], widget: Widget | None = None) -> str:
    """Return a department's WordPress home page at ``now`` (WIB), its posts ``days`` old, with ``widget``."""
    parts = {place: "" for place in ("bar", "content", "sidebar", "footer")}
    if widget is not None:
        parts[widget.place] = widget.markup(now)
    return f"""<!DOCTYPE html>
<html lang="id-ID">
<head>
<meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Dinas Kesehatan Kota Bekasi &#8211; Melayani dengan Sepenuh Hati</title>
<link rel="stylesheet" id="newsup-style-css" href="/wp-content/themes/newsup/style.css?ver=6.4.3" media="all">
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<meta name="generator" content="WordPress 6.4.3">
</head>
<body class="home blog wp-embed-responsive hfeed">
<div id="page" class="site">
<div class="mg-head-detail hidden-xs"><div class="container-fluid"><div class="row">
<div class="col-md-6"><ul class="info-left"><li>{parts["bar"]}</li></ul></div>
<div class="col-md-6"><ul class="mg-social info-right"><li><a href="https://www.instagram.com/dinkeskotabekasi/">
<i class="fab fa-instagram"></i></a></li><li><a href="https://www.youtube.com/@dinkeskotabekasi">
<i class="fab fa-youtube"></i></a></li></ul></div></div></div></div>
<header class="mg-headwidget"><div class="container-fluid"><div class="navbar-header">
<a href="/" class="custom-logo-link" rel="home"><img src="/wp-content/uploads/2021/03/logo-dinkes.png"
alt="Dinas Kesehatan Kota Bekasi"></a></div>
<nav class="navbar navbar-expand-lg"><ul id="menu-utama" class="nav navbar-nav mr-auto">
<li class="menu-item current-menu-item"><a href="/">Beranda</a></li>
<li class="menu-item menu-item-has-children"><a href="/profil/">Profil</a><ul class="dropdown-menu">
<li><a href="/profil/visi-misi/">Visi dan Misi</a></li><li><a href="/profil/struktur-organisasi/">Struktur
Organisasi</a></li></ul></li>
<li class="menu-item"><a href="/category/berita/">Berita</a></li><li class="menu-item"><a href="/layanan/">
Layanan</a></li><li class="menu-item"><a href="/ppid/">PPID</a></li><li class="menu-item"><a href="/kontak/">
Kontak</a></li></ul></nav></div></header>
<div id="content" class="container-fluid"><div class="row">
<div class="col-md-8"><div id="primary" class="content-area"><main id="main" class="site-main">
{parts["content"]}
<h3 class="mg-sec-title">Berita Terbaru</h3>
{_posts(now, days)}
<nav class="navigation pagination"><div class="nav-links"><span aria-current="page" class="page-numbers current">1
</span><a class="page-numbers" href="/page/2/">2</a><a class="next page-numbers" href="/page/2/">Berikutnya</a>
</div></nav></main></div></div>
<aside id="secondary" class="col-md-4 widget-area" role="complementary">
<section id="search-2" class="widget widget_search"><form role="search" method="get" action="/">
<input type="search" name="s" placeholder="Cari..."><button type="submit">Cari</button></form></section>
{parts["sidebar"]}
<section id="categories-2" class="widget widget_categories"><h3 class="widget-title">Kategori</h3><ul>
<li class="cat-item"><a href="/category/berita/">Berita</a></li><li class="cat-item"><a href="/category/pengumuman/">
Pengumuman</a></li></ul></section>
</aside></div></div>
<footer class="footer"><div class="container-fluid"><div class="row"><div class="col-md-6">
<p><strong>Dinas Kesehatan Kota Bekasi</strong><br>Jl. Pramuka No. 1, Marga Jaya, Bekasi Selatan, Kota Bekasi
17141<br>Telp. (021) 88397963</p></div><div class="col-md-6">{parts["footer"]}</div></div>
<p class="copyright">&copy; {now.year} Dinas Kesehatan Kota Bekasi. Hak Cipta Dilindungi.</p></div></footer>
</div>
<script src="/wp-content/themes/newsup/js/custom.js?ver=6.4.3" id="newsup-custom-js"></script>
</body>
</html>
"""
