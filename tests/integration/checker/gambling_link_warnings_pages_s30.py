"""A department's warning against the links of a fraud, which names the gambling sites they lead to, and the spam
that borrows its imperative.

``WARNINGS``: a department's page (menu, news, sidebar, footer) with its notice "Waspada penipuan mengatasnamakan
Dinas! Jangan klik tautan situs slot atau togel yang dikirim via WhatsApp" as vendors show it: an alert box, a
Bootstrap modal the page opens by script, an alert shown on wide screens only (``d-none d-lg-block``); and a news
article warning against links to gambling and illegal loans. None is spam: "waspada penipuan" is a warning of a fraud
(no word of news of its own), and "jangan klik" is the warning's word against the links it names.

``SPAM``: a seller's warning of the others' sites in the same words, written into the article: beside its brand or
promise ("Jangan klik link palsu, main slot gacor hanya di GARUDA4D"), before its terms in a sentence of their own
("Jangan klik sembarangan! Slot gacor maxwin hari ini"), or stringing them together ("Jangan klik link palsu, slot
gacor maxwin situs toto terpercaya"). Each is found.
"""

from __future__ import annotations

from defaced_pages_s28 import article, story
from vendor_pages import Site, department_page

_NOTICE = "Waspada penipuan mengatasnamakan Dinas! Jangan klik tautan situs slot atau togel yang dikirim via WhatsApp."
_HEADLINE = "Pendaftaran Vaksinasi Influenza Gratis bagi Lansia Dibuka"
_ARTICLE = (
    "<p>Dinas Kesehatan Kota Bekasi membuka pendaftaran vaksinasi influenza gratis bagi warga berusia 60 tahun ke atas"
    " di 42 puskesmas. Pendaftaran dilakukan melalui aplikasi atau langsung di loket puskesmas.</p><p>Petugas tidak"
    " pernah meminta biaya maupun mengirim tautan pendaftaran lewat pesan pribadi.</p>"
)
_VISIBLE = {("judi_online", "visible"): "tinggi"}
_HIDDEN = {("judi_online", "hidden"): "kritis"}


def _injected(spam: str) -> str:
    """Return the department's page of its article with ``spam`` written after the article's paragraphs."""
    return department_page(Site(main_extra=article(_HEADLINE, _ARTICLE + spam)))


WARNINGS = {
    "notice-in-an-alert": department_page(
        Site(
            body_top='<div class="container mt-2"><div class="alert alert-warning" role="alert"><h5>Pengumuman</h5>'
            f"<p>{_NOTICE}</p></div></div>"
        )
    ),
    "notice-in-a-modal": department_page(
        Site(
            body_end='<div class="modal fade" id="popup" tabindex="-1"><div class="modal-dialog"><div'
            ' class="modal-content"><div class="modal-header"><h5 class="modal-title">Pengumuman</h5><button'
            ' type="button" class="close" data-dismiss="modal">&times;</button></div><div class="modal-body">'
            f'<p>{_NOTICE}</p></div></div></div></div><script>$(function(){{$("#popup").modal("show")}});</script>'
        )
    ),
    "notice-on-wide-screens": department_page(
        Site(body_top=f'<div class="d-none d-lg-block alert alert-danger text-center mb-0">{_NOTICE}</div>')
    ),
    "news-against-gambling-and-loan-links": story(
        "Diskominfo Imbau Warga Waspadai Pesan Berisi Tautan",
        "<p>Diskominfo Kota Bekasi menerima sejumlah laporan pesan singkat yang mengatasnamakan pemerintah daerah."
        " Jangan mengklik tautan situs judi online atau pinjol ilegal yang beredar di media sosial.</p><p>Warga"
        " diminta memeriksa alamat situs resmi yang berakhiran go.id sebelum mengisi data pribadi.</p>",
    ),
}

SPAM = {
    "warning-beside-a-brand": (
        _injected("<p>Jangan klik link palsu, main slot gacor hanya di GARUDA4D.</p>"),
        _VISIBLE,
    ),
    "warning-before-its-terms": (
        _injected(
            '<div style="display:none">Jangan klik sembarangan! Slot gacor maxwin hari ini, situs toto'
            " terpercaya.</div>"
        ),
        _HIDDEN,
    ),
    "warning-stringing-its-terms": (
        _injected("<p>Jangan klik link palsu, slot gacor maxwin situs toto terpercaya.</p>"),
        _VISIBLE,
    ),
}
