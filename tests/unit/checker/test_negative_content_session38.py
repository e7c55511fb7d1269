"""Pornography and other trades' spam (pinjol, fake investments, pharma, "jasa", the Japanese keyword hack) in the
places gambling is read (session 38): the terms (``terms.PORN``, ``terms.SPAM`` and their weak lists), the words of
news, warnings and lessons that make them a department's own (``terms.NEGATIVE_COUNTER_CONTEXT``, and a seller's
claims that do not: ``terms.NEGATIVE_CLAIMS``), their severity by place, the sitemap's pages, and cloaking."""

from __future__ import annotations

import pytest

from pantau_checker.core.checks import cloaking, defacement, sitemap_gambling
from pantau_checker.core.page import parse_page
from pantau_checker.core.term_scan import flagged, mentions
from pantau_contracts.advice import advice
from pantau_contracts.status import Finding
from pantau_contracts.vocabulary import FINDING_CATEGORIES, FINDING_LABELS, finding_label

URL = "https://dinkes.bekasikota.go.id/"
_NEWS = "".join(
    f'<article><h3><a href="/berita-{n}/">Posyandu Serentak Tahap {n}</a></h3><p>Kader posyandu menimbang balita dan'
    " memberikan vitamin A di seluruh kelurahan.</p></article>"
    for n in range(1, 6)
)


def html(body: str = "", head: str = "", title: str = "Dinas Kesehatan Kota Bekasi", tail: str = "") -> str:
    return (
        f"<!DOCTYPE html><html><head><title>{title}</title>{head}</head><body><nav><a href='/'>Beranda</a> <a"
        f" href='/profil/'>Profil</a> <a href='/layanan/'>Layanan</a></nav><main>{_NEWS}{body}</main><footer>Dinas"
        f" Kesehatan Kota Bekasi</footer>{tail}</body></html>"
    )


def found(markup: str) -> dict[tuple[str, str | None], str]:
    return {(f.code, f.location): f.severity for f in defacement.scan(parse_page(markup, URL))}


def codes(text: str) -> set[str]:
    return {code for code, _, _ in flagged(text)}


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Nonton bokep indo terbaru gratis", "konten_pornografi"),
        ("Koleksi cerita sex paling hot", "konten_pornografi"),
        ("xnxx terbaru", "konten_pornografi"),
        ("Pinjaman online cepat cair 5 menit", "spam_tersisip"),
        ("Pinjol tanpa BI checking, syarat mudah", "spam_tersisip"),
        ("Sewa robot trading, dijamin profit setiap hari", "spam_tersisip"),
        ("Jual obat kuat pria di Bekasi", "spam_tersisip"),
        ("Obat penggugur kandungan ampuh", "spam_tersisip"),
        ("Jasa backlink PBN berkualitas", "spam_tersisip"),
        ("Jual followers Instagram aktif", "spam_tersisip"),
        ("Jasa joki skripsi dan tesis", "spam_tersisip"),
        ("ルイヴィトン 財布 スーパーコピー 激安通販", "spam_tersisip"),
    ],
)
def test_a_strong_term_of_pornography_or_of_another_trades_spam_counts_alone(text: str, code: str) -> None:
    assert codes(text) == {code}


@pytest.mark.parametrize(
    "text",
    [
        "Nomor: xxx/PPID/XII/2026",
        "Jenis kelamin (sex): laki-laki",
        "Tambah followers secara organik",
        "Backlink dari situs resmi pemerintah",
        "Bakteri E. coli ditemukan pada depot air minum",
        "Pil KB dan suntik KB gratis",
        "Pinjaman modal koperasi dengan bunga rendah",
        "Bekasi Job Fair: jasa konstruksi, jasa keuangan, penyedia jasa kebersihan",
        "ベカシ市と日本の友好都市との交流事業が始まりました。",
        "Produk batik dijual di situs 通販 Jepang",
        "Panitia menyediakan jasa joki bagi pemilik kuda",
        "Cerita dewasa muda yang sukses berwirausaha",
    ],
)
def test_a_weak_term_alone_or_an_honest_word_is_none(text: str) -> None:
    assert codes(text) == set()


def test_a_weak_term_counts_beside_another_term() -> None:
    assert codes("Video porno xxx") == {"konten_pornografi"}
    assert codes("Cerita dewasa, video porno") == {"konten_pornografi"}
    assert codes("Pinjaman online, acc cepat") == {"spam_tersisip"}
    assert codes("正規品 最安値") == {"spam_tersisip"}


@pytest.mark.parametrize(
    "text",
    [
        "Waspada pinjol ilegal yang menawarkan pinjaman cepat cair tanpa BI checking",
        "Polres Metro Bekasi menangkap penjual video bokep di Telegram",
        "BPOM menyita obat kuat ilegal dan cialis tanpa izin edar",
        "Dinkes menegaskan obat penggugur kandungan yang dijual bebas berbahaya",
        "Komdigi blokir ribuan situs porno dan situs dewasa",
        "Hindari jasa joki skripsi, mahasiswa terancam sanksi",
        "Literasi digital: bahaya pornografi, video porno dan konten dewasa bagi pelajar",
        # a word of news in its sentence, farther than a term's window
        "Investasi bodong biasanya dipasarkan lewat grup percakapan dan seminar motivasi yang meriah, dengan janji"
        " profit harian dan robot trading yang dikatakan canggih.",
    ],
)
def test_a_department_that_warns_of_teaches_about_or_reports_on_a_trade_names_none(text: str) -> None:
    assert codes(text) == set()


def test_a_numbered_lists_items_are_of_its_leads_sentence() -> None:
    # A press release's list of entities stopped: the items' numbers cut no sentence.
    lead = "Entitas ilegal yang dihentikan Satgas PASTI: 1. Robot Trading Auto Profit 2. Aplikasi Pinjol Cepat Cair"
    assert codes(lead) == set()
    # Spam numbers its lines too, and no item of it is news.
    assert codes("1. Jual obat kuat pria asli 2. Viagra asli") == {"spam_tersisip"}
    assert codes("Laporan tahun 2026. Jual obat kuat pria asli") == {"spam_tersisip"}


def test_a_list_is_read_back_a_bounded_few_items() -> None:
    # A hostile page of numbers ("1. 1. 1. …") costs a few steps a term, and reaches no lead past them.
    few, many = ("".join(f"{n}. " for n in range(1, count)) for count in (8, 30))
    assert codes(f"Waspada pinjol ilegal: {few}Pinjol cepat cair") == set()
    assert codes(f"Waspada pinjol ilegal: {many}Pinjol cepat cair") == {"spam_tersisip"}


def test_a_headline_that_asks_the_lure_is_answered_by_its_warning() -> None:
    assert codes("Modal Kecil Untung Besar? Disperindag Ingatkan Waspada Investasi Bodong") == set()
    assert codes("Butuh dana cepat? Pinjol cepat cair, hubungi WA kami") == {"spam_tersisip"}
    assert codes("Mau obat kuat pria asli? Hubungi WA 0812-3333-4444") == {"spam_tersisip"}


def test_a_sellers_claim_of_leave_is_no_word_of_news() -> None:
    assert codes("Pinjol cepat cair, terdaftar dan diawasi OJK") == {"spam_tersisip"}
    assert codes("Obat kuat pria asli, sudah BPOM, tanpa efek samping") == {"spam_tersisip"}


def test_spam_beside_a_departments_warning_in_another_sentence_is_found() -> None:
    text = "Waspada pinjol ilegal.\nJual obat kuat pria asli, bisa COD"
    assert [term for _, term, _ in flagged(text)] == ["jual obat kuat", "obat kuat pria"]


def test_an_offices_name_or_its_menu_is_no_word_of_news_for_the_spam_posted_under_them() -> None:
    # A page's text runs its header and its menu into a spam post's headline: "Perlindungan Anak" and "Laporan" are
    # names there, not a warning's words.
    text = (
        "Dinas Pemberdayaan Perempuan dan Perlindungan Anak Kota Bekasi Beranda Profil Laporan Kinerja Berita"
        " Pinjaman Online Cepat Cair Tanpa BI Checking 2026"
    )
    assert [term for _, term, _ in flagged(text)] == ["pinjaman online cepat cair", "tanpa bi checking"]


_PORN = '<a href="https://bokepindo.example/">bokep indo</a> <a href="https://bokepindo.example/v">video bokep</a>'


@pytest.mark.parametrize(
    ("markup", "place", "severity"),
    [
        (html(f'<div style="display:none">{_PORN}</div>'), ("konten_pornografi", "hidden"), "kritis"),
        (html(title="Bokep Indo Terbaru - Video Bokep Viral"), ("konten_pornografi", "title"), "kritis"),
        (
            html(head='<meta name="description" content="Pinjol cepat cair tanpa BI checking">'),
            ("spam_tersisip", "meta"),
            "kritis",
        ),
        (html("<p>Jual obat kuat pria asli, viagra asli bisa COD.</p>"), ("spam_tersisip", "visible"), "tinggi"),
        (html(tail=f"<p>{_PORN}</p>"), ("konten_pornografi", "link"), "kritis"),  # a link farm after the footer
    ],
)
def test_each_place_has_its_severity_as_gambling_has(markup: str, place: tuple[str, str], severity: str) -> None:
    assert found(markup).get(place) == severity


def test_spam_visitors_wrote_is_read_at_their_place() -> None:
    comments = (
        '<div id="comments" class="comments-area"><h2>2 tanggapan</h2><ol class="comment-list"><li class="comment"><b>'
        'Rina</b> berkata: Terima kasih infonya. Balas</li><li class="comment"><b>Dana Kilat</b> berkata: Pinjol'
        " cepat cair tanpa BI checking, hubungi WA 0812-3333-4444. Balas</li></ol></div>"
    )
    assert found(html(comments)) == {("spam_tersisip", "comments"): "tinggi"}


def test_terms_seen_hidden_are_not_reported_again_as_visible() -> None:
    assert found(html(f'<div aria-hidden="true"><p>{_PORN}</p></div>')) == {("konten_pornografi", "hidden"): "kritis"}


def test_a_strong_term_makes_a_page_worth_reading_whole_and_a_weak_one_does_not() -> None:
    # Its HTML comments and its stylesheets are read only where the page mentions a listed word (``mentions``).
    assert mentions("<p>Bokep indo terbaru</p>") and mentions("<p>ルイヴィトン スーパーコピー</p>")
    assert not mentions("<p>Nomor: xxx/PPID/XII/2026, followers</p>")
    assert found(html(f"<!-- {_PORN} -->")) == {("konten_pornografi", "hidden"): "kritis"}


def test_pages_of_pornography_and_of_spam_among_the_sitemaps_urls_are_each_one_critical_finding() -> None:
    urls = [
        "https://dinkes.bekasikota.go.id/profil",
        "https://dinkes.bekasikota.go.id/berita/waspada-pinjol-ilegal-cepat-cair",
        "https://dinkes.bekasikota.go.id/wp-content/uploads/bokep-indo-terbaru.html",
        "https://dinkes.bekasikota.go.id/?p=pinjaman-online-cepat-cair-tanpa-bi-checking",
        "https://dinkes.bekasikota.go.id/jual-obat-kuat-pria/",
        "https://dinkes.bekasikota.go.id/slot-gacor-maxwin/",
    ]
    found_codes = {f.code: f for f in sitemap_gambling.scan_urls(urls)}
    assert set(found_codes) == {"judi_online_subpath", "konten_pornografi_subpath", "spam_tersisip_subpath"}
    assert {f.severity for f in found_codes.values()} == {"kritis"}
    assert urls[2] in found_codes["konten_pornografi_subpath"].evidence
    spam = found_codes["spam_tersisip_subpath"].evidence
    assert urls[3] in spam and urls[4] in spam and urls[1] not in spam


def test_pornography_shown_to_googlebot_alone_is_cloaking() -> None:
    shown = (Finding("konten_pornografi", "kritis", "bokep indo: “Bokep Indo”", "title", category="keamanan"),)
    (finding,) = cloaking.compare((), shown)
    assert finding.code == "cloaking_googlebot" and "bokep indo" in finding.evidence
    assert cloaking.compare(shown, shown) == ()


@pytest.mark.parametrize(
    "code", ["konten_pornografi", "spam_tersisip", "konten_pornografi_subpath", "spam_tersisip_subpath"]
)
def test_each_new_code_is_labelled_in_indonesian_a_security_finding_and_advised(code: str) -> None:
    assert FINDING_CATEGORIES[code] == "keamanan" and finding_label(code) == FINDING_LABELS[code] != code
    assert "Diskominfostandi" in advice(code) and "2×24 jam" in advice(code)


def test_the_advice_on_pornography_names_the_laws_it_breaks_and_the_spams_the_visitors_forms() -> None:
    assert "UU ITE" in advice("konten_pornografi") and "UU Pornografi" in advice("konten_pornografi")
    assert "moderasi" in advice("spam_tersisip") and "celah" in advice("spam_tersisip")
