"""Gambling spam planted in the places of a department's site that are not its articles, and the department's own
pages using the same places (session 37).

``SPAM``: a head alone carrying the spam (a second description, keywords, Open Graph and Twitter cards, the metas
news sites and Dublin Core read, a second ``<title>``, the JSON-LD of its organisation or site, its canonical,
``hreflang`` and AMP versions on a gambling host: the "AMP hijack" of .go.id sites in 2024-2025); visitors' places
a spammer writes into (a WordPress story's comments, a "Buku Tamu", a "Tanya Jawab", a citizen's profile); the
site's own lists a spammer's posts and uploads fill (a tag cloud, a JDIH or PPID repository, a gallery's alt and
title, a "Link Terkait" drop-down, an RSS ticker).

``CLEAN``: the same places in a department's own words: Diskominfo's news of blocked sites naming their brands in
its head, an OJK and Komdigi warning, citizens' comments and questions asking to stamp out judi online, Dukcapil's
"slot antrean", a badminton player named Toto, a bank's prize draw, a Kecamatan's mahjong tournament, a spatial
plan's RTP, a statistics page's scatter plot.
"""

from __future__ import annotations

import json

from comment_defacement_pages_s30 import comment, entry, guestbook, ktp_story
from defaced_pages_s28 import article, story
from vendor_pages import Site, days_ago, department_page, tanggal

_OWN = "https://diskominfo.bekasikota.go.id"
_DISKOMINFO = "Dinas Komunikasi dan Informatika Kota Bekasi"
_DISDUKCAPIL = "Dinas Kependudukan dan Pencatatan Sipil Kota Bekasi"
_DISPORA = "Dinas Pemuda dan Olahraga Kota Bekasi"


def headed(head: str, name: str = _DISKOMINFO, **site: str) -> str:
    """Return a department's home page, whose head carries ``head`` besides its vendor's own."""
    return department_page(Site(name=name, head=head, **site))  # type: ignore[arg-type]


def meta(name: str, content: str, attribute: str = "name") -> str:
    return f'<meta {attribute}="{name}" content="{content}">\n'


def ld(data: object) -> str:
    return f'<script type="application/ld+json">{json.dumps(data)}</script>\n'


def link(rel: str, href: str, extra: str = "") -> str:
    return f'<link rel="{rel}" href="{href}"{extra}>\n'


def page(main: str, name: str = _DISKOMINFO, head: str = "") -> str:
    """Return a department's page whose content is ``main`` under its menu, beside its sidebar, over its footer."""
    return department_page(Site(name=name, main=main, head=head))


def comments_under(headline: str, body: str, comments: str) -> str:
    """Return a WordPress story with ``comments`` under it, then its reply form."""
    section = (
        f'<div id="comments" class="comments-area"><h2 class="comments-title">{comments.count("<li")} tanggapan untuk'
        f' &ldquo;{headline}&rdquo;</h2><ol class="comment-list">{comments}</ol><div id="respond" class="comment-'
        'respond"><h3>Tinggalkan Balasan</h3><form action="/wp-comments-post.php" method="post"><textarea name='
        '"comment"></textarea><input name="author"><input name="url"><input type="submit" value="Kirim Komentar">'
        "</form></div></div>"
    )
    return story(headline, f"<p>{body}</p>{section}")


def linked_comment(name: str, site: str, days: int, text: str) -> str:
    """Return a comment whose author's name links their website, as WordPress prints it."""
    author = f'<a href="{site}" class="url" rel="ugc external nofollow">{name}</a>'
    return comment(author, days, text)


def questions(*pairs: tuple[str, str, str]) -> str:
    """Return a "Tanya Jawab" page: each asker, their question and the department's answer (empty: none yet)."""
    listed = "".join(
        f'<div class="qa-item"><div class="qa-question"><b>{asker}</b> <small>{tanggal(days_ago(n + 1))}</small>'
        f"<p>{question}</p></div>"
        + (f'<div class="qa-answer"><b>Admin Diskominfo</b><p>{answer}</p></div>' if answer else "")
        + "</div>"
        for n, (asker, question, answer) in enumerate(pairs)
    )
    return page(
        f'<h1 class="page-title">Tanya Jawab</h1><div class="qa-list">{listed}</div><form method="post" action='
        '"/tanya-jawab/kirim"><input name="nama" placeholder="Nama"><textarea name="pertanyaan"></textarea><button>'
        "Kirim Pertanyaan</button></form>"
    )


def profile(name: str, about: str, website: str, posts: str) -> str:
    """Return a portal's public profile of a registered user: name, about, website, their latest posts."""
    return page(
        f'<div class="user-profile"><h1 class="profile-name">{name}</h1><p class="joined">Bergabung sejak'
        f' {tanggal(days_ago(40))}</p><div class="profile-about"><h3>Tentang</h3><p>{about}</p></div><p class="profile-'
        f'website">Situs web: <a href="{website}" rel="nofollow">{website}</a></p><h3>Tulisan Terbaru</h3><ul>{posts}'
        "</ul></div>"
    )


def in_sidebar(widget: str) -> str:
    """Return Diskominfo's home page with ``widget`` first in its sidebar."""
    aside = '<aside class="sidebar">'
    return department_page(Site(name=_DISKOMINFO)).replace(aside, f"{aside}{widget}")


def tag_cloud(*tags: str) -> str:
    """Return a home page whose sidebar's tag cloud lists ``tags`` beside the department's usual ones."""
    usual = ("Stunting", "Vaksinasi", "Posyandu", "SPBE", "Pelayanan Publik")
    links = "".join(
        f'<a href="/tag/{"-".join(tag.lower().split())}/" class="tag-cloud-link" style="font-size:{10 + n % 5}pt">'
        f"{tag}</a> "
        for n, tag in enumerate((*usual, *tags))
    )
    widget = f'<section class="widget widget_tag_cloud"><h3>Tag</h3><div class="tagcloud">{links}</div></section>'
    return in_sidebar(widget)


def documents(title: str, *files: tuple[str, str]) -> str:
    """Return a JDIH or PPID repository's table: each document's title linked to its file, its date, its size."""
    rows = "".join(
        f'<tr><td>{n + 1}</td><td><a href="{href}">{name}</a></td><td>{tanggal(days_ago(2 + 3 * n))}</td><td>'
        f"{180 + 47 * n} KB</td></tr>"
        for n, (name, href) in enumerate(files)
    )
    return page(
        f'<h1 class="page-title">{title}</h1><table class="table table-striped"><thead><tr><th>No</th><th>Judul'
        f"</th><th>Tanggal</th><th>Ukuran</th></tr></thead><tbody>{rows}</tbody></table>"
    )


def gallery(*images: tuple[str, str]) -> str:
    """Return a photo gallery: each image with its alt and title, a caption of the department's under each."""
    shown = "".join(
        f'<figure class="gallery-item"><img src="/wp-content/uploads/galeri/{n}.jpg" alt="{alt}" title="{title}">'
        f"<figcaption>Kegiatan Diskominfo, {tanggal(days_ago(3 + n))}</figcaption></figure>"
        for n, (alt, title) in enumerate(images)
    )
    return page(f'<h1 class="page-title">Galeri Foto</h1><div class="gallery">{shown}</div>')


def drop_down(label: str, *options: tuple[str, str]) -> str:
    """Return a home page whose sidebar has a drop-down of ``options`` (value, text) under ``label``."""
    listed = "".join(f'<option value="{value}">{text}</option>' for value, text in options)
    widget = (
        f'<section class="widget"><h3>{label}</h3><select onchange="if(this.value)window.open(this.value)">'
        f'<option value="">-- Pilih --</option>{listed}</select></section>'
    )
    return in_sidebar(widget)


def rss_ticker(source: str, *items: tuple[str, str]) -> str:
    """Return a home page with a ticker of a feed's items (headline, address) over its content."""
    listed = "".join(f'<li><a href="{href}" target="_blank">{headline}</a></li>' for headline, href in items)
    ticker = (
        f'<div class="rss-ticker"><span class="label">{source}</span><marquee behavior="scroll" onmouseover="this.'
        f'stop()" onmouseout="this.start()"><ul class="ticker-list">{listed}</ul></marquee></div>'
    )
    return department_page(Site(name=_DISKOMINFO, body_top=ticker))


def search_results(query: str, results: str) -> str:
    """Return a WordPress search's page for ``query``: its title, its heading, the feed of its results WordPress names
    in the head and Yoast's metas repeat it; ``results`` under the heading."""
    path = "+".join(query.split())
    head = (
        f'<link rel="alternate" type="application/rss+xml" title="{_DISKOMINFO} &raquo; Feed Hasil Pencarian untuk'
        f' &#8220;{query}&#8221;" href="{_OWN}/search/{path}/feed/rss2/">\n<meta name="robots" content="noindex,'
        f' follow">\n{meta("og:title", f"Hasil pencarian untuk {query} - {_DISKOMINFO}", "property")}'
        f"{meta('og:url', f'{_OWN}/search/{path}/', 'property')}"
    )
    return department_page(
        Site(
            name=_DISKOMINFO,
            head=head,
            title=f"Hasil pencarian untuk \u201c{query}\u201d \u2013 {_DISKOMINFO}",
            main=f'<h1 class="page-title">Hasil pencarian untuk: <span>{query}</span></h1>{results}',
        )
    )


_BLOCKED_NEWS = "Diskominfo Blokir 1.204 Situs Judi Online, di Antaranya KAISAR88 dan GARUDA4D"
_BLOCKED_BODY = (
    "Diskominfo Kota Bekasi bersama Kementerian Komdigi memblokir 1.204 situs judi online sepanjang November, di"
    " antaranya KAISAR88, GARUDA4D dan situs slot gacor sejenis. Warga dapat melaporkan situs serupa melalui"
    " aduankonten.id."
)
_OJK = "OJK dan Satgas PASTI Imbau Warga Waspadai Judi Online Berkedok Investasi"
_OJK_BODY = (
    "Otoritas Jasa Keuangan bersama Satgas PASTI dan Kementerian Komdigi mengimbau masyarakat tidak tergiur tawaran"
    " judi online yang menjanjikan maxwin dan bonus deposit. Laporkan rekening yang dipakai bandar ke kontak 157 OJK."
)
_SPAM_TITLE = "SLOT GACOR MAXWIN HARI INI ⚡ Situs Slot88 Online Terpercaya"
_SPAM_TEXT = "Situs slot gacor hari ini gampang maxwin, daftar slot88 online terpercaya dan bonus new member 100%"
_KTP_BODY = (
    "Disdukcapil Kota Bekasi kembali menggelar pelayanan KTP elektronik keliling di 12 kecamatan mulai pekan ini."
    " Warga diminta membawa fotokopi KK dan surat pengantar RT/RW."
)

SPAM: dict[str, str] = {
    # The head alone: the page a visitor sees is the department's.
    "head-second-description": headed(meta("description", _SPAM_TEXT)),
    "head-keywords": headed(meta("keywords", "slot gacor, slot88, situs judi slot, togel online, rtp live, maxwin")),
    "head-open-graph": headed(
        meta("og:title", _SPAM_TITLE, "property") + meta("og:description", _SPAM_TEXT, "property")
    ),
    "head-twitter-card": headed(
        meta("twitter:card", "summary_large_image")
        + meta("twitter:title", _SPAM_TITLE)
        + meta("twitter:description", _SPAM_TEXT)
    ),
    "head-news-keywords": headed(meta("news_keywords", "slot gacor, situs slot88, togel hongkong, bandar togel")),
    "head-dublin-core": headed(meta("DC.title", _SPAM_TITLE) + meta("DC.description", _SPAM_TEXT)),
    "head-image-alt": headed(
        meta("og:image", f"{_OWN}/wp-content/uploads/banner.jpg", "property")
        + meta("og:image:alt", "Slot gacor maxwin hari ini di situs slot88 terpercaya", "property")
    ),
    "head-second-title": headed(f"<title>{_SPAM_TITLE}</title>\n"),
    "head-json-ld-organization": headed(
        ld(
            {
                "@context": "https://schema.org",
                "@type": "Organization",
                "name": "KAISAR88 Situs Slot Gacor Maxwin",
                "description": _SPAM_TEXT,
                "url": f"{_OWN}/",
            }
        )
    ),
    "head-json-ld-website": headed(
        ld(
            {
                "@context": "https://schema.org",
                "@type": "WebSite",
                "name": "Slot Gacor Hari Ini",
                "alternateName": "Situs Slot88 Terpercaya",
                "url": f"{_OWN}/",
            }
        )
    ),
    "head-canonical-to-gambling-host": headed(link("canonical", "https://slotgacor-kaisar88.com/diskominfo-bekasi/")),
    "head-hreflang-to-gambling-host": headed(
        link("alternate", f"{_OWN}/", ' hreflang="id"')
        + link("alternate", "https://situsslot88.net/", ' hreflang="en"')
    ),
    "head-amp-to-gambling-page": headed(link("amphtml", "https://amp.slotgacor88.xyz/diskominfo-bekasi/")),
    # Visitors' places.
    "comments-selling-with-links": comments_under(
        "Pelayanan KTP Keliling",
        _KTP_BODY,
        comment("Rina Marlina", 2, "Terima kasih infonya, sangat membantu warga Bekasi Utara.")
        + linked_comment(
            "slot gacor", "https://kaisar88.com/", 1, "Slot gacor maxwin hari ini, main di KAISAR88 pasti jp."
        )
        + linked_comment("situs slot88", "https://slot88resmi.net/", 0, "Info slot gacor gampang menang, daftar sini."),
    ),
    "comments-selling-in-the-authors-names": comments_under(
        "Pelayanan KTP Keliling",
        _KTP_BODY,
        linked_comment("slot gacor maxwin", "https://gacormaxwin.xyz/", 1, "Artikel yang sangat bermanfaat, makasih.")
        + linked_comment("togel hongkong", "https://togelhk.vip/", 0, "Mantap admin, ditunggu info selanjutnya."),
    ),
    "comments-selling-without-links": comments_under(
        "Pelayanan KTP Keliling",
        _KTP_BODY,
        comment("Budi", 2, "Mantap pak, semoga lancar.")
        + comment("Dewi", 1, "Bosku cari slot gacor maxwin? Situs slot88 terpercaya, bonus new member 100%.")
        + comment("Andre", 0, "RTP live slot gacor hari ini, pola gacor olympus dijamin maxwin."),
    ),
    "pingback-to-a-gambling-post": comments_under(
        "Pelayanan KTP Keliling",
        _KTP_BODY,
        comment("Rina Marlina", 2, "Terima kasih infonya, sangat membantu warga Bekasi Utara.")
        + '<li class="pingback"><div class="comment-body">Pingback: <a href="https://kaisar88.com/slot-gacor/" class='
        '"url" rel="ugc external nofollow">Slot Gacor Maxwin Hari Ini | KAISAR88</a></div></li>',
    ),
    "comment-authors-named-as-brands": comments_under(
        "Pelayanan KTP Keliling",
        _KTP_BODY,
        comment("Rina Marlina", 2, "Terima kasih infonya, sangat membantu warga Bekasi Utara.")
        + linked_comment("MAWARTOTO", "https://mawartoto.com/", 1, "Terima kasih infonya min.")
        + linked_comment("DEWAJP", "https://dewajp.com/", 0, "Mantap, sangat bermanfaat."),
    ),
    "latest-comments-widget": in_sidebar(
        '<section class="widget widget_recent_comments"><h3>Komentar Terbaru</h3><ul id="recentcomments"><li class='
        '"recentcomments"><span class="comment-author-link"><a href="https://kaisar88.com/" class="url" rel="ugc'
        ' external nofollow">slot gacor maxwin</a></span> pada <a href="/pelayanan-ktp-keliling/#comment-12">Pelayanan'
        ' KTP Keliling</a></li><li class="recentcomments"><span class="comment-author-link"><a href="https://togel88.vip/"'
        ' class="url">togel online</a></span> pada <a href="/pelayanan-ktp-keliling/#comment-13">Pelayanan KTP'
        " Keliling</a></li></ul></section>"
    ),
    "forum-reply": page(
        '<div id="bbpress-forums"><h1>Forum Warga: Jadwal Posyandu</h1><ul class="bbp-replies"><li><div class="bbp-'
        'reply-author">Rina</div><div class="bbp-reply-content"><p>Posyandu RW 05 kapan jadwalnya?</p></div></li><li>'
        '<div class="bbp-reply-author"><a href="https://kaisar88.com/">slot gacor</a></div><div class="bbp-reply-'
        'content"><p>Slot gacor maxwin hari ini, daftar KAISAR88 bonus new member 100%.</p></div></li></ul></div>'
    ),
    "guestbook-of-spam": guestbook(
        entry("Rina", 3, "Pelayanan KTP elektronik cepat, terima kasih Disdukcapil.")
        + entry("slot gacor", 1, 'Situs slot gacor maxwin hari ini <a href="https://kaisar88.com/">KAISAR88</a>')
        + entry("agen togel", 0, 'Bandar togel online terpercaya, <a href="https://togel88.vip/">daftar togel88</a>')
    ),
    "guestbook-teasing-the-days-tip": guestbook(
        entry("Rina", 2, "Pelayanan KTP elektronik cepat, terima kasih Disdukcapil.")
        + entry("Warga", 1, "Mohon info slot gacor maxwin hari ini min")
        + entry("Warga", 0, "Apa itu RTP live? Bocoran RTP slot gacor hari ini 98%")
    ),
    "guestbook-teasing-a-question": guestbook(
        entry("Rina", 1, "Pelayanan KTP elektronik cepat, terima kasih Disdukcapil.")
        + entry("Warga", 0, "Apa itu slot gacor? Yuk cek situs slot gacor maxwin di bio")
    ),
    "questions-of-spam": questions(
        ("Agus", "Kapan jadwal perekaman KTP di Kecamatan Rawalumbu?", "Setiap Selasa dan Kamis di kantor kecamatan."),
        ("slot88", 'Slot gacor maxwin hari ini, daftar di <a href="https://slot88resmi.net/">slot88 resmi</a>', ""),
        ("bandar togel", "Situs togel online terpercaya, bonus deposit pulsa tanpa potongan.", ""),
    ),
    "profile-of-a-spammer": profile(
        "slotgacor88",
        "Situs slot gacor maxwin hari ini, link slot88 resmi dan terpercaya.",
        "https://slotgacor88.xyz/",
        '<li><a href="/forum/topik/slot-gacor-hari-ini/">Slot Gacor Hari Ini Gampang Maxwin</a></li>',
    ),
    # The site's own lists, filled by a spammer's posts and uploads.
    "tag-cloud-of-spam-tags": tag_cloud("Slot Gacor Maxwin", "Situs Slot88", "Togel Hongkong", "Bocoran RTP Live"),
    "document-repository-of-spam": documents(
        "Dokumen PPID",
        ("Laporan Kinerja Diskominfo 2025", "/ppid/dokumen/lkj-2025.pdf"),
        ("Slot Gacor Maxwin Hari Ini Situs Slot88 Terpercaya", "/wp-content/uploads/2026/11/slot-gacor-maxwin.pdf"),
        ("Link Togel Hongkong Resmi dan Bandar Toto 4D", "/wp-content/uploads/2026/11/togel-hongkong.pdf"),
    ),
    "gallery-alt-and-title": gallery(
        ("Rapat koordinasi SPBE", "Rapat koordinasi SPBE"),
        ("slot gacor maxwin hari ini", "situs slot88 terpercaya"),
        ("togel online hongkong", "bandar togel resmi"),
    ),
    "related-links-drop-down": drop_down(
        "Link Terkait",
        ("https://www.bekasikota.go.id/", "Pemerintah Kota Bekasi"),
        ("https://kaisar88.com/", "KAISAR88 Slot Gacor"),
        ("https://togel88.vip/", "Togel Online Terpercaya"),
    ),
    "rss-ticker-of-spam": rss_ticker(
        "Berita Terkini",
        ("Slot Gacor Hari Ini Gampang Maxwin", "https://kaisar88.com/slot-gacor/"),
        ("Bocoran RTP Live Slot Pragmatic Paling Akurat", "https://kaisar88.com/rtp/"),
    ),
}

_NO_RESULTS = (
    '<p class="no-results">Maaf, tidak ada hasil yang cocok dengan kata kunci Anda. Silakan coba kata kunci lain.</p>'
)
_SPAM_POST = (
    '<article class="post"><h2><a href="/slot-gacor-maxwin-hari-ini/">Slot Gacor Maxwin Hari Ini Situs Slot88'
    " Terpercaya</a></h2><p>Daftar slot gacor hari ini, bonus new member 100%, link slot88 resmi.</p></article>"
)
# A search's page at its own address (/?s=…): its title and heading repeat the words asked, which the asker wrote. By
# the address of each; with no result, it is clean; a spammer's post it finds is found.
SEARCHED: dict[str, tuple[str, str]] = {
    "/?s=slot+gacor+maxwin": ("slot gacor maxwin", _NO_RESULTS),
    "/?s=KAISAR88+slot+gacor+hari+ini": ("KAISAR88 slot gacor hari ini", _NO_RESULTS),
    "/search/slot+gacor+maxwin/": ("slot gacor maxwin", _NO_RESULTS),  # WordPress's address of a search
}
SEARCHED_SPAM: dict[str, tuple[str, str]] = {"/?s=slot+gacor": ("slot gacor", _SPAM_POST)}

CLEAN: dict[str, str] = {
    # A head in the department's own words.
    "head-blocked-news": headed(
        meta("og:title", _BLOCKED_NEWS, "property")
        + meta("og:description", _BLOCKED_BODY, "property")
        + meta("twitter:title", _BLOCKED_NEWS)
        + meta("keywords", "judi online, pemblokiran, aduan konten, literasi digital")
        + ld(
            {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "headline": _BLOCKED_NEWS,
                "description": _BLOCKED_BODY,
                "datePublished": days_ago(1).isoformat(),
                "publisher": {"@type": "GovernmentOrganization", "name": _DISKOMINFO},
            }
        ),
        main_extra=article(_BLOCKED_NEWS, f"<p>{_BLOCKED_BODY}</p>"),
    ),
    "head-ojk-warning": headed(
        meta("description", _OJK_BODY)
        + meta("og:title", _OJK, "property")
        + meta("og:image:alt", "Poster imbauan OJK: waspada judi online berkedok investasi", "property")
        + meta("news_keywords", "judi online, OJK, Satgas PASTI, investasi ilegal"),
        main_extra=article(_OJK, f"<p>{_OJK_BODY}</p>"),
    ),
    "head-badminton-toto": headed(
        meta("og:title", "Toto Sugiarto Juara Tunggal Putra Porprov Jabar", "property")
        + meta("keywords", "Toto Sugiarto, bulu tangkis, Porprov, Dispora"),
        name=_DISPORA,
        main_extra=article(
            "Toto Sugiarto Juara Tunggal Putra Porprov Jabar",
            "<p>Atlet bulu tangkis Kota Bekasi, Toto Sugiarto, meraih medali emas tunggal putra Porprov Jawa Barat"
            " setelah mengalahkan wakil Kabupaten Bogor 21-17, 21-19.</p>",
        ),
    ),
    "head-json-ld-faq-on-reporting": headed(
        ld(
            {
                "@context": "https://schema.org",
                "@type": "FAQPage",
                "mainEntity": [
                    {
                        "@type": "Question",
                        "name": "Bagaimana melaporkan situs judi online?",
                        "acceptedAnswer": {
                            "@type": "Answer",
                            "text": "Laporkan melalui aduankonten.id; jangan tergiur janji slot gacor dan maxwin.",
                        },
                    }
                ],
            }
        )
    ),
    "head-json-ld-breadcrumb-of-a-tag": headed(
        ld(
            {
                "@context": "https://schema.org",
                "@type": "BreadcrumbList",
                "itemListElement": [
                    {"@type": "ListItem", "position": 1, "name": "Beranda", "item": f"{_OWN}/"},
                    {"@type": "ListItem", "position": 2, "name": "Judi Online", "item": f"{_OWN}/tag/judi-online/"},
                ],
            }
        )
    ),
    "head-keywords-of-a-sports-and-a-statistics-office": headed(
        meta("keywords", "toto, bulu tangkis, mahjong, lansia, scatter plot, statistik, rtp, rtrw")
        + meta("og:title", "Undian Berhadiah Tabungan bjb 2026", "property")
    ),
    "head-queue-slots": headed(
        meta("description", "Ambil slot antrean online pelayanan KTP-el, KK dan akta kelahiran Disdukcapil.")
        + meta("og:title", "Slot Antrean Online Disdukcapil Kota Bekasi", "property"),
        name=_DISDUKCAPIL,
    ),
    # Visitors' places in citizens' words.
    "comments-asking-to-stamp-out-judi-online": comments_under(
        "Pemkot Bekasi Bentuk Satgas Pemberantasan Judi Online",
        "Wali Kota Bekasi membentuk satgas pemberantasan judi online yang melibatkan kecamatan dan kelurahan.",
        comment("Rina Marlina", 2, "Tolong berantas judi online di wilayah kami, banyak anak muda main slot tiap hari.")
        + comment("Pak RT 05", 1, "Di gang kami ada warung yang jadi tempat main judi online, mohon ditindak.")
        + comment("Sari", 0, "Suami saya habis gaji karena judol. Semoga satgas ini benar-benar bekerja."),
    ),
    "comments-quoting-a-brand-and-a-queue-slot": comments_under(
        "Pemkot Bekasi Bentuk Satgas Pemberantasan Judi Online",
        "Wali Kota Bekasi membentuk satgas pemberantasan judi online yang melibatkan kecamatan dan kelurahan.",
        comment("Rina", 1, "Ada iklan KAISAR88 slot gacor di grup WA RW kami, tolong diblokir min.")
        + comment("Toto", 0, "Slot antrean KTP besok masih ada min?"),
    ),
    "comment-authors-linking-their-own-sites": comments_under(
        "Pelayanan KTP Keliling",
        _KTP_BODY,
        linked_comment("SUHARTOTO", "https://suhartoto.com/", 1, "Terima kasih infonya, sangat membantu.")
        + linked_comment("Budi Santoso", "https://budisantoso.blogspot.com/", 0, "Apakah berlaku juga hari Sabtu?"),
    ),
    "latest-comments-widget-of-citizens": in_sidebar(
        '<section class="widget widget_recent_comments"><h3>Komentar Terbaru</h3><ul id="recentcomments"><li class='
        '"recentcomments"><span class="comment-author-link">Rina</span> pada <a href="/satgas-judi-online/#comment-12">'
        "Pemkot Bekasi Bentuk Satgas Pemberantasan Judi Online</a></li></ul></section>"
    ),
    "guestbook-of-complaints": guestbook(
        entry("Rina", 2, "Mohon blokir situs judi online yang iklannya muncul di grup WA warga.")
        + entry("Hendra", 0, "Anak saya kecanduan slot online, ke mana saya bisa minta pendampingan?")
    ),
    "guestbook-of-citizens-asking-the-slang": guestbook(
        entry("Rina", 2, "Anak saya sering bilang gacor dan maxwin, apa maksudnya min?")
        + entry("Hendra", 1, "Min, RTP live itu apa? Teman kantor saya tiap hari lihat RTP slot.")
        + entry(
            "Sari", 0, "Tetangga saya kalah ratusan juta main slot gacor, katanya sudah maxwin tapi ternyata ditipu."
        )
    ),
    "questions-on-reporting": questions(
        (
            "Dewi",
            "Bagaimana cara melaporkan situs judi online yang memakai nama Pemkot Bekasi?",
            "Silakan laporkan melalui aduankonten.id atau kanal pengaduan Diskominfo di nomor 112.",
        ),
        ("Agus", "Apakah ada layanan konseling bagi korban judi online?", "Ada, di UPTD PPA dan Puskesmas terdekat."),
    ),
    "profile-of-a-staff-member": profile(
        "Toto Sugiarto",
        "Pranata humas Diskominfo Kota Bekasi, menulis liputan kegiatan Wali Kota.",
        f"{_OWN}/",
        '<li><a href="/berita/satgas-pemberantasan-judi-online/">Pemkot Bekasi Bentuk Satgas Pemberantasan Judi'
        " Online</a></li>",
    ),
    # The site's own lists in its own words.
    "tag-cloud-of-campaign-tags": tag_cloud("Judi Online", "Pemberantasan Judi Online", "Pinjol Ilegal", "Toto"),
    "document-repository-of-circulars": documents(
        "JDIH Kota Bekasi",
        ("Surat Edaran Wali Kota tentang Pencegahan Judi Online bagi ASN", "/jdih/dokumen/se-judi-online-asn.pdf"),
        ("Peraturan Wali Kota Nomor 12 Tahun 2026 tentang RTP", "/jdih/dokumen/perwal-12-2026.pdf"),
        ("Instruksi Wali Kota tentang Satgas Pemberantasan Judi Online", "/jdih/dokumen/ins-satgas-judol.pdf"),
    ),
    "gallery-of-a-campaign": gallery(
        ("Sosialisasi bahaya judi online di SMPN 12", "Sosialisasi bahaya judi online"),
        ("Lomba mahjong antar-RW Kecamatan Bekasi Timur", "Lomba mahjong HUT Kota Bekasi"),
    ),
    "complaint-categories-drop-down": drop_down(
        "Kategori Pengaduan",
        ("judi-online", "Judi Online"),
        ("pinjol", "Pinjaman Online Ilegal"),
        ("narkoba", "Narkoba"),
        ("jalan", "Jalan Rusak"),
    ),
    "queue-slots-drop-down": drop_down(
        "Pilih Slot Antrean",
        ("08.00", "08.00-09.00 (slot tersedia 12)"),
        ("09.00", "09.00-10.00 (slot tersedia 3)"),
        ("10.00", "10.00-11.00 (slot penuh)"),
    ),
    "rss-ticker-of-national-news": rss_ticker(
        "ANTARA",
        ("Polisi Tangkap Bandar Judi Online di Bekasi", "https://www.antaranews.com/berita/1/polisi-tangkap-bandar"),
        ("Komdigi Blokir 5.000 Konten Judi Online", "https://www.antaranews.com/berita/2/komdigi-blokir"),
    ),
    "search-results-for-judi-online": search_results(
        "judi online",
        '<article class="post"><h2><a href="/berita/satgas-pemberantasan-judi-online/">Pemkot Bekasi Bentuk Satgas'
        " Pemberantasan Judi Online</a></h2><p>Wali Kota Bekasi membentuk satgas pemberantasan judi online.</p>"
        "</article>",
    ),
    "ojk-and-komdigi-warning": story(_OJK, f"<p>{_OJK_BODY}</p>"),
    "bank-prize-draw": story(
        "Undian Berhadiah Tabungan Bank bjb Periode 2026 Digelar di Alun-Alun",
        "<p>Bank bjb menggelar undian berhadiah bagi nasabah tabungan periode 2026, disaksikan notaris dan Dinas"
        " Sosial. Hadiah utama sebuah mobil; undian ini bebas dari unsur judi dan telah berizin Kemensos.</p>",
    ),
    "mahjong-tournament": story(
        "Turnamen Mahjong Antar-RW Meriahkan HUT Kecamatan Bekasi Timur",
        "<p>Sebanyak 32 tim mengikuti turnamen mahjong antar-RW dalam rangka HUT Kecamatan Bekasi Timur. Camat"
        " menegaskan permainan ini tanpa taruhan dan murni olahraga otak bagi lansia.</p>",
    ),
    "spatial-plan-rtp": story(
        "Konsultasi Publik RTP dan RTRW Kota Bekasi",
        "<p>Bappelitbangda menggelar konsultasi publik rancangan RTP kawasan stasiun dan revisi RTRW. RTP ruang"
        " terbuka publik di Kelurahan Jatiasih ditargetkan rampung 2027.</p>",
    ),
    "statistics-scatter-plot": story(
        "Indeks Pembangunan Manusia per Kecamatan 2025",
        "<p>Grafik scatter plot di bawah menunjukkan hubungan IPM dan pengeluaran per kapita tiap kecamatan. Titik di"
        ' kanan atas adalah Bekasi Selatan.</p><figure><img src="/statistik/scatter-ipm.png" alt="Scatter plot IPM'
        ' dan pengeluaran per kapita"></figure>',
    ),
    "queue-slot-announcement": story(
        "Slot Antrean Online Perekaman KTP-el Ditambah",
        "<p>Disdukcapil menambah slot antrean online perekaman KTP-el menjadi 300 per hari. Slot dibuka setiap pukul"
        " 06.00 WIB melalui aplikasi Alpukat Betul.</p>",
    ),
    "ktp-story-with-thanks": ktp_story(comment("Rina Marlina", 1, "Terima kasih infonya, sangat membantu.")),
}
