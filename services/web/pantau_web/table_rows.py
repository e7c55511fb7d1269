"""The rows of the tables the busiest pages show (the status board's, the registry's applications
and departments, the audit log's, the inbox's two), the filters' fixed choices and the lists' pager,
written in Python.

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

from pantau_contracts.definition import SopDefinition
from pantau_contracts.phases import PHASE_LABELS
from pantau_contracts.vocabulary import (
    AVAILABILITY_LABELS,
    FRESHNESS_LABELS,
    JENIS_PD_LABELS,
    KLASIFIKASI_LABELS,
    LOGIN_LABELS,
    REASON_LABELS,
)

from .lists import Page
from .views import UrlPattern, escape, labeller, mutu_baku, url_segment, wib

_escape_inner: Callable[[str], str] = markupsafe._escape_inner  # type: ignore[attr-defined]


def _text(value: Any) -> str:
    """Escape a value as ``escape`` does, to plain text (the rows are marked safe as a whole)."""
    kind = type(value)
    if kind is str:
        return _escape_inner(value)
    if kind is int:  # digits and a sign: nothing to escape (bool, a subclass, goes the long way)
        return str(value)
    return str(escape(value))


def _slot(pattern: UrlPattern) -> Callable[[str], str]:
    """Return ``pattern`` as escaped text around a slot for a ``url_segment``, as ``{{ pattern(value) }}``
    shows it filled: escaping goes character by character, and a segment has nothing to escape
    (unreserved characters or %XX). A row with several addresses of one value quotes it once."""
    prefix, suffix = _text(pattern.prefix), _text(pattern.suffix)
    return lambda segment: f"{prefix}{segment}{suffix}"


def _link(pattern: UrlPattern) -> Callable[[object], str]:
    """Return ``pattern`` filled in and escaped, as ``{{ pattern(value) }}`` shows it."""
    slot = _slot(pattern)
    return lambda value: slot(url_segment(value))


def _label(table: dict[Any, str]) -> Callable[[str | None], str]:
    """Return the escaped label of a code, as the template's ``<name>_label`` filter shows it."""
    return functools.lru_cache(maxsize=256)(lambda code: _text(labeller(table)(code)))


_availability, _reason = _label(AVAILABILITY_LABELS), _label(REASON_LABELS)
_login, _freshness, _klasifikasi = _label(LOGIN_LABELS), _label(FRESHNESS_LABELS), _label(KLASIFIKASI_LABELS)
_jenis_pd, _phase = _label(JENIS_PD_LABELS), _label(PHASE_LABELS)


def board_rows(apps: Iterable[dict[str, Any]], show_app: UrlPattern, show_pd: bool) -> Markup:
    """Return the status board's rows (``_macros.html``'s ``app_table``): one application each."""
    show = _link(show_app)
    return Markup("".join(_board_row(a, show, show_pd) for a in apps))  # noqa: S704  # each value escaped


def _board_row(a: dict[str, Any], show_app: Callable[[object], str], show_pd: bool) -> str:
    pd = f"<td>{_text(a['pd_nama'])}</td>" if show_pd else ""
    unused = ' <small class="muted">(tidak digunakan)</small>' if a.get("aktif") is False else ""
    reason = f" <small>{_reason(a['reason'])}</small>" if a["reason"] else ""
    shown_ms = "%.0f ms" % a["total_ms"] if a["total_ms"] is not None else "–"  # noqa: UP031  # as Jinja's format
    total_ms = _text(shown_ms)
    return (
        f'\n  <tr>{pd}<th scope="row"><a href="{show_app(a["id"])}">{_text(a["nama"])}</a>{unused}</th>'
        f'\n      <td><span class="badge {_text(a["availability"] or "none")}">'
        f"{_availability(a['availability'])}</span>{reason}</td>"
        f"\n      <td>{_text(a['http_status'] or '–')}</td><td>{total_ms}</td>"
        f"\n      <td>{_login(a['login'])}</td><td>{_freshness(a['freshness'])}</td>"
        f"\n      <td>{_text(a['findings'] or 0)}</td><td>{_text(wib(a['checked_at']))}</td></tr>\n  "
    )


def registry_rows(apps: Iterable[dict[str, Any]], links: tuple[UrlPattern, ...], csrf: str, may_edit: bool) -> Markup:
    """Return the registry's application rows (``registry.html``); ``links`` are the addresses of
    an application's page, its form and its status switch."""
    slots, token = tuple(_slot(link) for link in links), _text(csrf)
    return Markup("".join(_registry_row(a, slots, token, may_edit) for a in apps))  # noqa: S704  # each value escaped


def _registry_row(a: dict[str, Any], slots: tuple[Callable[[str], str], ...], csrf: str, may_edit: bool) -> str:
    show_app, edit_app, app_status = slots
    nama, key = _text(a["nama"]), url_segment(a["id"])
    actions = _status_actions(a["aktif"], nama, edit_app(key), app_status(key), csrf) if may_edit else ""
    return (
        f'\n      <tr><th scope="row"><a href="{show_app(key)}">{nama}</a>'
        f'<br><small class="muted">{_text(a["url"])}</small></th>'
        f"\n          <td>{_text(a['singkatan'])}</td><td>{_klasifikasi(a['klasifikasi'])}</td>"
        f"<td>{_text(a['unit_pengembang'] or '–')}</td><td>{_text(a['tahun_operasi'] or '–')}</td>"
        f"\n          <td>{'Digunakan' if a['aktif'] else 'Tidak digunakan'}</td>"
        f"\n          {actions}</tr>\n    "
    )


def _status_actions(aktif: Any, nama: str, edit: str, status: str, csrf: str) -> str:
    """Return the cell with the links to edit a row and to switch it off or on again (every
    argument but ``aktif`` escaped already)."""
    switch = "Nonaktifkan" if aktif else "Aktifkan kembali"
    return (
        f'<td><a href="{edit}" aria-label="Ubah {nama}">Ubah</a>'
        f'\n            <form method="post" action="{status}" class="inline">'
        f'\n              <input type="hidden" name="csrf_token" value="{csrf}">'
        f'\n              <input type="hidden" name="aktif" value="{"tidak" if aktif else "ya"}">'
        f'\n              <button type="submit" class="secondary" aria-label="{switch} {nama}">{switch}</button>'
        "\n            </form></td>"
    )


def department_rows(
    departments: Iterable[dict[str, Any]], links: tuple[UrlPattern, ...], csrf: str, may_edit: bool
) -> Markup:
    """Return the registry's department rows (``registry.html``); ``links`` are the addresses of a
    department's applications, its form and its status switch."""
    slots, token = tuple(_slot(link) for link in links), _text(csrf)
    return Markup("".join(_department_row(d, slots, token, may_edit) for d in departments))  # noqa: S704  # escaped


def _department_row(d: dict[str, Any], slots: tuple[Callable[[str], str], ...], csrf: str, may_edit: bool) -> str:
    pd_apps, edit_pd, pd_status = slots
    nama, key = _text(d["nama"]), url_segment(d["id"])
    actions = _status_actions(d["aktif"], nama, edit_pd(key), pd_status(key), csrf) if may_edit else ""
    return (
        f'\n      <tr><th scope="row">{nama}</th><td>{_text(d["singkatan"])}</td><td>{_jenis_pd(d["jenis"])}</td>'
        f'<td><a href="{pd_apps(key)}">{_text(d["aplikasi"])}</a></td>'
        f"\n          <td>{'Aktif' if d['aktif'] else 'Tidak aktif'}</td>"
        f"\n          {actions}</tr>\n    "
    )


def department_options(departments: Iterable[dict[str, Any]], selected: str | None) -> Markup:
    """Return a department filter's choices (``<option>``), ``selected`` marked."""
    return Markup("".join(_option(d["id"], _text(d["nama"]), selected) for d in departments))  # noqa: S704  # escaped


@functools.lru_cache(maxsize=256)
def choice_options(choices: tuple[tuple[str, str], ...], selected: str | None) -> Markup:
    """Return a filter's fixed choices (``<option>``, code and label), ``selected`` marked: each
    list of constants is written once per choice made, not on every page."""
    return Markup("".join(_option(value, _text(shown), selected) for value, shown in choices))  # noqa: S704  # escaped


def _option(value: str, shown: str, selected: str | None) -> str:
    return f'<option value="{_text(value)}" {"selected" if selected == value else ""}>{shown}</option>'


def audit_rows(events: Iterable[dict[str, Any]]) -> Markup:
    """Return the audit log's rows (``audit.html``): one event each, as ``audit_views.shown`` made it."""
    return Markup("".join(_audit_row(e) for e in events))  # noqa: S704  # each value escaped


def _audit_row(e: dict[str, Any]) -> str:
    username = f' <small class="muted">({_text(e["username"])})</small>' if e["username"] else ""
    return (
        f'\n      <tr><td>{_text(wib(e["at"]))}</td><th scope="row">{_text(e["jenis"])}</th>'
        f"\n        <td>{_text(e['actor'])}{username}</td>"
        f"\n        <td>{_text(e['target'] or '–')}</td><td>{_text(e['detail'] or '–')}</td>"
        f"<td>{_text(e['remote'] or '–')}</td></tr>\n    "
    )


# A cycle's badge when its open step has run past, or nears, the step's mutu baku.
_SLA_BADGES = {
    "terlambat": ' <span class="badge tidak_aktif" data-testid="sla">Melebihi mutu baku</span>',
    "peringatan": ' <span class="badge warn" data-testid="sla">Mendekati batas mutu baku</span>',
}


def waiting_rows(instances: Iterable[dict[str, Any]], show_cycle: UrlPattern, sop: SopDefinition) -> Markup:
    """Return the inbox's rows of the cycles waiting for the official (``inbox.html``)."""
    show = _link(show_cycle)
    return Markup("".join(_waiting_row(i, show, sop) for i in instances))  # noqa: S704  # each value escaped


def _waiting_row(i: dict[str, Any], show_cycle: Callable[[object], str], sop: SopDefinition) -> str:
    step = sop.step(i["step"])
    return (
        f'\n      <tr><td><a href="{show_cycle(i["id"])}">{_text(i["cycle_no"])}</a></td>'
        f"\n          <td>{_text(i['step'])} · {_text(step.actor)}</td>"
        f"<td>{_phase(i['phase'])}{_SLA_BADGES.get(i['sla'], '')}</td>"
        f'\n          <td data-testid="mutu-baku">{_text(mutu_baku(step))}</td>'
        f"<td>{_text(wib(i['created_at']))}</td></tr>\n    "
    )


def cycle_rows(instances: Iterable[dict[str, Any]], show_cycle: UrlPattern) -> Markup:
    """Return the inbox's rows of the newest cycles (``inbox.html``)."""
    show = _link(show_cycle)
    return Markup("".join(_cycle_row(i, show) for i in instances))  # noqa: S704  # each value escaped


def _cycle_row(i: dict[str, Any], show_cycle: Callable[[object], str]) -> str:
    status = i["status"]
    return (
        f'\n      <tr><td><a href="{show_cycle(i["id"])}">{_text(i["cycle_no"])}</a></td>'
        f'\n          <td><span class="badge {_text(status)}">{_text(str(status).capitalize())}</span></td>'
        f"\n          <td>{_text(i['step'])}</td><td>{_phase(i['phase'])}{_SLA_BADGES.get(i['sla'], '')}</td>"
        f"<td>{_text(i['scope_count'])}</td>"
        f"\n          <td>{_text(i['started_by_nama'])}</td><td>{_text(wib(i['created_at']))}</td></tr>\n    "
    )


def pager_links(page: Page, page_url: UrlPattern, label: str) -> Markup:
    """Return a list's pager (``_lists.html``'s ``pager``): where the page stands, and the links to
    the pages before, after and near it (``page_url`` fills in a page's number)."""
    link = _link(page_url)
    if page.past_end:
        extent = f"hanya {page.pages} halaman ({page.total} baris)" if page.total else "kosong"
        body = (
            f'\n  <span data-testid="page-info" role="alert">Halaman {page.number} tidak ada:'
            f" daftar ini {extent}.</span>"
            f'\n  <a href="{link(page.pages)}" data-testid="last">Ke halaman terakhir ›</a>\n  '
        )
    else:
        body = f'\n  <span data-testid="page-info">{_page_info(page)}</span>\n  {_steps(page, link)}\n  '
    return Markup(f'<nav class="pager" aria-label="{_text(label)}" data-testid="pager">\n  {body}\n</nav>')  # noqa: S704


def _page_info(page: Page) -> str:
    if not page.total:
        return "Tidak ada baris"
    return f"Baris {page.first_row}–{page.last_row} dari {page.total} · halaman {page.number} dari {page.pages}"


def _steps(page: Page, link: Callable[[object], str]) -> str:
    """Return the links to the page before, the pages near, and the page after (each on its line)."""
    before = after = near = ""
    if page.has_prev:
        before = f'<a href="{link(page.number - 1)}" rel="prev" data-testid="prev">‹ Sebelumnya</a>'
    if page.has_next:
        after = f'<a href="{link(page.number + 1)}" rel="next" data-testid="next">Berikutnya ›</a>'
    if page.pages > 1:
        numbers = "".join(f"{_page_number(n, page.number, link)} " for n in page.window())
        near = f'<span class="pages" data-testid="pages">{numbers}</span>'
    return f"{before}\n  {near}\n  {after}"


def _page_number(n: int | None, current: int, link: Callable[[object], str]) -> str:
    if n is None:
        return '<span aria-hidden="true">…</span>'
    if n == current:
        return f'<span aria-current="page" data-testid="page-{n}">{n}</span>'
    return f'<a href="{link(n)}" aria-label="Halaman {n}" data-testid="page-{n}">{n}</a>'


def init_app(app: Flask) -> None:
    app.jinja_env.globals.update(
        waiting_rows=waiting_rows,
        cycle_rows=cycle_rows,
        board_rows=board_rows,
        registry_rows=registry_rows,
        department_rows=department_rows,
        department_options=department_options,
        choice_options=choice_options,
        audit_rows=audit_rows,
        pager_links=pager_links,
    )
