"""Vietnamese's "đã bị hack" ("has been hacked") holds its own auxiliary: told of a site named in some words, in a
sentence of news, it signs nothing, as "the council's website was hacked by" does (session 32); a defacer's title
says it of "this site" or "your site", alone, or with its ./handle."""

from __future__ import annotations

import pytest

from pantau_checker.core.term_scan import flagged


@pytest.mark.parametrize(
    "text",
    [
        "Cổng thông tin điện tử của Sở Y tế tỉnh Đồng Nai đã bị hack vào tối 3/12 và đã được khôi phục sau hai giờ.",
        "Theo báo Tuổi Trẻ, trang thông tin của một trường đại học ở Hà Nội đã bị hack trong đêm qua.",
        "Năm 2024, hệ thống email của Ủy ban nhân dân quận đã bị hack và dữ liệu bị rò rỉ.",
    ],
)
def test_news_that_tells_of_a_hack_in_vietnamese_signs_nothing(text: str) -> None:
    assert list(flagged(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Website này đã bị hack", id="this-site"),
        pytest.param("Trang web của bạn đã bị hack. Liên hệ chúng tôi để khôi phục.", id="your-site"),
        pytest.param("Đã bị hack", id="alone"),
        pytest.param("Website đã bị hack", id="short-subject"),
        pytest.param("Cổng thông tin điện tử của Sở Y tế đã bị hack - ./VnG0st", id="handle-after"),
    ],
)
def test_a_defacers_vietnamese_title_still_counts(text: str) -> None:
    assert [(code, term) for code, term, _ in flagged(text)] == [("defacement", "da bi hack")]
