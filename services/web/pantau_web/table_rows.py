"""The rows of the longest tables (the status board's, the registry's applications and
departments), written in Python.

Jinja spent ~13 µs a row on them, most of it escaping a cell at a time (a Markup made for each)
and formatting constant labels again; here a cell is escaped to plain text and a label's escaped
text is looked up once. The text is what the templates wrote before, byte for byte, and every
value from the database still goes through markupsafe's escaping
(``tests/unit/web/test_table_rows.py`` renders both ways and compares).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from typing import Any

import markupsafe
from flask import Flask
from markupsafe import Markup

from pantau_contracts.vocabulary import (
    AVAILABILITY_LABELS,
    FRESHNESS_LABELS,
    JENIS_PD_LABELS,
    KLASIFIKASI_LABELS,
    LOGIN_LABELS,
    REASON_LABELS,
)

from .views import UrlPattern, escape, labeller, wib

_escape_inner: Callable[[str], str] = markupsafe._escape_inner  # type: ignore[attr-defined]


def _text(value: Any) -> str:
    """Escape a value as ``escape`` does, to plain text (the rows are marked safe as a whole)."""
    return _escape_inner(value) if type(value) is str else str(escape(value))


def _label(table: dict[Any, str]) -> Callable[[str | None], str]:
    """Return the escaped label of a code, as the template's ``<name>_label`` filter shows it."""
    return functools.lru_cache(maxsize=256)(lambda code: _text(labeller(table)(code)))


_availability, _reason = _label(AVAILABILITY_LABELS), _label(REASON_LABELS)
_login, _freshness, _klasifikasi = _label(LOGIN_LABELS), _label(FRESHNESS_LABELS), _label(KLASIFIKASI_LABELS)
_jenis_pd = _label(JENIS_PD_LABELS)


def board_rows(apps: Iterable[dict[str, Any]], show_app: UrlPattern, show_pd: bool) -> Markup:
    """Return the status board's rows (``_macros.html``'s ``app_table``): one application each."""
    return Markup("".join(_board_row(a, show_app, show_pd) for a in apps))  # noqa: S704  # each value escaped


def _board_row(a: dict[str, Any], show_app: UrlPattern, show_pd: bool) -> str:
    pd = f"<td>{_text(a['pd_nama'])}</td>" if show_pd else ""
    unused = ' <small class="muted">(tidak digunakan)</small>' if a.get("aktif") is False else ""
    reason = f" <small>{_reason(a['reason'])}</small>" if a["reason"] else ""
    shown_ms = "%.0f ms" % a["total_ms"] if a["total_ms"] is not None else "–"  # noqa: UP031  # as Jinja's format
    total_ms = _text(shown_ms)
    return (
        f'\n  <tr>{pd}<th scope="row"><a href="{_text(show_app(a["id"]))}">{_text(a["nama"])}</a>{unused}</th>'
        f'\n      <td><span class="badge {_text(a["availability"] or "none")}">'
        f"{_availability(a['availability'])}</span>{reason}</td>"
        f"\n      <td>{_text(a['http_status'] or '–')}</td><td>{total_ms}</td>"
        f"\n      <td>{_login(a['login'])}</td><td>{_freshness(a['freshness'])}</td>"
        f"\n      <td>{_text(a['findings'] or 0)}</td><td>{_text(wib(a['checked_at']))}</td></tr>\n  "
    )


def registry_rows(apps: Iterable[dict[str, Any]], links: tuple[UrlPattern, ...], csrf: str, may_edit: bool) -> Markup:
    """Return the registry's application rows (``registry.html``); ``links`` are the addresses of
    an application's page, its form and its status switch."""
    return Markup("".join(_registry_row(a, links, csrf, may_edit) for a in apps))  # noqa: S704  # each value escaped


def _registry_row(a: dict[str, Any], links: tuple[UrlPattern, ...], csrf: str, may_edit: bool) -> str:
    show_app, edit_app, app_status = links
    nama = _text(a["nama"])
    actions = _status_actions(a["aktif"], nama, edit_app(a["id"]), app_status(a["id"]), csrf) if may_edit else ""
    return (
        f'\n      <tr><th scope="row"><a href="{_text(show_app(a["id"]))}">{nama}</a>'
        f'<br><small class="muted">{_text(a["url"])}</small></th>'
        f"\n          <td>{_text(a['singkatan'])}</td><td>{_klasifikasi(a['klasifikasi'])}</td>"
        f"<td>{_text(a['unit_pengembang'] or '–')}</td><td>{_text(a['tahun_operasi'] or '–')}</td>"
        f"\n          <td>{'Digunakan' if a['aktif'] else 'Tidak digunakan'}</td>"
        f"\n          {actions}</tr>\n    "
    )


def _status_actions(aktif: Any, nama: str, edit: str, status: str, csrf: str) -> str:
    """Return the cell with the links to edit a row and to switch it off or on again."""
    switch = "Nonaktifkan" if aktif else "Aktifkan kembali"
    return (
        f'<td><a href="{_text(edit)}" aria-label="Ubah {nama}">Ubah</a>'
        f'\n            <form method="post" action="{_text(status)}" class="inline">'
        f'\n              <input type="hidden" name="csrf_token" value="{_text(csrf)}">'
        f'\n              <input type="hidden" name="aktif" value="{"tidak" if aktif else "ya"}">'
        f'\n              <button type="submit" class="secondary" aria-label="{switch} {nama}">{switch}</button>'
        "\n            </form></td>"
    )


def department_rows(
    departments: Iterable[dict[str, Any]], links: tuple[UrlPattern, ...], csrf: str, may_edit: bool
) -> Markup:
    """Return the registry's department rows (``registry.html``); ``links`` are the addresses of a
    department's applications, its form and its status switch."""
    return Markup("".join(_department_row(d, links, csrf, may_edit) for d in departments))  # noqa: S704  # escaped


def _department_row(d: dict[str, Any], links: tuple[UrlPattern, ...], csrf: str, may_edit: bool) -> str:
    pd_apps, edit_pd, pd_status = links
    nama = _text(d["nama"])
    actions = _status_actions(d["aktif"], nama, edit_pd(d["id"]), pd_status(d["id"]), csrf) if may_edit else ""
    return (
        f'\n      <tr><th scope="row">{nama}</th><td>{_text(d["singkatan"])}</td><td>{_jenis_pd(d["jenis"])}</td>'
        f'<td><a href="{_text(pd_apps(d["id"]))}">{_text(d["aplikasi"])}</a></td>'
        f"\n          <td>{'Aktif' if d['aktif'] else 'Tidak aktif'}</td>"
        f"\n          {actions}</tr>\n    "
    )


def department_options(departments: Iterable[dict[str, Any]], selected: str | None) -> Markup:
    """Return a department filter's choices (``<option>``), ``selected`` marked."""
    return Markup("".join(_option(d["id"], _text(d["nama"]), selected) for d in departments))  # noqa: S704  # escaped


def _option(value: str, shown: str, selected: str | None) -> str:
    return f'<option value="{_text(value)}" {"selected" if selected == value else ""}>{shown}</option>'


def init_app(app: Flask) -> None:
    app.jinja_env.globals.update(
        board_rows=board_rows,
        registry_rows=registry_rows,
        department_rows=department_rows,
        department_options=department_options,
    )
