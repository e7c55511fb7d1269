"""A hostile page's text where an expression would take time by the square (or the cube) of its length.

Each of these held a worker for minutes before: a search that fails at every place of a long run,
each time reading to its end. They must read as an ordinary page does, in a moment (the suite's
per-test time limit is what ends them otherwise).
"""

from __future__ import annotations

from pantau_checker.core import css, tokens
from pantau_checker.core.page import parse_page
from pantau_checker.core.page_kind import PageKind, classify

URL = "https://disparbud.bekasikota.go.id/"


def page(head: str = "", body: str = "<p>Wisata Bekasi</p>") -> str:
    return f"<!DOCTYPE html><html><head><title>Disparbud</title>{head}</head><body>{body}</body></html>"


def test_a_stylesheet_without_a_brace_hides_nothing() -> None:
    # A site's 404 page served for its stylesheet, or an injection's: selectors and never a rule.
    sheet = ",".join(f".promo-{i}" for i in range(40_000))[: css.MAX_CSS_CHARS]
    assert css.hiding_rules(sheet) == css.HidingRules()
    assert css.inline_hiding_rules(sheet + " ") == css.HidingRules()


def test_a_page_whose_style_has_no_brace_is_read() -> None:
    found = parse_page(page(head=f"<style>{'.a,' * 60_000}</style>"), URL)
    assert found.visible_text == "Wisata Bekasi"


def test_a_title_and_headings_that_run_on_are_cut_and_the_page_classified() -> None:
    html = page(body=f"<h1>{'1.' * 50_000}</h1><p>Wisata Bekasi</p>").replace("Disparbud", "1." * 50_000)
    found = parse_page(html, URL)
    assert len(found.title) == 1000
    assert [len(h) for h in found.headings] == [1000]
    assert classify(found, 200) == PageKind("aplikasi")


def test_a_token_word_repeated_through_a_page_is_read_once_each() -> None:
    body = b"<p>" + b"csrf" * 500_000 + b"</p>"
    assert tokens.without_tokens(body) is body


def test_a_query_key_that_runs_on_is_no_token() -> None:
    body = b'<a href="/berita?' + b"csrf" * 50_000 + b'x">Berita</a>'
    assert tokens.without_tokens(body) is body
    # The token after it is still found.
    with_token = body.replace(b'x">', b'x&_token=Ab12Cd34Ef56">')
    assert tokens.without_tokens(with_token) == body.replace(b'x">', b'x&_token=">')
