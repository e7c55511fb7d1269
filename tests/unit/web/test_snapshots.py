"""The kept pages' store and slots (pantau_web.snapshots), without a server."""

from __future__ import annotations

import uuid

from flask import Flask

from pantau_web.snapshots import _ID, _MARK, KeptPages, Page

V = (3, 1, 4)  # the versions of a page's tables


def test_a_page_is_cut_at_its_slots_and_each_answer_gets_fresh_ids():
    html = f'<form><input name="instance_id" value="{_ID}"><input name="command_id" value="{_ID}"></form>'
    page = Page.cut(V, 200, html)
    assert page.kinds == ("i", "i") and b"".join(page.parts) == html.replace(_ID, "").encode()
    with Flask(__name__).test_request_context():
        answers = [page.body().decode(), page.body().decode()]
    ids = [value.split('"')[0] for text in answers for value in text.split('value="')[1:]]
    assert len(set(ids)) == 4 and all(uuid.UUID(i) for i in ids)
    assert all(_MARK not in text for text in answers)


def test_a_page_without_slots_is_served_as_it_was_built():
    page = Page.cut(V, 404, "<p>Halaman tidak ditemukan</p>")
    with Flask(__name__).test_request_context():
        assert page.body().decode() == "<p>Halaman tidak ditemukan</p>" and page.status == 404


def test_the_store_keeps_within_its_bytes_dropping_the_oldest_half():
    pages = KeptPages(max_bytes=1000)
    for n in range(10):
        pages.put(("p", n), Page.cut(V, 200, "x" * 100))
    assert len(pages) == 10
    pages.put(("p", 10), Page.cut(V, 200, "x" * 100))
    assert len(pages) < 10 and pages.get(("p", 10), V) is not None and pages.get(("p", 0), V) is None


def test_a_page_put_again_under_its_key_replaces_the_old_one():
    pages = KeptPages(max_bytes=250)
    pages.put(("p",), Page.cut(V, 200, "x" * 200))
    pages.put(("p",), Page.cut(V, 200, "y" * 200))  # not 400 bytes: the first is gone
    assert len(pages) == 1 and pages.get(("p",), V).parts == (b"y" * 200,)  # type: ignore[union-attr]


def test_a_page_older_than_the_age_limit_is_not_served():
    pages = KeptPages(max_age=-1.0)  # any age is past it
    pages.put(("p",), Page.cut(V, 200, "lama"))
    assert pages.get(("p",), V) is None


def test_a_page_is_served_only_under_the_versions_it_was_built_under_and_a_new_build_replaces_it():
    pages = KeptPages()
    pages.put(("p",), Page.cut(V, 200, "lama"))
    assert pages.get(("p",), (3, 1, 5)) is None
    pages.put(("p",), Page.cut((3, 1, 5), 200, "baru"))
    assert len(pages) == 1 and pages.get(("p",), V) is None
    assert pages.get(("p",), (3, 1, 5)).parts == (b"baru",)  # type: ignore[union-attr]
