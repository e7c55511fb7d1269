"""The memory of each application's last page analysis: per application, by key, bounded."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields, replace
from datetime import date, timedelta
from typing import Any

import pytest

from pantau_checker.config import checker_config
from pantau_checker.core.checks import cloaking
from pantau_checker.core.checks.base import Check, NoSettings, Observed, Switched, judge_all, switched
from pantau_checker.core.checks.defacement import scan
from pantau_checker.core.css import HidingRules
from pantau_checker.core.page import parse_page
from pantau_checker.core.structure import structure_of
from pantau_checker.unchanged import Analysis, UnchangedJudgements, UnchangedPages, page_key, same_observed
from pantau_common.config import ConfigError
from pantau_common.registry.model import AppSpec
from pantau_common.settings import Settings
from pantau_contracts.status import Finding, TlsFacts

URL = "https://dinkes.bekasikota.go.id/"
TODAY = date(2026, 12, 5)
HTML = "<html><head><title>Dinkes</title></head><body><main><p>Berita hari ini</p></main></body></html>"


def analysed(calls: list[str], name: str) -> Analysis:
    calls.append(name)
    return Analysis(parse_page(HTML, URL), name)


def test_the_key_holds_the_body_its_type_its_address_the_stylesheets_rules_and_the_day() -> None:
    key = page_key(HTML.encode(), "text/html", URL, (), TODAY)
    assert key == page_key(HTML.encode(), "text/html", URL, (), TODAY)
    assert key != page_key(HTML.encode() + b" ", "text/html", URL, (), TODAY)
    assert key != page_key(HTML.encode(), "text/html; charset=iso-8859-1", URL, (), TODAY)
    assert key != page_key(HTML.encode(), "text/html", URL + "beranda", (), TODAY)
    assert key != page_key(HTML.encode(), "text/html", URL, (HidingRules(frozenset({".iklan"})),), TODAY)
    # A new day: a table of days of data may no longer reach it, a closing may have begun.
    assert key != page_key(HTML.encode(), "text/html", URL, (), TODAY + timedelta(days=1))


def test_an_analysis_is_reused_for_its_application_and_key_only() -> None:
    pages, calls = UnchangedPages(), []
    first = pages.analysis("dinkes", "k1", lambda: analysed(calls, "a"))
    assert pages.analysis("dinkes", "k1", lambda: analysed(calls, "b")) is first
    pages.analysis("dishub", "k1", lambda: analysed(calls, "c"))
    pages.analysis("dinkes", "k2", lambda: analysed(calls, "d"))
    assert (calls, pages.reused) == (["a", "c", "d"], 1)


def test_the_least_recently_checked_application_is_forgotten_first() -> None:
    pages, calls = UnchangedPages(max_entries=2), []
    for app_id in ("a", "b", "a", "c", "a", "b"):
        pages.analysis(app_id, "k", lambda app_id=app_id: analysed(calls, app_id))  # type: ignore[misc]
    assert calls == ["a", "b", "c", "b"]


def test_a_memory_of_none_keeps_nothing() -> None:
    pages, calls = UnchangedPages(max_entries=0), []
    for _ in range(2):
        pages.analysis("dinkes", "k", lambda: analysed(calls, "a"))
    assert (calls, pages.reused) == (["a", "a"], 0)
    assert not pages.keeps and UnchangedPages(max_entries=1).keeps  # no page key is computed for none


def test_a_pages_scan_is_computed_once_and_not_for_a_copy_of_it() -> None:
    spam = parse_page(HTML.replace("Berita hari ini", "situs toto slot gacor maxwin"), URL)
    assert scan(spam) is scan(spam) and scan(spam)
    clean = replace(spam, visible_text="Berita hari ini", links=(), hidden_texts=(), title="Dinkes")
    assert scan(clean) == ()


def test_how_many_applications_keep_their_analysis_is_a_setting() -> None:
    assert checker_config(Settings.from_env({})).unchanged_pages == 1000
    assert checker_config(Settings.from_env({"PANTAU_CHECKER_UNCHANGED_PAGES": "0"})).unchanged_pages == 0
    with pytest.raises(ConfigError, match="PANTAU_CHECKER_UNCHANGED_PAGES"):
        checker_config(Settings.from_env({"PANTAU_CHECKER_UNCHANGED_PAGES": "banyak"}))


def laravel(token: str, news: str = "Berita hari ini") -> bytes:
    return (
        HTML.replace("<title>", f'<meta name="csrf-token" content="{token}"><title>')
        .replace("Berita hari ini", news)
        .encode()
    )


def test_a_page_that_differs_only_in_its_tokens_is_reused_and_what_is_analysed_has_them_blanked() -> None:
    pages, analysed_bodies = UnchangedPages(), []

    def analyse(body: bytes) -> Analysis:
        analysed_bodies.append(body)
        return Analysis(parse_page(body.decode(), URL), "f")

    context = ("text/html", URL, (), TODAY)
    first = pages.page_analysis("dinkes", laravel("a1b2c3d4e5f6"), context, analyse)
    assert pages.page_analysis("dinkes", laravel("f6e5d4c3b2a1"), context, analyse) is first
    assert pages.page_analysis("dinkes", laravel("f6e5d4c3b2a1"), context, analyse) is first  # the same bytes
    pages.page_analysis("dinkes", laravel("0a9b8c7d6e5f", "Berita baru"), context, analyse)
    assert pages.reused == 2
    assert analysed_bodies == [laravel(""), laravel("", "Berita baru")]


def test_a_forgotten_application_leaves_nothing_of_its_page_behind() -> None:
    pages, calls = UnchangedPages(max_entries=1), []
    context = ("text/html", URL, (), TODAY)
    for app_id in ("dinkes", "dishub", "dinkes"):
        pages.page_analysis(app_id, laravel("a1b2c3d4e5f6"), context, lambda _body, a=app_id: analysed(calls, a))  # type: ignore[misc]
    assert (calls, pages.reused) == (["dinkes", "dishub", "dinkes"], 0)
    assert pages._bytes.keys() == {"dinkes"}


# --- the last judgement of each application ------------------------------------------------------------------------

SPEC = AppSpec(id="dinkes", pd_id="dinkes", nama="Website Dinkes", url=URL)
PAGE = parse_page(HTML, URL)
SEEN = Observed(SPEC, None, PAGE, ("https://dinkes.bekasikota.go.id/berita",), baseline=structure_of(PAGE))
# For each thing an attempt observes, another value of it: what makes an attempt's observation another.
OTHERS: dict[str, object] = {
    "app": replace(SPEC, config={"sitemap_always": True}),
    "tls": TlsFacts(True, 30),
    "page": parse_page(HTML, URL),  # an equal page, but another: reading whether it is equal would read it whole
    "sitemap_urls": (),
    "googlebot_page": PAGE,
    "mobile_page": PAGE,
    "phone": "iPhone",
    "baseline": replace(structure_of(PAGE), links=3),
}
VIEWED = {"googlebot_page", "mobile_page", "phone"}  # read by the checks that ask for a view only


def checks(calls: list[str]) -> tuple[Switched[Any], ...]:
    """Return a check of the page and one of its Googlebot view, each noting in ``calls`` that it judged."""

    def judge(name: str) -> Callable[[Observed, NoSettings], tuple[Finding, ...]]:
        return lambda seen, _settings: calls.append(name) or (Finding(name, "tinggi", seen.app.id),)  # type: ignore[func-returns-value]

    page = Check("halaman", cloaking.CATEGORY, ("halaman",), judge("halaman"), NoSettings())
    view = Check(
        "tampilan", cloaking.CATEGORY, ("tampilan",), judge("tampilan"), NoSettings(), views=frozenset({"googlebot"})
    )
    return switched([page, view])


def test_the_findings_of_an_attempt_that_observed_what_the_last_did_are_given_again() -> None:
    judgements, calls = UnchangedJudgements(), []
    setups = checks(calls)
    first = judgements.findings(setups, SEEN)
    again = replace(SEEN, app=replace(SPEC), sitemap_urls=tuple(SEEN.sitemap_urls), baseline=structure_of(PAGE))
    assert judgements.findings(setups, again) == first == judge_all(setups, SEEN)
    assert [f.code for f in first] == ["halaman", "tampilan"]
    assert (calls, judgements.reused) == (["halaman", "tampilan", "halaman", "tampilan"], 2)  # the last two: judge_all


@pytest.mark.parametrize("name", [f.name for f in fields(Observed)])
def test_an_attempt_that_observed_anything_else_is_judged_again_by_the_checks_that_read_it(name: str) -> None:
    # Every field of what an attempt observes is compared: a new one needs a value here, and its comparison.
    judgements, calls = UnchangedJudgements(), []
    setups = checks(calls)
    judgements.findings(setups, SEEN)
    other = replace(SEEN, **{name: OTHERS[name]})
    assert not same_observed(SEEN, other) and not same_observed(other, SEEN)
    assert same_observed(SEEN, other, views=False) is (name in VIEWED)
    assert [f.code for f in judgements.findings(setups, other)] == ["halaman", "tampilan"]
    judged_again = ["tampilan"] if name in VIEWED else ["halaman", "tampilan"]
    assert calls == ["halaman", "tampilan", *judged_again]


def test_a_judgement_is_given_again_to_its_application_and_checks_only_and_not_where_none_is_kept() -> None:
    calls: list[str] = []
    setups, judgements = checks(calls), UnchangedJudgements(max_entries=1)
    judgements.findings(setups, SEEN)
    judgements.findings(setups, replace(SEEN, app=replace(SPEC, id="dishub")))
    judgements.findings(setups, SEEN)  # forgotten: one application's is kept
    judgements.findings(checks(calls), SEEN)  # other checks (a checker's configuration is one tuple)
    none, pageless = UnchangedJudgements(max_entries=0), replace(SEEN, page=None)
    for _ in range(2):
        none.findings(setups, SEEN)
        judgements.findings(setups, pageless)  # an attempt without a page is not kept
    assert calls == ["halaman", "tampilan"] * 8 and judgements.reused == none.reused == 0
