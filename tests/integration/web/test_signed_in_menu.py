"""The signed-in menu, rendered once per account and mount point, writes what base.html's own Jinja
wrote for every request, carries each request's CSRF token, and follows a change of the account."""

from __future__ import annotations

import re
from typing import Any

import psycopg
import pytest
from flask import Flask, g, render_template_string, session
from flask.testing import FlaskClient
from flask_wtf.csrf import generate_csrf

pytestmark = pytest.mark.integration

# base.html's menu as it was written before it was rendered once per account: the reference.
REFERENCE = """{% if g.user %}
  <nav aria-label="Menu utama">
    {% if is_department(g.user) %}
    <a href="{{ nav_url('departments.home') }}">Aplikasi {{ g.user.pd_singkatan }}</a>
    <a href="{{ nav_url('followups.register') }}">Tindak Lanjut</a>
    <a href="{{ url_for('dashboards.department', pd_id=g.user.pd_id) }}">Dasbor</a>
    <span class="who" data-testid="who">{{ g.user.nama }} · {{ ROLE_LABELS[g.user.role] }} · {{ g.user.pd_nama }}</span>
    {% else %}
    <a href="{{ nav_url('cycles.inbox') }}">Kotak Masuk</a>
    <a href="{{ nav_url('registry.board') }}">Aplikasi</a>
    <a href="{{ nav_url('registry_admin.index') }}">Registri</a>
    <a href="{{ nav_url('followups.register') }}">Tindak Lanjut</a>
    <a href="{{ nav_url('dashboards.citywide') }}">Dasbor</a>
    <a href="{{ config.PANTAU_VERIFY_BASE }}/verifikasi">Verifikasi Dokumen</a>
    {% if g.user.role == 'admin' %}<a href="{{ nav_url('people.index') }}">Pengguna</a>{% endif %}
    {% if g.user.role in ('admin', 'kabid') %}<a href="{{ nav_url('audit.log') }}">Audit</a>{% endif %}
    <span class="who" data-testid="who">{{ g.user.nama }} · {{ ROLE_LABELS[g.user.role] }}</span>
    {% endif %}
    <a href="{{ nav_url('people.change_password') }}">Kata Sandi</a>
    <form method="post" action="{{ nav_url('auth.logout') }}" class="inline">
      <input type="hidden" name="csrf_token" value="{{ csrf_token() }}">
      <button type="submit" class="link">Keluar</button>
    </form>
  </nav>
  {% else %}{% include "_public_nav.html" %}{% endif %}"""

TRICKY = '<b>O\'Neil</b> & "Sons"'
ACCOUNTS = {
    "admin": {"role": "admin", "nama": "Admin Pantau", "pd_id": None, "pd_nama": None, "pd_singkatan": None},
    "kabid": {"role": "kabid", "nama": TRICKY, "pd_id": None, "pd_nama": None, "pd_singkatan": None},
    "pelaksana": {
        "role": "pelaksana",
        "nama": "Pejabat pelaksana",
        "pd_id": None,
        "pd_nama": None,
        "pd_singkatan": None,
    },
    "operator_pd": {
        "role": "operator_pd",
        "nama": "Petugas",
        "pd_id": "d/1 x",
        "pd_nama": TRICKY,
        "pd_singkatan": "<D&K>",
    },
    "kepala_pd": {
        "role": "kepala_pd",
        "nama": "Kepala",
        "pd_id": "dinkes",
        "pd_nama": "Dinas Kesehatan",
        "pd_singkatan": "Dinkes",
    },
    "anonymous": None,
}


def nav_block(app: Flask) -> str:
    """Render base.html's nav block in the current request, as a page does."""
    template = app.jinja_env.get_template("base.html")
    context: dict[str, Any] = {}
    app.update_template_context(context)
    return "".join(template.blocks["nav"](template.new_context(context)))


@pytest.mark.parametrize("script_root", ["", "/pantau"])
@pytest.mark.parametrize("kind", ACCOUNTS)
def test_the_menu_is_written_as_base_htmls_jinja_wrote_it(app: Flask, kind: str, script_root: str) -> None:
    account = ACCOUNTS[kind]
    for _ in range(2):  # the second time, the menu comes from what the first rendered
        with app.test_request_context("/", base_url=f"http://localhost{script_root}/"):
            session["csrf_token"] = "a secret of this request's session"
            g.user = None if account is None else {"id": 1, **account}
            expected = "\n  " + render_template_string(REFERENCE) + "\n  "
            assert nav_block(app) == expected
            assert f'"{script_root}/{"keluar" if account else "masuk"}"' in expected
            assert account is None or generate_csrf() in expected


def menu_token(page: str) -> str:
    found = re.search(r'<nav aria-label="Menu utama">.*?name="csrf_token" value="([^"]+)"', page, re.S)
    assert found, "no menu with a CSRF token"
    return found.group(1)


def test_each_session_gets_its_own_csrf_token_in_the_menu(app: Flask, auth, client: FlaskClient) -> None:
    other = app.test_client()
    auth.login("kasie")
    type(auth)(other).login("kasie")
    mine, theirs = menu_token(client.get("/").text), menu_token(other.get("/").text)
    assert client.post("/keluar", data={"csrf_token": theirs}).status_code == 400
    assert client.get("/").status_code == 200  # still signed in
    answer = client.post("/keluar", data={"csrf_token": mine})
    assert answer.status_code == 302 and "/masuk" in answer.headers["Location"]


def test_the_menu_shows_a_changed_account_at_its_next_request(settings, app: Flask, auth, client) -> None:
    auth.login("kasie")
    assert "Pejabat kasie" in client.get("/").text
    with psycopg.connect(settings.database_url) as conn:
        conn.execute("UPDATE users SET nama = 'Nama Baru', role = 'kabid' WHERE username = 'kasie'")
    page = client.get("/").text
    assert "Nama Baru · Kepala Bidang E-Government" in page and 'href="/audit"' in page and "Pejabat kasie" not in page
