"""Cloaking by the structured data of the page: an SEO cloaker gives Googlebot a JSON-LD whose organisation is a
gambling brand's, at its domain, so that the search result of the department's page carries the brand's name and
logo; its words spell no gambling. The department's own JSON-LD (Yoast's graph, its social profiles) is the
same in every view, or differs for no attacker.
"""

from __future__ import annotations

import sys
from pathlib import Path

from pantau_checker.core.checks import CHECKS, Observed, judge_all, switched
from pantau_checker.core.page import Page, parse_page
from pantau_common.registry.model import AppSpec
from pantau_contracts.status import Finding

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "integration" / "checker"))
from cloaked_pages import department
from structured_data import DEPARTMENT, brand_organization, yoast_graph

URL = f"{DEPARTMENT}/"
APP = AppSpec(id="dinkes-web", pd_id="dinkes", nama="Website Dinkes", url=URL)
STRUCTURED = "hanya untuk Googlebot: data terstruktur halaman bagi mesin pencari (JSON-LD) menunjuk ke "


def judged(page: str, googlebot: str) -> list[Finding]:
    seen = Observed(APP, page=parsed(page), googlebot_page=parsed(googlebot))
    return [f for f in judge_all(switched(CHECKS), seen) if f.category == "keamanan"]


def parsed(html: str) -> Page:
    return parse_page(html, URL)


def with_head(html: str, *blocks: str) -> str:
    return html.replace("</head>", "".join(blocks) + "\n</head>", 1)


def test_a_brands_organization_added_for_googlebot_is_cloaking() -> None:
    page = with_head(department(), yoast_graph())
    [cloaking] = judged(page, with_head(page, brand_organization()))
    assert (cloaking.code, cloaking.severity, cloaking.location) == ("cloaking_googlebot", "kritis", "googlebot")
    assert cloaking.evidence == f"{STRUCTURED}https://kaisar88.com/"


def test_yoasts_graph_whose_publisher_is_a_brand_for_googlebot_is_cloaking() -> None:
    page = with_head(department(), yoast_graph())
    [cloaking] = judged(page, with_head(department(), yoast_graph(publisher="https://mawar303.net")))
    assert cloaking.evidence.startswith(f"{STRUCTURED}https://mawar303.net/")


def test_a_brands_organization_where_the_page_has_no_json_ld_is_cloaking() -> None:
    page = department()
    [cloaking] = judged(page, with_head(page, brand_organization("DEWA4D", "dewa4d-login.xyz")))
    assert "dewa4d-login.xyz" in cloaking.evidence


def test_the_departments_own_graph_for_every_view_is_no_cloaking() -> None:
    page = with_head(department(), yoast_graph())
    assert judged(page, page) == []
    assert judged(page, with_head(department(news=5), yoast_graph())) == []  # a news item fewer: a cache's page


def test_a_graph_for_googlebot_alone_on_the_departments_own_hosts_is_no_cloaking() -> None:
    # A cache plugin strips the graph from visitors' pages; the city's portal publishes for the department.
    page = department()
    assert judged(page, with_head(page, yoast_graph())) == []
    portal = with_head(page, yoast_graph(publisher="https://www.bekasikota.go.id"))
    assert judged(page, portal) == []


def test_the_same_brands_organization_for_every_view_is_no_cloaking() -> None:
    page = with_head(department(), brand_organization())  # no cloaking, whatever else it is
    assert [f.code for f in judged(page, page) if f.code.startswith("cloaking")] == []
