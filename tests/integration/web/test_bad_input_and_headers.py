"""Malformed input is a clear 400 (never a 500), and signed-in pages stay out of caches."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.integration

NUL_REFUSED = "karakter yang tidak sah (NUL)"


def test_a_nul_byte_in_a_search_is_a_clear_400(client, auth):
    auth.login("kasie")
    answer = client.get("/siklus", query_string={"q": "monev\x00"})
    assert answer.status_code == 400 and NUL_REFUSED in answer.get_data(as_text=True)


def test_a_nul_byte_in_the_login_name_is_a_clear_400(client, auth):
    token = auth.csrf()
    answer = client.post("/masuk", data={"username": "kasie\x00", "password": "x", "csrf_token": token})
    assert answer.status_code == 400 and NUL_REFUSED in answer.get_data(as_text=True)


def test_a_nul_byte_in_the_api_is_a_json_400(client):
    answer = client.get("/api/siklus", query_string={"q": "\x00"})
    assert answer.status_code == 400 and answer.is_json


def test_signed_in_pages_are_never_stored_by_a_cache(client, auth):
    auth.login("kasie")
    for path in ("/", "/siklus", "/aplikasi", "/api/siklus"):
        answer = client.get(path)
        assert answer.headers.get("Cache-Control") == "no-store", path
        assert "Cookie" in answer.headers.get("Vary", ""), path


def test_the_login_page_for_anyone_is_not_marked_private(client):
    assert client.get("/masuk").headers.get("Cache-Control") != "no-store"
