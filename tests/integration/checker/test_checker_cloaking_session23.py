"""What SEO cloakers change for Googlebot and phones that spells no word of gambling, through a whole cycle check.

A real HTTP server on 127.0.0.1 serves a department's page and tells Googlebot and phones apart by the user
agent, as the injected PHP does: Googlebot gets the page with a brand's meta description, or with a paragraph
of brand links among the news; phones get a script that builds the brand's address from numbers. Beside
them, a site whose partner banner picks three partners anew on each request and whose mobile theme adds its
store and chat buttons, with the vendor's own scripts in every view. No Kafka, no PostgreSQL.
"""

from __future__ import annotations

import random

from checker_servers import FakeSite, Reply
from cloaked_pages import department
from cloaked_pages_s23 import (
    BRAND,
    BRAND_DESCRIPTION,
    MOBILE_BUTTONS,
    VENDOR_SCRIPTS,
    partner_banner,
    phones_redirect,
    with_backlinks_in_the_news,
    with_description,
)
from test_checker_cloaking_views import by_agent, cycle_check, security


def page() -> Reply:
    return Reply(200, department())


def test_a_brands_description_for_googlebot_is_cloaking(site: FakeSite) -> None:
    for_googlebot = with_description(department(), BRAND_DESCRIPTION)
    site.route("*", "/", by_agent(page, googlebot=lambda: Reply(200, for_googlebot)))
    [cloaking] = security(cycle_check(site))
    assert (cloaking.code, cloaking.severity) == ("cloaking_googlebot", "kritis")
    assert cloaking.evidence == (
        f"hanya untuk Googlebot: deskripsi halaman bagi mesin pencari diganti menjadi \u201c{BRAND_DESCRIPTION}\u201d"
    )


def test_brand_links_among_the_news_for_googlebot_are_cloaking(site: FakeSite) -> None:
    site.route("*", "/", by_agent(page, googlebot=lambda: Reply(200, with_backlinks_in_the_news())))
    [cloaking] = security(cycle_check(site))
    assert cloaking.code == "cloaking_googlebot"
    assert "cemara88, langit777, merpati55, pandawa77: " in cloaking.evidence  # a list of gambling brands


def test_a_redirect_for_phones_whose_address_is_made_of_numbers_is_mobile_cloaking(site: FakeSite) -> None:
    for_phones = department(news=4, body_end=phones_redirect())
    site.route("*", "/", by_agent(page, phone=lambda: Reply(200, for_phones)))
    [cloaking] = security(cycle_check(site))
    assert (cloaking.code, cloaking.severity) == ("cloaking_seluler", "kritis")
    assert cloaking.evidence.endswith(f"(hanya pengunjung ponsel) ke {BRAND}")


def test_a_random_partner_banner_a_mobile_themes_buttons_and_the_vendors_scripts_are_no_cloaking(
    site: FakeSite,
) -> None:
    chosen, scripts = random.Random(23), "".join(VENDOR_SCRIPTS)

    def usual() -> Reply:
        return Reply(200, department(main_extra=partner_banner(chosen), body_end=scripts))

    def phone() -> Reply:
        banner = partner_banner(chosen)
        return Reply(200, department(news=3, body_top=MOBILE_BUTTONS, main_extra=banner, body_end=scripts))

    site.route("*", "/", by_agent(usual, googlebot=usual, phone=phone))
    for _ in range(3):
        assert security(cycle_check(site)) == []
