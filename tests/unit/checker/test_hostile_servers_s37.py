"""What a hostile server's stylesheet or page would cost the pure core: bounded, and read as a browser shows it.

A stylesheet of braces opened to its end nests each rule in the one before: every rule's selector was its parent's
written out again, and 200,000 of them took 19 GB and 48 seconds of one worker. A body of nothing but NULs (a cache
file written as the disk filled) shows a browser a white page, however long it is.
"""

from __future__ import annotations

import tracemalloc

import pytest

from pantau_checker.core import css
from pantau_checker.core.checks import CHECKS, Observed, judge_all, switched
from pantau_checker.core.page import parse_page
from pantau_checker.core.page_kind import classify
from pantau_common.registry.model import AppSpec

URL = "https://disparbud.bekasikota.go.id/"


def peak_bytes(sheet: str) -> int:
    """Return the most memory the reading of ``sheet``'s hiding rules held at once."""
    tracemalloc.start()
    try:
        css.hiding_rules(sheet)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


@pytest.mark.parametrize("opened", ["a{", "{", "@media screen{"])
def test_a_stylesheet_of_braces_opened_to_its_end_hides_nothing_and_takes_little_memory(opened: str) -> None:
    sheet = opened * 20_000
    assert css.hiding_rules(sheet) == css.HidingRules()
    assert peak_bytes(sheet) < 16_000_000  # each rule its parent's selector again: hundreds of megabytes


def test_a_sheet_of_closing_braces_hides_nothing() -> None:
    assert css.hiding_rules("}" * css.MAX_CSS_CHARS) == css.HidingRules()


def test_a_rule_within_a_few_blocks_is_read_and_one_nested_deeper_than_any_theme_nests_is_not() -> None:
    def nested(depth: int) -> str:
        return "@media screen{" * depth + ".promo-slot{display:none}" + "}" * depth

    assert ".promo-slot" in css.hiding_rules(nested(3)).selectors
    assert css.hiding_rules(nested(40)) == css.HidingRules()
    # What follows a rule too deep to read is read: the braces are counted through it.
    assert ".iklan" in css.hiding_rules(nested(40) + ".iklan{display:none}").selectors


def test_a_nested_rule_whose_selector_written_out_would_run_to_millions_is_not_read_nor_what_it_holds() -> None:
    parent, child = ",".join(f".p{i}" for i in range(2000)), ",".join(f".c{i}" for i in range(3000))
    sheet = f"{parent}{{{child}{{.x{{display:none}}}}}}.iklan{{display:none}}"
    assert css.hiding_rules(sheet).selectors == frozenset({".iklan"})
    assert peak_bytes(sheet) < 16_000_000


def test_a_nested_rule_as_a_theme_writes_it_is_still_read() -> None:
    found = css.hiding_rules(".entry-content{color:#333; .promo-slot{display:none}}")
    assert found.selectors == frozenset({".promo-slot"})


@pytest.mark.parametrize("nothing", ["\0", "\n", " \0\r\n"])
def test_a_body_of_nothing_a_browser_shows_is_a_white_page_however_long(nothing: str) -> None:
    html = nothing * (1_500_000 // len(nothing))
    page = parse_page(html, URL)
    assert page.blank
    assert classify(page, 200).kind == "galat_aplikasi"


# --- a farm of links: each link was read against every other link of the page ------------------------------------

FARM_URL = "https://disparbud.bekasikota.go.id/"


def judged(links: str) -> set[str]:
    """Return the codes the page checks find on a department's page that ends with ``links``."""
    html = f"<html><head><title>Disparbud</title></head><body><main><p>Wisata Bekasi</p></main>{links}</body></html>"
    app = AppSpec(id="disparbud-web", pd_id="disparbud", nama="Website Disparbud", url=FARM_URL)
    return {found.code for found in judge_all(switched(CHECKS), Observed(app, None, parse_page(html, FARM_URL)))}


@pytest.mark.timeout(60)  # read against each other, these took minutes (the titles' seven), the worker's loop held
@pytest.mark.parametrize(
    "links",
    [
        "".join(f'<a href="https://h{i}.slot{i}.xyz/">slot gacor {i}</a>' for i in range(30_000)),
        '<a href="https://slot88.xyz/">slot gacor</a>' * 40_000,
        "".join(f'<a href="/tag/slot-gacor-{i}/">slot gacor</a>' for i in range(30_000)),
        "".join(f'<a href="/tag/x{i}/" title="slot gacor">slot gacor</a>' for i in range(25_000)),
    ],
    ids=["to-30000-hosts", "one-link-40000-times", "30000-own-addresses", "25000-titled"],
)
def test_a_farm_of_tens_of_thousands_of_gambling_links_is_judged_in_a_moment(links: str) -> None:
    assert "judi_online" in judged(links)
