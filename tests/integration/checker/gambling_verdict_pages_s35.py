"""A department's literacy news that gives its verdict on the trade's slang ("RTP live hanyalah tipuan bandar", "pola
gacor hanyalah mitos"), and an English services page that books a time slot online; and a kit's copy that denies
the same verdict ("bukan sekadar mitos") (session 35).

``CLEAN``: a news item of the site's own, its headline linked to its slug, whose excerpt calls the slang a myth, a
deception, an illusion or a bait, with no other word of news beside it; a resident's story of being tempted
("tergoda"); a licensing office's English page of time slots booked online.

``SPAM``: a kit's hidden links whose copy says its slang is "bukan sekadar mitos" or "bukan hanya tipuan", a kit's
"jangan tergoda" of the others' sites before its brand, and a kit's English copy of the best time to play slots
online.
"""

from __future__ import annotations

from vendor_pages import Site, department_page


def literacy(headline: str, excerpt: str, **site: object) -> str:
    """Return a department's page with a literacy item of its own: ``headline`` linked to its slug, ``excerpt``."""
    slug = "-".join("".join(c for c in headline.lower() if c.isalnum() or c == " ").split())
    item = (
        f'<article class="post-item"><a href="/berita/{slug}/"><img src="/wp-content/uploads/{slug}.jpg" alt=""></a>'
        f'<div class="post-body"><h3 class="post-title"><a href="/berita/{slug}/">{headline}</a></h3>'
        f'<div class="post-meta"><span class="author">Admin</span></div><p>{excerpt}</p>'
        f'<a class="more-link" href="/berita/{slug}/">Selengkapnya</a></div></article>'
    )
    return department_page(Site(main_extra=item, **site))  # type: ignore[arg-type]


def hidden(copy: str) -> str:
    """Return a department's page with a kit's block after its footer, hidden off-screen: ``copy`` and its links."""
    block = (
        f'<div style="position:absolute;left:-9999px"><p>{copy}</p>'
        '<a href="https://gacorku.vip/">Daftar</a> <a href="https://gacorku.vip/login">Login</a></div>'
    )
    return department_page(Site(body_end=block))


_LICENSING = (
    '<section class="services"><h2>Licensing Services</h2>'
    '<article class="post-item"><h3><a href="/en/book-your-time-slot-for-licensing-services/">Book Your Time Slot for '
    "Licensing Services</a></h3><p>Investors no longer queue at the counter. Choose a time slot online, bring the "
    "printed receipt, and our officers will serve you at the appointed hour.</p></article>"
    "<p>Each time slot lasts thirty minutes; slots open every weekday from 08.00 to 15.00 WIB.</p></section>"
)

CLEAN: dict[str, str] = {
    "rtp-live-only-a-deception": literacy(
        "Mitos RTP Live di Kalangan Pemain Muda",
        "RTP live hanyalah tipuan bandar judi online agar pemain terus bermain dan menyetor uang.",
    ),
    "pola-gacor-only-a-myth": literacy(
        "Pola Gacor yang Dipercaya Banyak Remaja",
        "Pola gacor hanyalah mitos yang dibuat bandar agar pemain terus menyetor uang.",
    ),
    "maxwin-only-an-illusion": literacy(
        "Maxwin yang Dijanjikan Situs Slot Tidak Pernah Datang",
        "Maxwin hanya ilusi belaka: sistem situs slot dirancang agar bandar selalu untung.",
    ),
    "scatter-hitam-only-a-bait": literacy(
        "Scatter Hitam yang Ramai Dibicarakan di Media Sosial",
        "Scatter hitam hanyalah umpan agar pemain penasaran dan terus mengisi saldo.",
    ),
    "a-residents-story-tempted-by-maxwin": literacy(
        "Kisah Warga Bantargebang Lepas dari Jerat Slot",
        "Awalnya coba-coba deposit Rp10 ribu karena tergoda cerita maxwin teman kantor.",
    ),
    "time-slots-booked-online-in-english": department_page(
        Site(name="Investment and One-Stop Services Office of Bekasi City", lang="en", main_extra=_LICENSING)
    ),
}

SPAM: dict[str, str] = {
    "rtp-live-not-merely-a-myth": hidden("RTP live akurat hari ini, bukan sekadar mitos. Slot gacor gampang menang."),
    "pola-gacor-not-only-a-deception": hidden("Pola gacor bukan hanya tipuan, buktikan sendiri di situs slot gacor."),
    "do-not-be-tempted-by-the-others": hidden("Jangan tergoda situs abal-abal! Slot gacor maxwin hanya di GACORKU88."),
    "best-time-to-play-slot-online": hidden("Best time to play slot online: slot gacor maxwin every night."),
}
