"""Judi online spam of 2026 that the scan missed, injected into whole department pages as real hacks inject it (a
block of links after the footer, a hidden block, a hijacked news item), and the department pages that use its
words innocently.

Missed: a link block of brand names alone, with no other gambling word ("KAISAR88 | MAWAR303 | SULTAN77 |
PRAGMA69", and brands of any number: "KAISAR89 | MAWAR123 | GARUDA69"); a brand beside its sign-up words
("Login Resmi Terpercaya", "Daftar Situs Terpercaya", "Link Alternatif Resmi") where its number is not a lucky one;
a win told as a multiple ("Pecah x500", "Scatter x1000 Mahjong"), the gold scatter, withdrawals without a limit, a
vendor's accounts ("akun WSO"), a tipster's leaks ("bocoran admin Jarwo").

Clean: news of the police, Diskominfo and the Satgas fighting judi online that name the same brands and promises;
names of a word and a number that departments write (COVID19, Bekasi2045, SMPN12, RT05, HUTRI80, product codes,
rooms, software, a lesson's passwords, the shops of a bazaar, e-mail addresses and sites); a lesson on safe
browsing; a microscope's magnifications; "maxwin" quoted in a warning; "akun", "server", "pola", "slot" and
"admin" in their own uses.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from pantau_checker.core.checks import defacement
from pantau_checker.core.page import parse_page
from pantau_checker.core.term_scan import flagged, mentions

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "integration" / "checker"))
from vendor_pages import Site, department_page

URL = "https://diskominfo.bekasikota.go.id/"
VISIBLE = {("judi_online", "visible"): "tinggi"}
HIDDEN = {("judi_online", "hidden"): "kritis"}
AFTER_THE_FOOTER = {("judi_online", "visible"): "tinggi", ("judi_online", "link"): "kritis"}


def where(site: Site) -> dict[tuple[str, str | None], str]:
    page = parse_page(department_page(site), URL)
    return {(f.code, f.location): f.severity for f in defacement.scan(page) if f.category == "keamanan"}


def terms(text: str) -> set[str]:
    return {term for code, term, _ in flagged(text) if code == "judi_online"}


def links(names: tuple[str, ...], separator: str = " | ") -> str:
    """Return the links of a farm: each brand's name to its own site."""
    return separator.join(f'<a href="https://{name.lower()}.example/">{name}</a>' for name in names)


def injected(html: str) -> dict[str, tuple[Site, dict[tuple[str, str], str]]]:
    """Return ``html`` injected as real hacks inject it, each with the findings it must raise."""
    return {
        "after-the-footer": (Site(body_end=f'<div class="footer-links">{html}</div>'), AFTER_THE_FOOTER),
        "hidden-block": (Site(main_extra=f'<div style="display:none">{html}</div>'), HIDDEN),
        "hijacked-news-item": (
            Site(
                main_extra=(
                    '<article class="news-item"><h3><a href="/berita/mitra-layanan/">Mitra Layanan</a></h3>'
                    f"<p>{html}</p></article>"
                )
            ),
            VISIBLE,
        ),
    }


# --- a link block of brand names alone ------------------------------------------------------------------------

BRAND_LISTS = {
    "with-a-4d-brand": ("KAISAR88", "MAWAR303", "DEWA4D", "SULTAN77", "PRAGMA69"),
    "lucky-numbers-without-4d": ("KAISAR88", "MAWAR303", "SULTAN77", "PRAGMA69"),
    "any-numbers": ("KAISAR89", "MAWAR123", "GARUDA69", "SULTAN76", "PRAGMA69"),
    "three-brands": ("NAGA123", "BIMA456", "RAJA789"),
}
LIST_CASES = {
    f"{name}/{form}": case for name, brands in BRAND_LISTS.items() for form, case in injected(links(brands)).items()
}


@pytest.mark.parametrize(("site", "expected"), LIST_CASES.values(), ids=LIST_CASES.keys())
def test_a_link_block_of_brand_names_alone_is_found(site: Site, expected: dict[tuple[str, str], str]) -> None:
    assert where(site) == expected


@pytest.mark.parametrize("separator", [" | ", " \u2022 ", ", ", " - ", "\n", " "])
def test_the_brands_of_a_list_are_found_whatever_separates_them(separator: str) -> None:
    brands = ("KAISAR89", "MAWAR123", "GARUDA69")
    assert where(Site(main_extra=f'<div style="display:none">{links(brands, separator)}</div>')) == HIDDEN
    assert terms(separator.join(brands)) == {"kaisar89", "mawar123", "garuda69"}


def test_a_list_in_its_items_and_a_farms_text_with_each_brands_address_is_found() -> None:
    items = "".join(f'<li><a href="https://{b.lower()}.example/">{b}</a></li>' for b in BRAND_LISTS["any-numbers"])
    assert where(Site(main_extra=f'<ul style="display:none">{items}</ul>')) == HIDDEN
    # The links after the footer are read as one text: each name, then its site's address.
    farm = "KAISAR89 https:  kaisar89.example  MAWAR123 https:  www.mawar123.example  GARUDA69 https:  garuda69.example"
    assert terms(farm) == {"kaisar89", "mawar123", "garuda69"}


def test_a_page_of_brand_names_alone_mentions_a_word_so_that_its_stylesheets_are_read() -> None:
    farm = f'<div class="footer-widget-hidden">{links(BRAND_LISTS["any-numbers"])}</div>'
    assert mentions(department_page(Site(body_end=farm)))
    assert not mentions(department_page(Site(main_extra=NAMES_OF_DEPARTMENTS["tags"])))
    assert not mentions(department_page())


# Names of a word and a number that departments write, in lists and alone: none is a brand's list.
NAMES_OF_DEPARTMENTS = {
    "tags": (
        "<p>Tag: #HUTRI80 #Dirgahayu80 #Bekasi2045 #KotaBekasi</p>"
        "<p>Tag: HUTRI80, Dirgahayu80, Bekasi2045, COVID19, Perwal 2026, SMPN 12, RT05 RW12</p>"
    ),
    "years": "<p>Visi Bekasi2045, Indonesia2045, PPDB2026, SPMB2026, Pilkada2024</p>",
    "schools": "<p>Sekolah penerima: SMPN12, SMAN10, SMKN11, SDN3 dan MTsN2 Kota Bekasi.</p>",
    "rooms": "<p>Lokasi ujian: Ruang101 | Ruang102 | Lab201 | Aula2</p>",
    "software": "<p>Laboratorium komputer memakai Windows11 | Office365 | Ubuntu22 | Python3.</p>",
    "product-models": (
        "<table><tr><td>Printer Epson L3210</td><td>Laptop Asus A416</td><td>Kode barang ATK-001</td></tr>"
        "<tr><td>HP14</td><td>Lenovo V14</td><td>Canon G2010</td></tr></table>"
    ),
    "product-codes": "<p>Kode barang: KRTS210, PLPN115, TNTA330, MAPS250</p>",
    "numbered-items": "<p>Item100 | Item101 | Nomor12 | Tahap23 | Kode01 | Kode02</p>",
    "numbers-with-a-leading-zero": "<p>Tim: Garuda01, Elang02, Rajawali03; RT05, RW07</p>",
    "passwords": "<p>Hindari kata sandi yang mudah ditebak seperti budi88, sayang99, bekasi123 atau admin2024.</p>",
    "bazaar-shops": (
        "<ol><li>Toko Kelontong JAYA88</li><li>Bengkel SINAR77</li><li>Konveksi BERKAH99</li>"
        "<li>Warung Makan Bu Tini</li></ol><p>Peserta bazar: Toko JAYA88, Bengkel SINAR77 dan Warung MAWAR99.</p>"
    ),
    "addresses": (
        "<p>Kontak: andi88@gmail.com, sari77@yahoo.com, @humasbekasi99, dinkes123@bekasikota.go.id</p>"
        "<p>Situs terkait: covid19.go.id, bekasi2045.id, ppid123.bekasikota.go.id, lapor123.go.id</p>"
    ),
    "a-sports-event": "<p>Atlet PORPROV14 meraih jackpot medali; slot atlet tersisa 3. Link alternatif siaran.</p>",
    "mpo-meeting": "<p>Rapat MPO 2026 (#MPO2026) membahas program kerja; kode dokumen MPO-12.</p>",
}


@pytest.mark.parametrize("html", NAMES_OF_DEPARTMENTS.values(), ids=NAMES_OF_DEPARTMENTS.keys())
def test_names_of_a_word_and_a_number_that_departments_write_are_no_brands(html: str) -> None:
    assert where(Site(main_extra=html)) == {}


def test_names_are_a_list_only_one_after_another_and_of_other_words() -> None:
    assert terms("KAISAR89 | MAWAR123") == set()  # two: a shop and a partner, maybe
    assert terms("KAISAR89 dan MAWAR123 dan GARUDA69") == set()  # words between them: a sentence
    assert terms("Toko KAISAR89, Bengkel MAWAR123, Warung GARUDA69") == set()
    assert terms("Ruang KELAS12 | KELAS13 | KELAS14") == set()  # one word numbered
    assert terms("KAISAR89 | MAWAR123 | GARUDA69") == {"kaisar89", "mawar123", "garuda69"}


def test_police_and_diskominfo_news_naming_the_brands_is_no_finding() -> None:
    police = (
        "<article><h2>Polisi Tangkap Admin Situs Judi Online</h2><p>Satreskrim Polres Metro Bekasi Kota menangkap "
        "tiga admin situs KAISAR88, MAWAR303, SULTAN77 dan PRAGMA69 yang mempromosikan akun pro thailand, server "
        "kamboja dan janji scatter emas. Barang bukti laptop dan rekening disita.</p></article>"
    )
    diskominfo = (
        "<article><h2>Diskominfo Berantas Judi Online di Situs Sekolah</h2><p>Diskominfo Kota Bekasi menemukan "
        "daftar tautan KAISAR89 | MAWAR123 | GARUDA69 | SULTAN76 yang disusupkan ke situs sekolah. Tautan itu "
        "telah dihapus dan dilaporkan ke Komdigi.</p></article>"
    )
    assert where(Site(main_extra=police)) == {}
    assert where(Site(main_extra=diskominfo)) == {}


# --- a brand beside its sign-up words -------------------------------------------------------------------------

LURES = {
    "login-resmi-terpercaya": "KAISAR89 Login Resmi Terpercaya",
    "login-resmi-terpercaya-lucky": "KAISAR88 Login Resmi Terpercaya",
    "link-alternatif-resmi": "MAWAR123 Link Alternatif Resmi",
    "daftar-situs-terpercaya": "Daftar Situs Terpercaya GARUDA69",
    "link-login-resmi": "PRAGMA69 - Link Login Resmi",
}
LURE_CASES = {
    f"{name}/{form}": case
    for name, text in LURES.items()
    for form, case in injected(f'<a href="https://{text.split()[0].lower()}.example/">{text}</a>').items()
}


@pytest.mark.parametrize(("site", "expected"), LURE_CASES.values(), ids=LURE_CASES.keys())
def test_a_brand_beside_its_sign_up_words_is_found(site: Site, expected: dict[tuple[str, str], str]) -> None:
    # The hijacked news item links to the brand's site: its link is flagged too.
    link = {("judi_online", "link"): "tinggi"} if expected == VISIBLE else {}
    assert where(site) == {**expected, **link}


def test_sign_up_words_without_a_brand_are_a_lesson_on_safe_browsing() -> None:
    lesson = (
        "<article><h2>Cerdas Berinternet</h2><p>Gunakan daftar situs terpercaya untuk cek fakta. Login resmi "
        "terpercaya hanya di laman resmi; link alternatif pendaftaran ada di bawah. Login alternatif memakai akun "
        "Google.</p><p>Daftar situs terpercaya: turnbackhoax.id, cekfakta.com. Login resmi terpercaya SIPD di "
        "sipd.kemendagri.go.id.</p></article>"
    )
    assert where(Site(main_extra=lesson)) == {}
    assert terms("Daftar situs terpercaya dan link login resmi") == set()  # two sign-up words alone
    assert terms("Daftar situs terpercaya informasi COVID19 dan Bekasi2045") == set()  # names of departments


def test_a_name_of_another_number_sells_only_with_a_brands_sign_up_words() -> None:
    assert terms("PRAGMA69 login resmi terpercaya") == {"pragma69", "login resmi terpercaya"}
    assert terms("Atlet PORPROV14 raih jackpot medali emas") == set()
    assert terms("Kafe SENJA27 hadirkan meja mahjong baru") == set()
    assert terms("KAISAR88 situs slot gacor") >= {"kaisar88", "slot gacor"}


# --- promises, accounts, servers, tipsters ----------------------------------------------------------------------

PROMISES = {
    "pecah-x500": "Pola Mahjong Pecah x500 Hari Ini",
    "scatter-x1000": "Scatter x1000 Mahjong Ways",
    "x1000-maxwin": "x1000 maxwin",
    "tembus-x5000": "Tembus x5.000 sekali spin",
    "scatter-emas": "Scatter emas turun terus",
    "wd-tanpa-batas": "WD tanpa batas",
    "wd-berapapun-dibayar": "WD berapapun dibayar",
    "depo-10k": "Depo 10k",
    "deposit-pulsa-tanpa-potongan": "Deposit pulsa tanpa potongan",
    "akun-wso": "Akun WSO",
    "akun-pro-thailand": "Akun pro thailand",
    "akun-demo-pg-soft": "Akun demo PG Soft",
    "server-kamboja": "Server kamboja",
    "server-thailand-super-gacor": "Server thailand super gacor",
    "pola-gacor-hari-ini": "Pola gacor hari ini",
    "bocoran-admin-jarwo": "Bocoran admin jarwo",
}
PROMISE_CASES = {
    f"{name}/{form}": case
    for name, text in PROMISES.items()
    for form, case in injected(f'<a href="https://kaisar88.example/">{text}</a>').items()
}


@pytest.mark.parametrize(("site", "expected"), PROMISE_CASES.values(), ids=PROMISE_CASES.keys())
def test_the_promises_accounts_and_tipsters_of_2026_are_found(site: Site, expected: dict[tuple[str, str], str]) -> None:
    link = {("judi_online", "link"): "tinggi"} if expected == VISIBLE else {}
    assert where(site) == {**expected, **link}


INNOCENT_USES = {
    "berantas-judi-online": (
        "<article><h2>Polres Metro Bekasi Kota dan Diskominfo Berantas Judi Online</h2><p>Diskominfo Kota Bekasi "
        "bersama Polres Metro Bekasi Kota berkomitmen memberantas judi online. Sepanjang 2026, 1.200 situs yang "
        "menyusup ke situs sekolah diajukan pemutusan aksesnya ke Komdigi.</p></article>"
    ),
    "satgas-judi-online": (
        "<article><h2>Satgas Judi Online Kota Bekasi</h2><p>Satgas Judi Online mengingatkan warga: iklan yang "
        "menjanjikan WD tanpa batas, depo 10k atau x1000 maxwin adalah modus penipuan.</p></article>"
    ),
    "maxwin-quoted-in-a-warning": (
        "<p>Kepala Diskominfo: \u201cJangan tergiur janji \u2018maxwin\u2019 di iklan media sosial.\u201d</p>"
    ),
    "a-microscope": "<p>Siswa mengamati sel dengan mikroskop perbesaran x100, x400 dan x1000; kamera zoom x100.</p>",
    "account-help": (
        "<article><h2>Bantuan Akun</h2><p>Lupa kata sandi akun SIPD? Atur ulang akun pro melalui menu Profil. "
        "Akun demo tersedia untuk pelatihan operator.</p></article>"
    ),
    "server-news": (
        "<article><h2>Diskominfo Migrasi Server</h2><p>Server pusat data dipindahkan ke Pusat Data Nasional. "
        "Server cadangan berada di Cikarang. Layanan WSO2 API Manager dan akun WSO2 pegawai tidak terdampak."
        "</p></article>"
    ),
    "health-and-traffic-patterns": (
        "<article><h2>Pola Hidup Sehat</h2><p>Pola makan gizi seimbang dan pola asuh cegah stunting. Pola arus "
        "lalu lintas hari ini di Jalan Ahmad Yani diubah.</p></article>"
    ),
    "quota-slots": "<p>Slot jalur zonasi tersisa 40 kursi. Slot waktu konsultasi pukul 09.00-12.00.</p>",
    "an-admin-named-jarwo": "<p>Pendaftaran posyandu: hubungi admin Jarwo (RW 05) atau admin Sari.</p>",
    "a-vice-dean": "<p>WD I Fakultas Teknik membuka seminar; WD II menyerahkan 500 buku.</p>",
}


@pytest.mark.parametrize("html", INNOCENT_USES.values(), ids=INNOCENT_USES.keys())
def test_the_same_words_in_their_own_uses_are_no_finding(html: str) -> None:
    assert where(Site(main_extra=html)) == {}


def test_a_multiple_counts_only_beside_another_gambling_word_and_not_by_a_lens() -> None:
    assert terms("Hadiah x500 untuk peserta") == set()
    assert terms("Scatter x500") == {"scatter", "x500"}
    assert terms("Mikroskop perbesaran x1000 dan scatter plot") == set()
