"""Gambling spam in Chinese, Thai and Vietnamese, and the e-wallet deposit lures, with the department
pages that look alike.

Chinese SEO spam is injected into hacked Asian government sites, Indonesian ones included; Thai and
Vietnamese link farms and titles too. Chinese and Thai are written without spaces: a term is found
inside any run of letters, so each listed one is a compound that no innocent text holds (百家乐, not
娱乐 "entertainment", 澳门 "Macau" or 彩票 "lottery" alone). Vietnamese is read without its
diacritics, as its slugs spell it (nha-cai-uy-tin). "Dana" is the e-wallet, and funds too.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from pantau_checker.core.checks import defacement
from pantau_checker.core.page import parse_page
from pantau_checker.core.term_scan import flagged, flagged_each, mentions, spaced

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "integration" / "checker"))
from vendor_pages import Site, department_page

URL = "https://disdik.bekasikota.go.id/"


def where(site: Site) -> dict[tuple[str, str | None], str]:
    page = parse_page(department_page(site), URL)
    return {(f.code, f.location): f.severity for f in defacement.scan(page) if f.category == "keamanan"}


def terms_of(text: str) -> list[str]:
    return [term for _, term, _ in flagged(text)]


SPAM = {
    "chinese-simplified": "澳门新葡京娱乐场官方网站：博彩、百家乐、真人娱乐，开户送彩金",
    "chinese-lotteries": "六合彩开奖结果 时时彩 彩票平台 彩票注册",
    "chinese-casinos": "威尼斯人娱乐 太阳城集团 皇冠体育 皇冠现金网 网上赌场 老虎机 体育投注",
    "chinese-traditional": "百家樂 網上賭場 真人娛樂 太陽城集團 皇冠體育 開戶送彩金 體育投注 老虎機",
    "thai": "เว็บพนัน สล็อตออนไลน์ บาคาร่า แทงบอล คาสิโนออนไลน์",
    "thai-glued": "สล็อตเว็บตรงไม่ผ่านเอเย่นต์ฝากถอนไม่มีขั้นต่ำ",
    "vietnamese": "Nhà cái uy tín – cá cược bóng đá, tài xỉu, nổ hũ đổi thưởng",
    "vietnamese-decomposed": "no\u0302\u0309 hu\u0303 \u0111o\u0302\u0309i thu\u031bo\u031b\u0309ng",
    "vietnamese-cockfighting": "đá gà trực tuyến, casino trực tuyến, lô đề online",
    "deposit-dana": "deposit dana 10rb tanpa potongan",
    "deposit-ovo-no-cut": "deposit ovo tanpa potongan",
    "deposit-ovo": "deposit via ovo 5000",
    "deposit-gopay": "deposit via gopay 10rb",
    "deposit-via-dana": "deposit via dana 5000",
}


@pytest.mark.parametrize("text", SPAM.values(), ids=SPAM.keys())
def test_spam_in_other_languages_and_the_deposit_lures_are_judi_online(text: str) -> None:
    assert {code for code, _, _ in flagged(text)} == {"judi_online"}
    assert mentions(f"<p>{text}</p>")


def test_a_term_inside_a_run_of_chinese_or_thai_letters_is_found() -> None:
    assert terms_of("欢迎光临澳门新葡京娱乐场官方网站") == ["澳门新葡京", "新葡京娱乐"]
    assert terms_of("สมัครเว็บพนันวันนี้รับโบนัส") == ["เว็บพนัน"]


def test_a_latin_term_next_to_chinese_or_thai_letters_is_on_a_word_boundary() -> None:
    # A Latin brand glued to a script without spaces ends its word there.
    assert terms_of("slot88官网") == ["slot88"]
    assert terms_of("ทางเข้าslot gacorล่าสุด") == ["slot gacor"]


def test_an_address_in_vietnamese_or_pinyin_is_read_as_its_words() -> None:
    assert "nha cai" in terms_of(spaced("https://nha-cai-uy-tin.example/ca-cuoc-bong-da/"))
    assert terms_of(spaced("https://www.baijiale.example/liuhecai/")) == ["baijiale", "liuhecai"]


@pytest.mark.parametrize(
    ("weak", "company"),
    [("彩票", "百家乐"), ("สล็อต", "เครดิตฟรี"), ("no hu", "tai xiu"), ("棋牌", "老虎机")],
)
def test_a_weak_word_of_another_language_needs_company(weak: str, company: str) -> None:
    assert terms_of(f"Berita: {weak}") == []
    assert weak in terms_of(f"{weak} {company}")


INNOCENT = {
    "sister-city": "Kunjungan delegasi kota kembar 友好城市 dari Tiongkok: 欢迎 (selamat datang) ke Kota Bekasi.",
    "chinese-words-alone": "中国 澳门 代表团 访问 文化娱乐 体育 彩票 赌博 棋牌",
    "imlek": "Perayaan Imlek 2577: 新年快乐，恭喜发财！ Barongsai, mahjong lansia dan 文化娱乐 di Vihara.",
    "crowne-plaza": "Delegasi menginap di 皇冠假日酒店 dan rapat di 澳门威尼斯人金光会展中心.",
    "thai-greeting": "สวัสดีครับ ยินดีต้อนรับสู่เมืองเบกาสี เมืองพี่เมืองน้อง",
    "vietnamese-delegation": "Đoàn đại biểu Việt Nam thăm Kota Bekasi, do Chủ tịch Ủy ban nhân dân dẫn đầu.",
    "raid-news": (
        "Polda Metro Jaya menggerebek kantor judi online jaringan internasional di Jakarta Barat. Polisi menyita "
        "komputer bertuliskan “百家乐” dan 42 tersangka WNA asal Tiongkok diamankan."
    ),
    "dana-desa": "Penyaluran dana desa tahap II tahun 2026 telah selesai.",
    "deposito": "Penempatan deposito dana pensiun pegawai pada bank daerah.",
    "bank-deposit": "Bank menerima deposit dana 5.000.000 dari nasabah; bunga deposito 4%.",
    "pulsa-counter": "Konter Pulsa UMKM Binaan: isi pulsa, paket data, token listrik dan deposit pulsa agen.",
}


@pytest.mark.parametrize("text", INNOCENT.values(), ids=INNOCENT.keys())
def test_greetings_delegations_and_funds_are_not_gambling(text: str) -> None:
    assert terms_of(text) == []
    assert where(Site(main_extra=f"<article><p>{text}</p></article>")) == {}


def test_a_page_without_a_listed_word_of_another_language_mentions_none() -> None:
    assert not mentions("<p>欢迎 友好城市 新年快乐</p><p>สวัสดีครับ</p><p>Đoàn đại biểu Việt Nam</p>")


def test_a_lone_surrogate_beside_chinese_spam_does_not_stop_the_scan() -> None:
    assert [term for _, _, term, _ in flagged_each(["x\ud800 百家乐", "slot gacor"])] == ["百家乐", "slot gacor"]


CHINESE_FARM = (
    '<div style="display:none">'
    '<a href="https://www.amxpj88.example/">澳门新葡京</a> <a href="https://www.bjl168.example/">百家乐</a> '
    '<a href="https://www.hgty.example/">皇冠体育</a> <a href="https://www.6hc.example/">六合彩开奖结果</a> '
    '<a href="https://www.wsdc.example/">網上賭場</a></div>'
)
THAI_FARM = (
    '<div class="footer-links"><a href="https://ufa.example/">แทงบอล</a> | '
    '<a href="https://pg.example/">สล็อตเว็บตรง</a> | <a href="https://bac.example/">บาคาร่า</a> | '
    '<a href="https://pn.example/">เว็บพนัน</a> | <a href="https://cr.example/">เครดิตฟรี</a></div>'
)


def test_chinese_links_hidden_at_the_end_of_the_body_are_critical() -> None:
    assert where(Site(body_end=CHINESE_FARM)) == {("judi_online", "hidden"): "kritis"}


def test_a_thai_link_farm_after_the_footer_is_critical() -> None:
    assert where(Site(body_end=THAI_FARM)) == {("judi_online", "link"): "kritis", ("judi_online", "visible"): "tinggi"}


def test_a_vietnamese_title_hijack_is_critical() -> None:
    title = "Nhà Cái Uy Tín – Cá Cược Bóng Đá Trực Tuyến Hàng Đầu"
    assert where(Site(title=title))[("judi_online", "title")] == "kritis"
