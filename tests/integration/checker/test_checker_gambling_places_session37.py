"""Where gambling spam planted outside a department's articles is told to be, through a whole check on 127.0.0.1
(session 37): what visitors wrote by the site's forms (a story's comments, a pingback, a guestbook, a Q&A) in their
own place, a second ``<title>`` and the metas of news sites, Dublin Core and the cards' images in the head; a search's
page repeating the words of its own address (/?s=slot+gacor) is clean, the spammer's post it finds is found. No Kafka,
no PostgreSQL.
"""

from __future__ import annotations

import pytest
from checker_servers import Reply, check, make_checker
from gambling_places_pages_s37 import SEARCHED, SEARCHED_SPAM, SPAM, search_results
from test_checker_gambling_session23 import checked_page, security

from pantau_common.registry.model import AppSpec
from pantau_contracts.status import ApplicationChecked

HOST = "diskominfo.bekasikota.go.id"
WRITTEN = (
    "comments-selling-with-links",
    "comments-selling-in-the-authors-names",
    "comments-selling-without-links",
    "pingback-to-a-gambling-post",
    "comment-authors-named-as-brands",
    "latest-comments-widget",
    "forum-reply",
    "guestbook-of-spam",
    "questions-of-spam",
)
HEADS = {
    "head-second-title": "title",
    "head-news-keywords": "meta",
    "head-dublin-core": "meta",
    "head-image-alt": "meta",
}


@pytest.mark.parametrize("name", WRITTEN)
def test_spam_visitors_wrote_is_found_in_their_place(shared_site, name: str) -> None:  # type: ignore[no-untyped-def]
    assert security(checked_page(shared_site, SPAM[name])) == {("judi_online", "comments"): "tinggi"}


@pytest.mark.parametrize("name", HEADS)
def test_spam_in_the_heads_other_places_is_found(shared_site, name: str) -> None:  # type: ignore[no-untyped-def]
    assert security(checked_page(shared_site, SPAM[name])) == {("judi_online", HEADS[name]): "kritis"}


def searched(site, address: str, query: str, results: str) -> ApplicationChecked:  # type: ignore[no-untyped-def]
    """Return the whole check of a search's page registered at its own ``address``."""
    site.route("*", address, Reply(200, search_results(query, results)))
    spec = AppSpec(id="diskominfo-web", pd_id="diskominfo", nama="Website", url=f"http://{HOST}:{site.port}{address}")
    return check(make_checker(site.port), spec)


@pytest.mark.parametrize("address", SEARCHED)
def test_a_search_page_repeating_its_addresss_words_is_clean(shared_site, address: str) -> None:  # type: ignore[no-untyped-def]
    event = searched(shared_site, address, *SEARCHED[address])
    assert (security(event), event.availability) == ({}, "aktif")


@pytest.mark.parametrize("address", SEARCHED_SPAM)
def test_a_spammers_post_a_search_finds_is_found(shared_site, address: str) -> None:  # type: ignore[no-untyped-def]
    found = security(searched(shared_site, address, *SEARCHED_SPAM[address]))
    assert ("judi_online", "visible") in found and ("judi_online", "title") not in found


def test_the_same_search_page_at_the_root_is_found(shared_site) -> None:  # type: ignore[no-untyped-def]
    """The words stand in the page, not in its address: what the site serves at its root says them."""
    query, results = SEARCHED["/?s=slot+gacor+maxwin"]
    assert ("judi_online", "title") in security(checked_page(shared_site, search_results(query, results)))
