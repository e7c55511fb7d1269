"""A department's own lesson on online gambling that lists the trade's slang with no verdict beside each word: a
single post, Joomla's article, an FAQ page and a campaign's landing page, headed with the campaign's name ("Kenali
Istilah Judi Online", "FAQ Literasi Digital: Judi Online", "Kamus Istilah Judol"); and a kit's pages under the same
heading (session 35).

``CLEAN``: such a page, its lesson in its main content ("Orang tua perlu tahu istilah seperti gacor, maxwin, dan
RTP", "Apa itu maxwin? Kemenangan maksimal yang dijanjikan situs.").

``SPAM``: a kit's SEO article headed as a lesson with no campaign's word in it; the same heading over a seller's
sign-up, promise, claim or brand, over a link to another site (a gambling domain, one named by its words or a
brand's, a shortener), or beside the same slang hidden, in the footer's text, in its links, in the title.
"""

from __future__ import annotations

from vendor_pages import Site, days_ago, department_page, tanggal

_NAME = "Dinas Komunikasi, Informatika, Statistik dan Persandian Kota Bekasi"
_HEADLINE = "Kenali Istilah Judi Online yang Sering Dipakai Anak"
_LESSON = (
    "Orang tua perlu tahu istilah seperti gacor, maxwin, dan RTP yang kini sering terdengar dari obrolan anak di rumah."
)
_ADVICE = "Diskominfostandi Kota Bekasi mengajak orang tua mendampingi anak saat menggunakan gawai."


def post(headline: str, *paragraphs: str, campaign: bool = True) -> str:
    """Return a WordPress single post: ``headline`` in its h1, its date and byline, ``paragraphs``, its category and
    tags, the campaign's ("Literasi Digital", "judi online") or, without ``campaign``, a blog's ("Artikel", "poker")."""
    day = days_ago(2)
    body = "".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)
    category, tag = ("Literasi Digital", "literasi digital") if campaign else ("Artikel", "tips")
    main = (
        f'<article class="post type-post single"><header class="entry-header"><h1 class="entry-title">{headline}</h1>'
        f'<div class="entry-meta"><span class="posted-on"><time class="entry-date published" '
        f'datetime="{day:%Y-%m-%dT%H:%M:%S+07:00}">{tanggal(day)}</time></span> <span class="byline">Oleh <a '
        'href="/author/redaksi/">Tim Redaksi Diskominfostandi</a></span> <span class="cat-links"><a '
        f'href="/kategori/{category.lower().replace(" ", "-")}/">{category}</a></span></div></header>'
        f'<div class="entry-content">{body}</div><footer class="entry-footer"><span class="tags-links">Tag: <a '
        f'href="/tag/judi-online/">judi online</a>, <a href="/tag/{tag.replace(" ", "-")}/">{tag}</a></span>'
        "</footer></article>"
    )
    return department_page(Site(name=_NAME, main=main))


def joomla(headline: str, *paragraphs: str) -> str:
    """Return Joomla's article view: ``headline`` in its h2, its author, its date and its hits, ``paragraphs``."""
    day = days_ago(4)
    body = "".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)
    main = (
        '<div class="item-page" itemscope itemtype="https://schema.org/Article"><div class="page-header">'
        f'<h2 itemprop="headline">{headline}</h2></div><dl class="article-info muted"><dd class="createdby">Ditulis '
        'oleh <span itemprop="name">Super User</span></dd><dd class="published"><time '
        f'datetime="{day:%Y-%m-%dT%H:%M:%S+07:00}" itemprop="datePublished">Diterbitkan: {tanggal(day)}</time></dd>'
        f'<dd class="hits">Dilihat: 312</dd></dl><div itemprop="articleBody">{body}</div></div>'
    )
    return department_page(Site(name=_NAME, main=main, generator="Joomla! - Open Source Content Management"))


def faq(title: str, *answered: tuple[str, str]) -> str:
    """Return a page of questions and their answers, shown, under ``title``."""
    items = "".join(
        f'<div class="faq-item"><h3 class="faq-q">{question}</h3><div class="faq-a"><p>{answer}</p></div></div>'
        for question, answer in answered
    )
    updated = tanggal(days_ago(3))
    main = f'<div class="page-content"><h1 class="page-title">{title}</h1>{items}<p>Diperbarui {updated}</p></div>'
    return department_page(Site(name=_NAME, main=main))


def campaign(title: str, lead: str, *points: str) -> str:
    """Return a campaign's landing page: ``title``, ``lead``, a checklist of ``points`` and its hotline."""
    listed = "".join(f"<li>{point}</li>" for point in points)
    main = (
        f'<section class="campaign"><h1>{title}</h1><p class="lead">{lead}</p><ul class="checklist">{listed}</ul>'
        '<div class="hotline">Temukan situs judi online? <a href="https://aduankonten.id/">Laporkan ke '
        "aduankonten.id</a> atau WhatsApp 0811-9224-545</div></section>"
    )
    return department_page(Site(name=_NAME, main=main))


def headed(paragraph: str, title: str | None = None, body_end: str = "") -> str:
    """Return a department's page whose main content is ``paragraph`` under the campaign's headline."""
    main = f'<article class="post"><h1 class="entry-title">{_HEADLINE}</h1><p>{paragraph}</p></article>'
    return department_page(Site(name=_NAME, main=main, title=title, body_end=body_end))


CLEAN: dict[str, str] = {
    "parents-should-know-the-terms": post(_HEADLINE, _LESSON, _ADVICE),
    "a-glossary-of-judol": post(
        "Kamus Singkat Istilah Judol",
        "Gacor: sebutan untuk mesin slot yang dianggap sering memberi kemenangan.",
        "Maxwin: kemenangan maksimal yang dijanjikan kepada pemain.",
        "RTP: persentase yang diklaim akan kembali ke pemain.",
        "Scatter: simbol yang dipercaya membuka putaran gratis.",
    ),
    "joomla-teachers-should-know-the-terms": joomla(
        "Kenali Istilah Judi Online di Kalangan Pelajar",
        "Guru dan orang tua perlu mengenali istilah gacor, maxwin, scatter, dan deposit yang sering dipakai siswa.",
        "Sekolah diminta memasukkan materi ini dalam kegiatan wali kelas sebagai bagian dari literasi digital.",
    ),
    "faq-of-the-literacy-campaign": faq(
        "FAQ Literasi Digital: Judi Online",
        ("Apa itu slot gacor?", "Sebutan untuk mesin slot yang dianggap sering menang."),
        ("Apa itu maxwin?", "Kemenangan maksimal yang dijanjikan situs."),
        ("Apa itu deposit?", "Uang yang disetor pemain ke situs sebelum bermain."),
    ),
    "faq-for-parents-on-judol": faq(
        "FAQ Judol untuk Orang Tua",
        ("Apa arti gacor?", "Sebutan pemain untuk mesin slot yang dianggap sering memberi kemenangan."),
        ("Apa arti maxwin?", "Kemenangan maksimal yang dijanjikan situs."),
        ("Ke mana saya melapor?", "Laporkan situsnya ke aduankonten.id."),
    ),
    "campaign-lists-the-terms": campaign(
        "Kenali Istilah Judi Online",
        "Istilah yang sering muncul di situs judi online.",
        "Gacor",
        "Maxwin",
        "RTP live",
        "Scatter hitam",
        "Deposit pulsa",
    ),
}

SPAM: dict[str, str] = {
    "the-heading-over-a-sign-up": headed(f"{_LESSON} Daftar sekarang di situs slot gacor."),
    "the-heading-over-an-official-link": headed("Istilah gacor, maxwin, dan RTP sudah biasa. Link resmi slot gacor."),
    "the-heading-over-a-brand": headed("Orang tua perlu tahu istilah seperti gacor, maxwin, dan RTP di GACORKU88."),
    "the-heading-over-a-promise": headed("Pemain slot online pasti kalah di situs lain. Di sini pasti menang, maxwin."),
    "the-heading-over-an-easy-win": headed("Slot gacor maxwin gampang menang, RTP live tertinggi, bonus new member."),
    "an-seo-article-headed-as-a-lesson": post(
        "Mengenal Poker Online dan Cara Memilih Bandar Judi",
        "Poker online adalah permainan kartu yang kini banyak dimainkan karena praktis. Cukup dengan ponsel, pemain "
        "dapat bertemu lawan dari berbagai kota.",
        "Bandar judi yang berpengalaman menyediakan layanan pelanggan yang responsif dan transaksi yang cepat.",
        campaign=False,
    ),
    "the-terms-with-no-campaigns-word": post(
        "Kenali Istilah Judi Online Sebelum Bermain",
        "Pemain perlu tahu istilah seperti gacor, maxwin, dan RTP agar lebih paham.",
        "Istilah ini dipakai di hampir semua permainan slot online.",
        campaign=False,
    ),
    "the-heading-over-a-sellers-claim": headed(f"{_LESSON} Situs slot anti blokir Kominfo."),
    "a-link-to-a-gambling-domain": headed(f'{_LESSON} <a href="https://gacorku.vip/">Info lengkap</a>'),
    "a-link-to-a-site-named-so": headed(f'{_LESSON} <a href="https://slotgacor-maxwin.com/">Info lengkap</a>'),
    "a-link-to-a-brands-site": headed(f'{_LESSON} <a href="https://kaisar88.com/">Info lengkap</a>'),
    "a-shortened-link": headed(f'{_LESSON} <a href="https://bit.ly/3xYgcr">Info lengkap</a>'),
    "the-slang-hidden-beside-it": headed(
        _LESSON, body_end='<div style="display:none">slot gacor maxwin <a href="https://gacorku.vip/">daftar</a></div>'
    ),
    "the-slang-in-the-footers-text": headed(
        _LESSON, body_end='<div class="footer-note">Slot gacor maxwin hari ini, RTP live 98%, bonus new member</div>'
    ),
    "the-slang-in-the-footers-links": headed(
        _LESSON,
        body_end='<div class="footer-links"><a href="https://gacorku.vip/">slot gacor</a> '
        '<a href="https://maxwin88.site/">maxwin</a></div>',
    ),
    "the-slang-in-the-title": headed(_LESSON, title="Slot Gacor Maxwin Hari Ini Link Resmi"),
}
