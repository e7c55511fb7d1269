"""The pure core's reading of a headless front's posts (session 35): a Relay edge's node and a Contentful entry's
fields are the post; the titles of the data's lists are returned beside the dates (what the app draws), WordPress's
``{"rendered": …}`` as its text, and nothing of a list without titles."""

from __future__ import annotations

import json

from pantau_checker.core import embedded


def test_a_relay_edges_node_is_its_post() -> None:
    data = {"posts": {"edges": [{"node": {"title": "Pasar Murah", "date": "2026-12-04T08:15:00"}, "cursor": "YQ"}]}}
    assert embedded.post_dates([json.dumps(data)]) == ["2026-12-04T08:15:00"]


def test_an_edge_with_more_than_its_node_and_cursor_is_no_post() -> None:
    edge = {"node": {"title": "Pasar Murah", "date": "2026-12-04"}, "cursor": "YQ", "label": "x"}
    assert embedded.post_dates([json.dumps({"posts": [edge]})]) == []


def test_a_contentful_entrys_fields_are_its_post() -> None:
    entry = {
        "sys": {"id": "4X", "createdAt": "2025-01-01T00:00:00Z"},
        "fields": {"title": "Rapat", "publishDate": "2026-12-04"},
    }
    assert embedded.post_dates([json.dumps({"items": [entry]})]) == ["2026-12-04"]


def test_the_titles_of_the_lists_items_are_returned_beside_their_dates() -> None:
    data = {
        "posts": [
            {"title": {"rendered": "Slot Gacor Hari Ini"}, "date": "2026-12-04"},
            {"judul": "Rapat Koordinasi", "tanggal": "2026-12-03"},
        ],
        "menu": [{"label": "Beranda"}],
        "site": {"title": "Dinas Pendidikan"},
    }
    found = embedded.posts([json.dumps(data)])
    assert sorted(found.titles) == ["Rapat Koordinasi", "Slot Gacor Hari Ini"]
    assert sorted(found.dates) == ["2026-12-03", "2026-12-04"]
