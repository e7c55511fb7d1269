"""The registry API's pure parts: the JSON merge patch, and a description that names every field
the shared validation reads (and no other)."""

from __future__ import annotations

from typing import Any

import pytest

from pantau_common.registry.validation import APP_KEYS, LOGIN_KEYS, PD_KEYS
from pantau_web.openapi_registry import APP_FIELDS, LOGIN, PD_FIELDS
from pantau_web.registry_api import merge_patch


@pytest.mark.parametrize(
    ("target", "patch", "expected"),
    [
        ({"aktif": True, "nama": "A"}, {"aktif": False}, {"aktif": False, "nama": "A"}),
        ({"login": {"url": "u", "success_marker": "x"}}, {"login": {"success_marker": None}}, {"login": {"url": "u"}}),
        ({"kontak": [{"surel": "a@b.id"}]}, {"kontak": []}, {"kontak": []}),
        ({"resolve": ["a:1:10.0.0.1"]}, {"resolve": None, "retries": 2}, {"retries": 2}),
        ({"nama": "A"}, {}, {"nama": "A"}),
    ],
)
def test_a_merge_patch_merges_objects_removes_nulls_and_replaces_the_rest(
    target: dict[str, Any], patch: dict[str, Any], expected: dict[str, Any]
) -> None:
    assert merge_patch(target, patch) == expected


def test_a_merge_patch_leaves_its_target_alone() -> None:
    target = {"login": {"url": "u"}}
    merge_patch(target, {"login": {"url": "v"}})
    assert target == {"login": {"url": "u"}}


def test_the_description_names_every_field_the_validation_reads() -> None:
    assert set(APP_FIELDS) == APP_KEYS and set(PD_FIELDS) == PD_KEYS and set(LOGIN["properties"]) == LOGIN_KEYS
