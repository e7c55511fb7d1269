"""The status board's and the registry's rows, written in Python, are what the Jinja loops they
replaced wrote: the same bytes, every value from the database escaped, for every kind of row."""

# ruff: noqa: E501  (the templates' lines, as they were)

from __future__ import annotations

from datetime import UTC, datetime
from itertools import product
from typing import Any

import pytest
from flask import Flask, render_template_string

from pantau_web import table_rows, views

# The loops as the templates had them (``_macros.html``'s app_table, ``registry.html``).
BOARD_LOOP = """{%- set show_app = url_pattern('show', 'app_id') %}
  {% for a in apps %}
  <tr>{% if show_pd %}<td>{{ a.pd_nama }}</td>{% endif %}<th scope="row"><a href="{{ show_app(a.id) }}">{{ a.nama }}</a>{% if a.aktif is false %} <small class="muted">(tidak digunakan)</small>{% endif %}</th>
      <td><span class="badge {{ a.availability or 'none' }}">{{ a.availability|availability_label }}</span>{% if a.reason %} <small>{{ a.reason|reason_label }}</small>{% endif %}</td>
      <td>{{ a.http_status or '–' }}</td><td>{{ '%.0f ms'|format(a.total_ms) if a.total_ms is not none else '–' }}</td>
      <td>{{ a.login|login_label }}</td><td>{{ a.freshness|freshness_label }}</td>
      <td>{{ a.findings or 0 }}</td><td>{{ a.checked_at|wib }}</td></tr>
  {% endfor %}"""
BOARD_NOW = """{%- set show_app = url_pattern('show', 'app_id') %}
  {{ board_rows(apps, show_app, show_pd) }}"""

REGISTRY_LOOP = """{%- set show_app, edit_app, app_status = url_pattern('show', 'app_id'), url_pattern('edit', 'app_id'), url_pattern('status', 'app_id') %}
    {% for a in apps %}
      <tr><th scope="row"><a href="{{ show_app(a.id) }}">{{ a.nama }}</a><br><small class="muted">{{ a.url }}</small></th>
          <td>{{ a.singkatan }}</td><td>{{ a.klasifikasi|klasifikasi_label }}</td><td>{{ a.unit_pengembang or '–' }}</td><td>{{ a.tahun_operasi or '–' }}</td>
          <td>{{ 'Digunakan' if a.aktif else 'Tidak digunakan' }}</td>
          {% if may_edit %}<td><a href="{{ edit_app(a.id) }}" aria-label="Ubah {{ a.nama }}">Ubah</a>
            <form method="post" action="{{ app_status(a.id) }}" class="inline">
              <input type="hidden" name="csrf_token" value="{{ csrf }}">
              <input type="hidden" name="aktif" value="{{ 'tidak' if a.aktif else 'ya' }}">
              <button type="submit" class="secondary" aria-label="{{ 'Nonaktifkan' if a.aktif else 'Aktifkan kembali' }} {{ a.nama }}">{{ 'Nonaktifkan' if a.aktif else 'Aktifkan kembali' }}</button>
            </form></td>{% endif %}</tr>
    {% endfor %}"""
REGISTRY_NOW = """{%- set show_app, edit_app, app_status = url_pattern('show', 'app_id'), url_pattern('edit', 'app_id'), url_pattern('status', 'app_id') %}
    {{ registry_rows(apps, (show_app, edit_app, app_status), csrf, may_edit) }}"""

DEPARTMENT_LOOP = """{%- set pd_apps, edit_pd, pd_status = url_pattern('index', 'pd'), url_pattern('edit', 'app_id'), url_pattern('status', 'app_id') %}
    {% for d in departments %}
      <tr><th scope="row">{{ d.nama }}</th><td>{{ d.singkatan }}</td><td>{{ d.jenis|jenis_pd_label }}</td><td><a href="{{ pd_apps(d.id) }}">{{ d.aplikasi }}</a></td>
          <td>{{ 'Aktif' if d.aktif else 'Tidak aktif' }}</td>
          {% if may_edit %}<td><a href="{{ edit_pd(d.id) }}" aria-label="Ubah {{ d.nama }}">Ubah</a>
            <form method="post" action="{{ pd_status(d.id) }}" class="inline">
              <input type="hidden" name="csrf_token" value="{{ csrf }}">
              <input type="hidden" name="aktif" value="{{ 'tidak' if d.aktif else 'ya' }}">
              <button type="submit" class="secondary" aria-label="{{ 'Nonaktifkan' if d.aktif else 'Aktifkan kembali' }} {{ d.nama }}">{{ 'Nonaktifkan' if d.aktif else 'Aktifkan kembali' }}</button>
            </form></td>{% endif %}</tr>
    {% endfor %}"""
DEPARTMENT_NOW = """{%- set pd_apps, edit_pd, pd_status = url_pattern('index', 'pd'), url_pattern('edit', 'app_id'), url_pattern('status', 'app_id') %}
    {{ department_rows(departments, (pd_apps, edit_pd, pd_status), csrf, may_edit) }}"""

HOSTILE = "<script>alert('x')</script> & \"kutip\""
CHECKED = datetime(2026, 3, 5, 0, 4, tzinfo=UTC)


def board_row(variant: tuple[Any, ...]) -> dict[str, Any]:
    hostile, down, unused = variant
    text = HOSTILE if hostile else "Sistem Informasi"
    return {
        "id": "a b/ü<" if hostile else "app-0001",
        "nama": text,
        "aktif": not unused,
        "pd_nama": text,
        "availability": "tidak_aktif" if down else ("aktif" if down is False else None),
        "reason": ("http_5xx" if hostile else "<kode baru>") if down else None,
        "http_status": 503 if down else None,
        "total_ms": 80.4 if down is not None else None,
        "login": "gagal" if down else None,
        "freshness": "tidak_update" if hostile else None,
        "findings": 3 if hostile else 0,
        "checked_at": CHECKED if down is not None else None,
    }


def registry_row(variant: tuple[Any, ...]) -> dict[str, Any]:
    hostile, aktif, empty = variant
    text = HOSTILE if hostile else "Sistem Informasi"
    return {
        "id": "a b/ü<" if hostile else "app-0001",
        "nama": text,
        "url": "https://x.example/?a=1&b=<2>" if hostile else "https://simpus.bekasikota.go.id",
        "singkatan": text,
        "klasifikasi": None if empty else ("<baru>" if hostile else "layanan_publik"),
        "unit_pengembang": None if empty else text,
        "tahun_operasi": None if empty else 2021,
        "aktif": aktif,
    }


def department(variant: tuple[Any, ...]) -> dict[str, Any]:
    hostile, aktif = variant
    text = HOSTILE if hostile else "Dinas Kesehatan"
    jenis = "<baru>" if hostile else "dinas"
    return {
        "id": "pd x&<" if hostile else "pd-01",
        "nama": text,
        "singkatan": text,
        "jenis": jenis,
        "aktif": aktif,
        "aplikasi": 7,
    }


@pytest.fixture
def app() -> Flask:
    app = Flask(__name__)
    app.jinja_environment = views.RowEnvironment
    views.init_app(app)
    table_rows.init_app(app)
    for endpoint in ("show", "edit", "status"):
        app.add_url_rule(f"/{endpoint}/<app_id>/x", endpoint, lambda app_id: "")
    app.add_url_rule("/registri", "index", lambda: "")
    return app


@pytest.mark.parametrize("show_pd", [True, False])
def test_the_board_rows_are_what_the_jinja_loop_wrote(app: Flask, show_pd: bool) -> None:
    apps = [board_row(v) for v in product([False, True], [None, False, True], [False, True])]
    with app.test_request_context("/", base_url="http://localhost/pantau/"):
        before = render_template_string(BOARD_LOOP, apps=apps, show_pd=show_pd)
        assert render_template_string(BOARD_NOW, apps=apps, show_pd=show_pd) == before
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &#34;kutip&#34;" in before
    assert "<script>" not in before


@pytest.mark.parametrize("may_edit", [True, False])
def test_the_registry_rows_are_what_the_jinja_loop_wrote(app: Flask, may_edit: bool) -> None:
    apps = [registry_row(v) for v in product([False, True], [True, False], [False, True])]
    csrf = 'token"<&>'
    with app.test_request_context("/"):
        before = render_template_string(REGISTRY_LOOP, apps=apps, csrf=csrf, may_edit=may_edit)
        assert render_template_string(REGISTRY_NOW, apps=apps, csrf=csrf, may_edit=may_edit) == before
    assert "<script>" not in before and "b=&lt;2&gt;" in before


@pytest.mark.parametrize("may_edit", [True, False])
def test_the_department_rows_are_what_the_jinja_loop_wrote(app: Flask, may_edit: bool) -> None:
    departments = [department(v) for v in product([False, True], [True, False])]
    csrf = 'token"<&>'
    with app.test_request_context("/"):
        before = render_template_string(DEPARTMENT_LOOP, departments=departments, csrf=csrf, may_edit=may_edit)
        now = render_template_string(DEPARTMENT_NOW, departments=departments, csrf=csrf, may_edit=may_edit)
        assert now == before
    assert "<script>" not in before and "?pd=pd%20x%26%3C" in before


@pytest.mark.parametrize("selected", [None, "pd-01", "pd x&<", "tidak-ada"])
def test_the_department_choices_are_what_the_jinja_loop_wrote(app: Flask, selected: str | None) -> None:
    departments = [department(v) for v in product([False, True], [True])]
    loop = (
        '{% for d in departments %}<option value="{{ d.id }}" {% if pd_id == d.id %}selected{% endif %}>'
        "{{ d.nama }}</option>{% endfor %}"
    )
    with app.test_request_context("/"):
        before = render_template_string(loop, departments=departments, pd_id=selected)
        now = render_template_string(
            "{{ department_options(departments, pd_id) }}", departments=departments, pd_id=selected
        )
        assert now == before
    assert "<script>" not in before
