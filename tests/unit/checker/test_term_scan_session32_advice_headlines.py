"""A defacer's words in a department's advice and headlines, narrowed after a red team (session 32): Vietnamese's "đã
bị hack" told of the reader's site under "if" or "when" ("Nếu trang web của bạn đã bị hack, hãy …") is advice; a
signature whose name a headline asks of and answers ("Hacked by Garuda Security? Ini Penjelasan Diskominfo") is news.
A defacer states it of "your site", or asks the owner and answers nothing."""

from __future__ import annotations

import pytest

from pantau_checker.core.term_scan import flagged


@pytest.mark.parametrize(
    "text",
    [
        "Nếu trang web của bạn đã bị hack, hãy làm theo các bước sau: đổi mật khẩu quản trị, khôi phục bản sao lưu.",
        "Phải làm gì khi trang web của bạn đã bị hack? Hướng dẫn cho quản trị viên",
        "Hacked by Garuda Security? Ini Penjelasan Diskominfo",
        "Beredar tangkapan layar. Hacked by Anonymous Bekasi? Begini Faktanya",
        "Hacked by Sn1per Crew? Ini Kata Kepala Diskominfo Kota Bekasi",
    ],
)
def test_advice_and_a_headline_that_answers_its_question_sign_nothing(text: str) -> None:
    assert list(flagged(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Trang web của bạn đã bị hack. Liên hệ chúng tôi để khôi phục.", id="your-site"),
        pytest.param("Nếu trang web của bạn đã bị hack - ./VnG0st", id="condition-and-handle"),
        pytest.param("Website này đã bị hack. Nếu muốn khôi phục, liên hệ chúng tôi", id="condition-after"),
        pytest.param("Hacked by ./Kur0? Where is your security?", id="asked-unanswered"),
        pytest.param("Hacked by Garuda Security", id="signed"),
        pytest.param("Hacked by ./Kur0? Ini Penjelasan", id="answered-with-handle"),
    ],
)
def test_a_defacers_words_still_count(text: str) -> None:
    assert [code for code, _, _ in flagged(text)] == ["defacement"]
