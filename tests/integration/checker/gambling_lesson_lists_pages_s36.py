"""A department's home page whose news list, sidebar, slider or ticker shows its own literacy piece on online gambling
among its latest items: a headline linked to the post's own slug, its date, and an excerpt that quotes the trade's
slang ("Istilah seperti slot gacor, maxwin dan RTP live sering dipakai untuk menjerat korban"); and a kit's home-page
injections dressed as such an item (session 36).

``CLEAN``: WordPress, Laravel and CodeIgniter portals of a Diskominfo, a Dinas Pendidikan, a kecamatan, a school and
a Puskesmas, the piece among six to nine other items, its verdict in the excerpt, in its second sentence or nowhere.

``SPAM``: the same item as a kit writes it: its headline linked to another site, or to a slug of the site's own but
with a brand, a sign-up, a promise or a link elsewhere in its excerpt; hidden; after the footer; marked dofollow.
"""

from __future__ import annotations

from dataclasses import dataclass

from vendor_pages import Site, days_ago, department_page, tanggal


@dataclass(frozen=True)
class Item:
    """A news item as a list shows it: its headline, linked to ``href``, and its excerpt."""

    headline: str
    excerpt: str
    href: str = ""  # the post's own slug from its headline, by default

    @property
    def link(self) -> str:
        return self.href or f"/berita/{slug(self.headline)}/"


def slug(headline: str) -> str:
    """Return the slug a CMS makes of ``headline`` ("kenali-istilah-judol-gacor-maxwin-dan-scatter-hitam")."""
    kept = "".join(c if c.isalnum() else " " for c in headline.lower())
    return "-".join(kept.split())


_NEWS = (
    Item(
        "Wali Kota Bekasi Resmikan Mal Pelayanan Publik Jilid II",
        "Mal Pelayanan Publik kini melayani 312 jenis layanan perizinan dan non-perizinan dari 24 instansi.",
    ),
    Item(
        "Diskominfo Gelar Bimbingan Teknis Pengelolaan Website Perangkat Daerah",
        "Sebanyak 86 admin website perangkat daerah mengikuti bimbingan teknis selama dua hari di Aula Nonon.",
    ),
    Item(
        "Pemkot Bekasi Raih Predikat Informatif Keterbukaan Informasi Publik",
        "Penghargaan diserahkan Komisi Informasi Provinsi Jawa Barat kepada Sekretaris Daerah Kota Bekasi.",
    ),
    Item(
        "Jadwal Pelayanan Perekaman KTP Elektronik Keliling Bulan Ini",
        "Layanan keliling menyasar sekolah dan kelurahan; warga cukup membawa fotokopi Kartu Keluarga.",
    ),
    Item(
        "Rapat Koordinasi Satu Data Indonesia Tingkat Kota Bekasi",
        "Rapat membahas penyusunan daftar data prioritas dan jadwal pemutakhiran portal data terbuka.",
    ),
    Item(
        "Peningkatan Kapasitas Petugas Layanan Pengaduan SP4N LAPOR",
        "Petugas penghubung dari 56 kelurahan mengikuti pelatihan tindak lanjut aduan masyarakat.",
    ),
    Item(
        "Lomba Video Pendek Pelajar Tingkat SMP Se-Kota Bekasi Dibuka",
        "Pendaftaran dibuka hingga akhir bulan; karya diunggah melalui formulir di laman ini.",
    ),
    Item(
        "Posyandu Remaja Hadir di Kelurahan Margahayu",
        "Kegiatan rutin berupa pemeriksaan kesehatan, penyuluhan gizi dan konseling sebaya.",
    ),
    Item(
        "Sosialisasi Keamanan Informasi bagi Aparatur Sipil Negara",
        "ASN diingatkan mengganti kata sandi berkala dan mengaktifkan verifikasi dua langkah.",
    ),
)

# The department's own pieces on the trade, and what their excerpts say.
_TERMS = "Kenali Istilah Judol: Gacor, Maxwin, dan Scatter Hitam"
_MYTH = "Waspada Slot Gacor: Maxwin Hanyalah Mitos"
_REFUSE = "Diskominfo Ajak Pelajar Tolak Judi Online"
_QUOTED = (
    "Istilah seperti slot gacor, maxwin dan RTP live sering dipakai untuk menjerat korban. Diskominfo mengajak orang "
    "tua mengenali istilah ini lewat literasi digital."
)
_SLANG_ALONE = "Istilah seperti slot gacor, maxwin dan RTP live sering dipakai untuk menjerat korban ..."
_VERDICT_SECOND = (
    "Janji maxwin dan pola gacor kerap dipakai untuk memikat pemain baru. Semua itu hanyalah mitos yang dibuat bandar "
    "agar korban terus menyetor."
)
_VERDICT_FIRST = "Slot gacor, scatter hitam dan maxwin hanyalah mitos; bandar selalu menang dalam jangka panjang."
_CAMPAIGN = (
    "Sosialisasi bahaya judi online digelar di 12 SMP. Siswa diajak mengenali istilah seperti slot gacor, maxwin, dan "
    "deposit pulsa, lalu melaporkan situsnya ke aduankonten.id."
)

_VERDICT_FAR = (
    "Scatter hitam, pola gacor dan jam maxwin ramai dibicarakan di media sosial dan grup percakapan pelajar. Padahal "
    "semua itu hanyalah mitos yang dibuat bandar."
)
_LIE = (
    "Judi slot dirancang agar bandar selalu menang. Janji maxwin, scatter hitam dan pola gacor yang beredar di media "
    "sosial adalah kebohongan."
)
_MODUS = "Mengenal Modus Judi Online: Dari Slot Gacor hingga Deposit Pulsa"

LESSONS = {
    "terms-verdict-far": Item(_TERMS, _VERDICT_FAR),
    "terms-a-lie": Item(_TERMS, _LIE),
    "modus-slang-alone": Item(_MODUS, _SLANG_ALONE),
    "terms": Item(_TERMS, _QUOTED),
    "terms-slang-alone": Item(_TERMS, _SLANG_ALONE),
    "myth-verdict-second": Item(_MYTH, _VERDICT_SECOND),
    "myth-verdict-first": Item(_MYTH, _VERDICT_FIRST),
    "myth-slang-alone": Item(_MYTH, _SLANG_ALONE),
    "refuse-campaign": Item(_REFUSE, _CAMPAIGN),
    "refuse-slang-alone": Item(_REFUSE, _SLANG_ALONE),
}


def _dated(index: int) -> str:
    return tanggal(days_ago(1 + 2 * index))


def wordpress(items: list[Item]) -> str:
    """Return a WordPress theme's "Berita Terkini": an article per item, its thumbnail, headline, date, excerpt."""
    listed = "".join(
        f'<article class="post-item"><a href="{item.link}"><img src="/wp-content/uploads/thumb-{n}.jpg" alt=""></a>'
        f'<div class="post-body"><h3 class="post-title"><a href="{item.link}">{item.headline}</a></h3>'
        f'<div class="post-meta"><span class="post-date">{_dated(n)}</span> &middot; <span class="author">Admin'
        f'</span></div><p>{item.excerpt}</p><a class="more-link" href="{item.link}">Baca Selengkapnya</a></div>'
        "</article>"
        for n, item in enumerate(items)
    )
    return (
        f'<h2 class="section-title">Berita Terkini</h2><div class="news-list">{listed}</div>'
        '<nav class="pagination"><a href="/berita/page/2/">Berita lainnya &raquo;</a></nav>'
    )


def twenty(items: list[Item]) -> str:
    """Return a WordPress default theme's posts page: each headline, its date linked to the post, its author's and
    category's links, then its excerpt."""
    listed = "".join(
        f'<article class="post hentry"><header class="entry-header"><h2 class="entry-title"><a href="{item.link}" '
        f'rel="bookmark">{item.headline}</a></h2></header><div class="entry-meta"><span class="posted-on"><a '
        f'href="{item.link}" rel="bookmark"><time class="entry-date published">{_dated(n)}</time></a></span> <span '
        'class="byline"><a class="url fn n" href="/author/redaksi/">Redaksi</a></span> <span class="cat-links"><a '
        f'href="/category/berita/" rel="category tag">Berita</a></span></div><div class="entry-summary"><p>'
        f"{item.excerpt}</p></div></article>"
        for n, item in enumerate(items)
    )
    return f'<h1 class="page-title">Berita Terkini</h1>{listed}'


def cards(items: list[Item]) -> str:
    """Return a Laravel portal's Bootstrap cards of the latest news."""
    listed = "".join(
        f'<div class="col-md-4"><div class="card mb-3"><img class="card-img-top" src="/storage/posts/{n}.jpg" alt="">'
        f'<div class="card-body"><small class="text-muted">{_dated(n)}</small><h5 class="card-title"><a '
        f'href="{item.link}">{item.headline}</a></h5><p class="card-text">{item.excerpt}</p></div></div></div>'
        for n, item in enumerate(items)
    )
    return f'<section class="latest"><h2>Berita Terbaru</h2><div class="row">{listed}</div></section>'


def media(items: list[Item]) -> str:
    """Return a CodeIgniter portal's media list: each headline, its date and views, its excerpt."""
    listed = "".join(
        f'<div class="media"><img class="mr-3" src="/assets/upload/berita/{n}.jpg" alt=""><div class="media-body">'
        f'<h4 class="mt-0"><a href="{_routed(item.link)}">{item.headline}</a></h4><p class="info"><i class="fa '
        f'fa-calendar"></i> {_dated(n)} | <i class="fa fa-eye"></i> {40 + 9 * n} kali</p><p>{item.excerpt}</p></div>'
        "</div>"
        for n, item in enumerate(items)
    )
    return f'<div class="box-berita"><h3 class="judul-box">Berita Terkini</h3>{listed}</div>'


def _routed(link: str) -> str:
    """Return an own post's address as CodeIgniter routes it without rewriting (/index.php/berita/…)."""
    return f"/index.php{link}" if link.startswith("/") else link


def plain(items: list[Item]) -> str:
    """Return a school's plain list: a headline, a date in brackets and the excerpt in a paragraph each."""
    listed = "".join(
        f'<li><a href="{item.link}"><b>{item.headline}</b></a> <em>({_dated(n)})</em><br>{item.excerpt}</li>'
        for n, item in enumerate(items)
    )
    return f'<div class="col-md-8"><h3>Informasi Terbaru</h3><ul class="berita">{listed}</ul></div>'


def among(lesson: Item, at: int = 1, count: int = 7) -> list[Item]:
    """Return ``count`` news items, the lesson at ``at`` among the department's other news."""
    others = list(_NEWS[: count - 1])
    return [*others[:at], lesson, *others[at:]]


def home(main: str, name: str = "Dinas Komunikasi dan Informatika Kota Bekasi", **site: str) -> str:
    """Return a department's home page showing ``main`` as its content, with its menu, sidebar and footer."""
    return department_page(Site(name=name, main=main, **site))  # type: ignore[arg-type]


def popular(lesson: Item) -> str:
    """Return a home page whose sidebar's "Artikel Populer" lists the lesson among other posts, with their excerpts."""
    items = [_NEWS[2], lesson, _NEWS[5]]
    listed = "".join(
        f'<li><a href="{item.link}">{item.headline}</a><p class="excerpt">{item.excerpt}</p></li>' for item in items
    )
    widget = f'<section class="widget"><h3>Artikel Populer</h3><ul>{listed}</ul></section>'
    return home(wordpress(list(_NEWS[:7]))).replace('<aside class="sidebar">', f'<aside class="sidebar">{widget}', 1)


def slider(lesson: Item) -> str:
    """Return a slider whose active slide's caption is the lesson's headline and excerpt."""
    return (
        '<div id="hero" class="carousel slide"><div class="carousel-inner"><div class="carousel-item active"><img '
        f'src="/wp-content/uploads/slide-judol.jpg" alt=""><div class="carousel-caption"><h2><a href="{lesson.link}">'
        f"{lesson.headline}</a></h2><p>{lesson.excerpt}</p></div></div></div></div>"
    )


def ticker(lesson: Item) -> str:
    """Return a "Breaking news" ticker over the content, the lesson's headline and excerpt in it."""
    return (
        '<div class="breaking-news"><span class="label">Breaking News</span><ul class="ticker">'
        f'<li><a href="{lesson.link}">{lesson.headline}</a> &ndash; {lesson.excerpt}</li>'
        f'<li><a href="{_NEWS[0].link}">{_NEWS[0].headline}</a></li></ul></div>'
    )


_DISDIK = "Dinas Pendidikan Kota Bekasi"
_KECAMATAN = "Kecamatan Bekasi Utara"
_SCHOOL = "SMP Negeri 12 Kota Bekasi"
_PUSKESMAS = "UPTD Puskesmas Bekasi Jaya"

CLEAN: dict[str, str] = {
    **{f"wordpress-{key}": home(wordpress(among(item))) for key, item in LESSONS.items()},
    **{f"twenty-{key}": home(twenty(among(item, at=2)), _SCHOOL) for key, item in LESSONS.items()},
    **{f"laravel-{key}": home(cards(among(item, at=0)), _DISDIK) for key, item in LESSONS.items()},
    **{f"codeigniter-{key}": home(media(among(item, at=3, count=8)), _KECAMATAN) for key, item in LESSONS.items()},
    "school-terms": home(plain(among(LESSONS["terms"], at=2, count=6)), _SCHOOL),
    "school-myth": home(plain(among(LESSONS["myth-verdict-second"], count=10)), _SCHOOL),
    "puskesmas-terms": home(wordpress(among(LESSONS["terms"], at=5, count=9)), _PUSKESMAS),
    "puskesmas-myth-slang-alone": home(plain(among(LESSONS["myth-slang-alone"], at=4, count=8)), _PUSKESMAS),
    "popular-terms": popular(LESSONS["terms"]),
    "popular-slang-alone": popular(LESSONS["terms-slang-alone"]),
    "slider-myth": home(wordpress(list(_NEWS[:7])), body_top=slider(LESSONS["myth-verdict-second"])),
    "slider-refuse": home(cards(list(_NEWS[:6])), _DISDIK, body_top=slider(LESSONS["refuse-campaign"])),
    "ticker-terms": home(wordpress(list(_NEWS[:7])), body_top=ticker(LESSONS["terms"])),
    "ticker-slang-alone": home(media(list(_NEWS[:6])), _KECAMATAN, body_top=ticker(LESSONS["terms-slang-alone"])),
    "laravel-lesson-at-the-top-of-nine": home(cards(among(LESSONS["myth-verdict-first"], at=0, count=9)), _DISDIK),
    "wordpress-two-lessons": home(wordpress([_NEWS[0], LESSONS["terms"], _NEWS[1], LESSONS["refuse-campaign"]])),
}

# A kit's items, as it injects them into the same home pages.
_OTHER_SITE = "https://smkn3-sumbawa.sch.id/wp-content/uploads/slot-gacor-maxwin/"
_KITS = {
    "headline-to-another-site": Item(_TERMS, _QUOTED, href="https://gacorku.vip/"),
    "headline-to-a-hacked-school": Item(_TERMS, _QUOTED, href=_OTHER_SITE),
    "headline-to-an-uploads-page": Item(_TERMS, _QUOTED, href="/wp-content/uploads/2026/12/slot-gacor-maxwin/"),
    "brand-in-excerpt": Item(_TERMS, f"{_SLANG_ALONE} Main sekarang di KAISAR88, maxwin setiap hari."),
    "glued-brand-in-excerpt": Item(_MYTH, "Maxwin bukan mitos di gacorku88, RTP live 98% hari ini."),
    "sign-up-in-excerpt": Item(_TERMS, f"{_SLANG_ALONE} Daftar sekarang dan klaim bonus new member 100%."),
    "an-seo-post-with-no-warning": Item(
        "Kenali Istilah Judi Online Sebelum Bermain",
        "Pemain perlu tahu istilah seperti gacor, maxwin, dan RTP agar lebih paham.",
    ),
    "promise-in-excerpt": Item(_REFUSE, "Tolak situs abal-abal, pilih slot gacor pasti menang, maxwin hari ini."),
    "link-elsewhere-in-excerpt": Item(
        _TERMS, f'{_SLANG_ALONE} <a href="https://bit.ly/gacor-maxwin">Info selengkapnya</a>'
    ),
    "admin-in-excerpt": Item(_MYTH, "Pola gacor dan jam maxwin hari ini? Hubungi admin via WhatsApp 0812-9988-7766."),
    "verdict-asked-in-excerpt": Item(_MYTH, "Maxwin hanyalah mitos? Tidak di sini! Slot gacor hari ini RTP live 98%."),
}
_HIDDEN_ITEM = (
    '<div style="display:none"><article class="post-item"><h3><a href="/berita/kenali-istilah-judol-gacor-maxwin-dan-'
    f'scatter-hitam/">{_TERMS}</a></h3><p>{_SLANG_ALONE}</p><a href="https://gacorku.vip/">daftar</a></article></div>'
)
_AFTER_FOOTER = (
    f'<div class="berita-lain"><h3><a href="/berita/{slug(_TERMS)}/">{_TERMS}</a></h3><p>{_SLANG_ALONE}</p>'
    '<a href="https://gacorku.vip/">slot gacor</a> <a href="https://maxwin88.site/">maxwin</a></div>'
)

SPAM: dict[str, str] = {
    **{f"wordpress-{key}": home(wordpress(among(item))) for key, item in _KITS.items()},
    **{f"codeigniter-{key}": home(media(among(item, at=3, count=8)), _KECAMATAN) for key, item in _KITS.items()},
    "hidden-item": home(wordpress(list(_NEWS[:7])), body_end=_HIDDEN_ITEM),
    "item-after-the-footer": home(wordpress(list(_NEWS[:7])), body_end=_AFTER_FOOTER),
    "item-marked-dofollow": home(
        wordpress(among(Item(_TERMS, f'{_SLANG_ALONE} <a rel="dofollow" href="/berita/{slug(_TERMS)}/">Baca</a>')))
    ),
    "slider-to-another-site": home(
        wordpress(list(_NEWS[:7])), body_top=slider(Item(_TERMS, _SLANG_ALONE, href="https://gacorku.vip/"))
    ),
    "ticker-with-a-brand": home(
        wordpress(list(_NEWS[:7])), body_top=ticker(Item(_TERMS, f"{_SLANG_ALONE} Slot gacor maxwin di KAISAR88."))
    ),
    "lesson-beside-footer-spam": home(
        wordpress(among(LESSONS["terms"])),
        body_end='<div class="footer-note">Slot gacor maxwin hari ini, RTP live 98%, bonus new member</div>',
    ),
}
