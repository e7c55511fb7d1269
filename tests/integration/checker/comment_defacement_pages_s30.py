"""A WordPress story's comment section with a defacer's words after it or dressed as a comment, and visitors'
comments in a defacer's words (session 30, a second round).

A comment's own text runs from its commenter's "berkata:" to its "Balas": a defacer's block after the last comment
(a big red centred block, a marquee), after a lone "Balas" link, or posted as a comment signed with a ./handle and
several of a defacer's words is a defacement; a visitor's "Greetz!" alone in their comment is not, nor a guestbook's
entry by "anonymous" that hopes no hacker defaces the site.
"""

from __future__ import annotations

from defaced_pages_s28 import story
from vendor_pages import Site, days_ago, department_page, tanggal


def comment(name: str, days: int, text: str) -> str:
    """Return one comment of a WordPress theme's list: its author, its date, its text and its reply link."""
    return (
        f'<li class="comment"><article class="comment-body"><footer class="comment-meta"><div class="comment-author'
        f' vcard"><b class="fn">{name}</b> <span class="says">berkata:</span></div><div class="comment-metadata">'
        f'<time>{tanggal(days_ago(days))} pukul 10.12</time></div></footer><div class="comment-content"><p>{text}</p>'
        '</div><div class="reply"><a class="comment-reply-link" href="#respond">Balas</a></div></article></li>'
    )


RESPOND = (
    '<div id="respond" class="comment-respond"><h3 class="comment-reply-title">Tinggalkan Balasan</h3><form'
    ' action="/wp-comments-post.php" method="post"><p><label>Komentar</label><textarea name="comment"></textarea></p>'
    '<p><label>Nama</label><input name="author"></p><p><input type="submit" value="Kirim Komentar"></p></form></div>'
)
VISITORS = (
    comment("Rina Marlina", 2, "Terima kasih infonya, sangat membantu warga Bekasi Utara.")
    + comment("Budi", 1, "Mantap pak, semoga lancar.")
    + comment("Agus S", 1, "Apakah jadwal untuk Kecamatan Medan Satria sudah ada?")
)


def ktp_story(comments: str, after: str = "") -> str:
    """Return a story of the mobile ID card service with ``comments`` under it, and ``after`` its reply form."""
    section = (
        f'<div id="comments" class="comments-area"><h2 class="comments-title">{comments.count("<li")} tanggapan untuk'
        f' &ldquo;Pelayanan KTP Keliling&rdquo;</h2><ol class="comment-list">{comments}</ol>{RESPOND}{after}</div>'
    )
    return story(
        "Pelayanan KTP Keliling",
        "<p>Disdukcapil Kota Bekasi kembali menggelar pelayanan KTP elektronik keliling di 12 kecamatan mulai pekan"
        " ini. Warga diminta membawa fotokopi KK dan surat pengantar RT/RW.</p>" + section,
    )


DEFACED_COMMENT_SECTIONS = {
    # A defacer's block after the comments and the reply form.
    "block-after-comments": ktp_story(
        VISITORS,
        '<center style="font-size:36px;color:red"><b>Sorry admin, security kalian lemah</b><br>./Kur0 was here<br>'
        "Indonesian Cyber Army</center>",
    ),
    "marquee-after-comments": ktp_story(
        VISITORS, "<marquee><h1>touched by ./Kur0 | sorry admin | ganti tampilan dulu ya</h1></marquee>"
    ),
    # Posted as a comment: signed by a ./handle, in several of a defacer's words.
    "posted-as-a-comment": ktp_story(
        comment("Rina Marlina", 2, "Terima kasih infonya, sangat membantu warga Bekasi Utara.")
        + comment("./Kur0", 0, "Sorry admin, security kalian lemah. ./Kur0 was here")
        + comment("Agus S", 1, "Apakah jadwal untuk Kecamatan Medan Satria sudah ada?")
    ),
    "dressed-as-the-only-comment": ktp_story(
        comment(
            "./Kur0",
            0,
            '<h2 style="color:red;font-size:40px">Sorry admin, security kalian lemah</h2>'
            "./Kur0 was here - Indonesian Cyber Army",
        )
    ),
}
# Visitors greeting the admin in their comments, one commenter named "Hacker Pemula".
VISITORS_GREETINGS = {
    "greetz-alone": ktp_story(comment("Budi", 1, "Terima kasih infonya.") + comment("Andi", 0, "Greetz!")),
    "greetz-from": ktp_story(comment("Budi", 0, "Terima kasih. Salam buat admin, greetz from Bekasi Utara.")),
    "greetz-and-a-hacker-commenter": ktp_story(
        comment("Hacker Pemula", 1, "Sorry admin, mau tanya kapan jadwal untuk Kecamatan Rawalumbu?")
        + comment("Sari", 0, "Greetz buat admin yang fast respon!")
    ),
}


def guestbook(entries: str, after: str = "") -> str:
    """Return the department's guestbook page: its entries (a name, a date, a message), its form, and ``after``."""
    return department_page(
        Site(
            main_extra=f'<div class="bukutamu"><h3>Buku Tamu</h3>{entries}<form method="post" action="/bukutamu/">'
            '<input name="nama" placeholder="Nama"><textarea name="pesan"></textarea><button>Kirim</button>'
            "</form></div>" + after
        )
    )


def entry(name: str, days: int, message: str) -> str:
    return f'<div class="entry"><b>{name}</b> <small>{tanggal(days_ago(days))}</small><p>{message}</p></div>'


GUESTBOOK_ENTRIES = entry("Rina", 1, "Pelayanan KTP elektronik cepat, terima kasih Disdukcapil.") + entry(
    "anonymous", 2, "Web nya keren min, jangan sampai di deface hacker ya hehe. Security check: passed."
)
GUESTBOOK = guestbook(GUESTBOOK_ENTRIES)
# The same guestbook with a defacer's line after it: "Anonymous" with no entry's date is their collective.
GUESTBOOK_DEFACED = guestbook(
    GUESTBOOK_ENTRIES, '<h1 style="color:red;text-align:center">Anonymous Hacker Indonesia - Expect Us</h1>'
)
