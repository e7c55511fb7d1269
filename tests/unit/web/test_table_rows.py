"""The status board's, the registry's, the inbox's and the audit log's rows and the filters' fixed
choices and the pager, written in Python, are what the Jinja loops they replaced wrote: the same
bytes, every value from the database escaped, for every kind of row."""

# ruff: noqa: E501  (the templates' lines, as they were)

from __future__ import annotations

from datetime import UTC, datetime
from ipaddress import IPv4Address
from itertools import product
from pathlib import Path
from typing import Any

import pytest
from flask import Flask, render_template_string

from pantau_contracts.definition import load_definition
from pantau_web import lists, table_rows, views

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
    app = Flask(__name__, template_folder=str(Path(table_rows.__file__).parent / "templates"))
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


# The inbox's loops as ``inbox.html`` had them, with its badge macro.
SLA_BADGE = """{% macro sla_badge(i) %}{% if i.sla == 'terlambat' %} <span class="badge tidak_aktif" data-testid="sla">Melebihi mutu baku</span>{% elif i.sla == 'peringatan' %} <span class="badge warn" data-testid="sla">Mendekati batas mutu baku</span>{% endif %}{% endmacro %}
{%- set show_cycle = url_pattern('cycle', 'instance_id') %}"""
WAITING_LOOP = (
    SLA_BADGE
    + """
    {% for i in waiting %}
      <tr><td><a href="{{ show_cycle(i.id) }}">{{ i.cycle_no }}</a></td>
          <td>{{ i.step }} · {{ sop.step(i.step).actor }}</td><td>{{ i.phase|phase_label }}{{ sla_badge(i) }}</td>
          <td data-testid="mutu-baku">{{ sop.step(i.step)|mutu_baku }}</td><td>{{ i.created_at|wib }}</td></tr>
    {% endfor %}
    </tbody>"""
)
WAITING_NOW = (
    SLA_BADGE
    + """
    {{ waiting_rows(waiting, show_cycle, sop) }}
    </tbody>"""
)
RECENT_LOOP = (
    SLA_BADGE
    + """
    {% for i in instances %}
      <tr><td><a href="{{ show_cycle(i.id) }}">{{ i.cycle_no }}</a></td>
          <td><span class="badge {{ i.status }}">{{ i.status|capitalize }}</span></td>
          <td>{{ i.step }}</td><td>{{ i.phase|phase_label }}{{ sla_badge(i) }}</td><td>{{ i.scope_count }}</td>
          <td>{{ i.started_by_nama }}</td><td>{{ i.created_at|wib }}</td></tr>
    {% else %}<tr><td colspan="7" class="muted">Belum ada siklus.</td></tr>
    {% endfor %}
    </tbody>"""
)
RECENT_NOW = (
    SLA_BADGE
    + """
    {% if instances %}{{ cycle_rows(instances, show_cycle) }}{% else %}<tr><td colspan="7" class="muted">Belum ada siklus.</td></tr>
    {% endif %}
    </tbody>"""
)


def cycle(variant: tuple[Any, ...]) -> dict[str, Any]:
    hostile, sla, step = variant
    return {
        "id": "c x&<" if hostile else "7f3c2a9e-0000-4000-8000-000000000001",
        "cycle_no": HOSTILE if hostile else "MONEV-2026-03",
        "status": "<baru>" if hostile else ("selesai" if step == 7 else "berjalan"),
        "step": step,
        "phase": "<fase baru>" if hostile else (None if step == 7 else "menunggu_disposisi"),
        "sla": sla,
        "scope_count": 1029,
        "started_by_nama": HOSTILE if hostile else "Rina Marlina, S.Kom., M.T.",
        "created_at": CHECKED if step != 1 else None,
    }


@pytest.fixture
def cycles() -> list[dict[str, Any]]:
    return [cycle(v) for v in product([False, True], [None, "terlambat", "peringatan", "<lain>"], range(1, 8))]


def test_the_inbox_waiting_rows_are_what_the_jinja_loop_wrote(app: Flask, cycles: list[dict[str, Any]]) -> None:
    app.add_url_rule("/siklus/<instance_id>", "cycle", lambda instance_id: "")
    sop = load_definition()
    with app.test_request_context("/", base_url="http://localhost/pantau/"):
        before = render_template_string(WAITING_LOOP, waiting=cycles, sop=sop)
        assert render_template_string(WAITING_NOW, waiting=cycles, sop=sop) == before
    assert "Melebihi mutu baku" in before and "Mendekati batas" in before and "/pantau/siklus/c%20x%26%3C" in before
    assert "<script>" not in before


@pytest.mark.parametrize("some", [True, False])
def test_the_inbox_recent_rows_are_what_the_jinja_loop_wrote(
    app: Flask, cycles: list[dict[str, Any]], some: bool
) -> None:
    app.add_url_rule("/siklus/<instance_id>", "cycle", lambda instance_id: "")
    instances = cycles if some else []
    with app.test_request_context("/"):
        before = render_template_string(RECENT_LOOP, instances=instances)
        assert render_template_string(RECENT_NOW, instances=instances) == before
    assert "<script>" not in before
    assert ("Belum ada siklus" in before) is not some


AUDIT_LOOP = """
    {% for e in events %}
      <tr><td>{{ e.at|wib }}</td><th scope="row">{{ e.jenis }}</th>
        <td>{{ e.actor }}{% if e.username %} <small class="muted">({{ e.username }})</small>{% endif %}</td>
        <td>{{ e.target or '–' }}</td><td>{{ e.detail or '–' }}</td><td>{{ e.remote or '–' }}</td></tr>
    {% else %}<tr><td colspan="6" class="muted">Tidak ada peristiwa yang cocok.</td></tr>
    {% endfor %}
    </tbody>"""
AUDIT_NOW = """
    {% if events %}{{ audit_rows(events) }}{% else %}<tr><td colspan="6" class="muted">Tidak ada peristiwa yang cocok.</td></tr>
    {% endif %}
    </tbody>"""


def event(variant: tuple[Any, ...]) -> dict[str, Any]:
    hostile, empty = variant
    text = HOSTILE if hostile else "Masuk ke Pantau."
    return {
        "at": CHECKED,
        "jenis": text,
        "actor": text,
        "username": None if empty else ("<admin>" if hostile else "admin"),
        "target": "" if empty else text,
        "detail": None if empty else text,
        "remote": None if empty else (IPv4Address("10.0.0.1") if hostile else "127.0.0.1"),
    }


@pytest.mark.parametrize("some", [True, False])
def test_the_audit_rows_are_what_the_jinja_loop_wrote(app: Flask, some: bool) -> None:
    events = [event(v) for v in product([False, True], [False, True])] if some else []
    with app.test_request_context("/"):
        before = render_template_string(AUDIT_LOOP, events=events)
        assert render_template_string(AUDIT_NOW, events=events) == before
    assert "<script>" not in before and ("Tidak ada peristiwa" in before) is not some


@pytest.mark.parametrize("selected", [None, "aktif", "<b>", "tidak-ada"])
def test_the_fixed_choices_are_what_the_jinja_loop_wrote(app: Flask, selected: str | None) -> None:
    choices = (("aktif", "Aktif"), ("tidak_aktif", "Tidak aktif"), ("<b>", HOSTILE))
    loop = '{% for k, v in choices %}<option value="{{ k }}" {% if chosen == k %}selected{% endif %}>{{ v }}</option>{% endfor %}'
    with app.test_request_context("/"):
        before = render_template_string(loop, choices=choices, chosen=selected)
        now = render_template_string("{{ choice_options(choices, chosen) }}", choices=choices, chosen=selected)
        assert now == before
    assert "<script>" not in before


@pytest.mark.parametrize("value", ["pd-01", "pd x&<", "ü/\"'", "", 7])
def test_an_address_filled_in_a_row_is_what_the_template_wrote(app: Flask, value: object) -> None:
    pattern = views.UrlPattern("/registri?a=1&pd=", "&b=<2>")
    with app.test_request_context("/"):
        before = render_template_string("{{ pattern(value) }}", pattern=pattern, value=value)
    assert table_rows._link(pattern)(value) == before
    assert table_rows._slot(pattern)(views.url_segment(value)) == before
    assert "&amp;b=&lt;2&gt;" in before


# ``_lists.html``'s pager as it was, all in Jinja.
PAGER_MACRO = """{% macro pager(page, endpoint, label="Halaman daftar", params={}) %}
{% set args = dict(request.args.to_dict(), **params) %}{% set _ = args.pop('halaman', None) %}{% set page_url = url_pattern(endpoint, 'halaman', **args) %}
<nav class="pager" aria-label="{{ label }}" data-testid="pager">
  {% if page.past_end %}
  <span data-testid="page-info" role="alert">Halaman {{ page.number }} tidak ada: daftar ini {% if page.total %}hanya {{ page.pages }} halaman ({{ page.total }} baris){% else %}kosong{% endif %}.</span>
  <a href="{{ page_url(page.pages) }}" data-testid="last">Ke halaman terakhir ›</a>
  {% else %}
  <span data-testid="page-info">{% if page.total %}Baris {{ page.first_row }}–{{ page.last_row }} dari {{ page.total }} · halaman {{ page.number }} dari {{ page.pages }}{% else %}Tidak ada baris{% endif %}</span>
  {% if page.has_prev %}<a href="{{ page_url(page.number - 1) }}" rel="prev" data-testid="prev">‹ Sebelumnya</a>{% endif %}
  {% if page.pages > 1 %}<span class="pages" data-testid="pages">{% for n in page.window() %}{% if n is none %}<span aria-hidden="true">…</span>{% elif n == page.number %}<span aria-current="page" data-testid="page-{{ n }}">{{ n }}</span>{% else %}<a href="{{ page_url(n) }}" aria-label="Halaman {{ n }}" data-testid="page-{{ n }}">{{ n }}</a>{% endif %} {% endfor %}</span>{% endif %}
  {% if page.has_next %}<a href="{{ page_url(page.number + 1) }}" rel="next" data-testid="next">Berikutnya ›</a>{% endif %}
  {% endif %}
</nav>
{% endmacro %}"""
PAGES = [
    (1, 50, 0),
    (2, 50, 0),
    (1, 50, 30),
    (1, 50, 1000),
    (3, 50, 1000),
    (20, 50, 1000),
    (25, 50, 1000),
    (7, 25, 1000),
]


@pytest.mark.parametrize("query", ["", "?halaman=3", "?q=Dinas+%26+%3CKes%3E&halaman=2&status=aktif", "?pd=pd+x%26%3C"])
def test_the_pager_is_what_the_jinja_macro_wrote(app: Flask, query: str) -> None:
    call = '{{ pager(page, "index", "Halaman <daftar> & lain") }}|{{ pager(page, "show", params={"app_id": "a b"}) }}'
    with app.test_request_context(f"/registri{query}", base_url="http://localhost/pantau/"):
        env = app.jinja_env
        macros = env.get_template("_lists.html").module
        for number, size, total in PAGES:
            page = lists.Page(
                list(range(max(0, min(size, total - (number - 1) * size)))), lists.PageRequest(number, size), total
            )
            before = render_template_string(PAGER_MACRO + call, page=page)
            assert render_template_string(call, page=page, pager=macros.pager) == before
            assert "<daftar>" not in before
