"""The API's OpenAPI 3.1 description: served to anyone, and covering every JSON route of the app."""

from __future__ import annotations

import re

import pytest

pytestmark = pytest.mark.integration


def openapi_path(rule: str) -> str:
    """Write a Flask rule as an OpenAPI path: ``/api/siklus/<uuid:instance_id>`` → ``/api/siklus/{instance_id}``."""
    return re.sub(r"<(?:[^:>]+:)?([^>]+)>", r"{\1}", rule)


def test_the_description_is_openapi_3_1_and_served_without_a_login(client):
    answer = client.get("/api/openapi.json")
    doc = answer.get_json()
    assert answer.status_code == 200 and doc["openapi"].startswith("3.1") and doc["info"]["title"] == "API Pantau"


def test_every_json_route_is_described_with_its_methods(app, client):
    paths = client.get("/api/openapi.json").get_json()["paths"]
    for rule in app.url_map.iter_rules():
        if rule.rule.startswith("/api/"):
            described = paths.get(openapi_path(rule.rule), {})
            methods = {m.lower() for m in rule.methods or ()} - {"head", "options"}
            assert methods <= set(described), f"{rule.rule} {sorted(methods)} is not in /api/openapi.json"


def test_every_described_path_is_served(app, client):
    served = {openapi_path(r.rule) for r in app.url_map.iter_rules()}
    assert set(client.get("/api/openapi.json").get_json()["paths"]) <= served
