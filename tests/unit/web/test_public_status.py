"""The public status page's figures: grouped by department, shown as citizens read them, read once a minute."""

from __future__ import annotations

from datetime import UTC, datetime

from pantau_common.retention import Uptime
from pantau_web.public_status import STATE_LABELS, Fresh, by_department, percent

NOW = datetime(2026, 3, 1, 8, tzinfo=UTC)


def _row(app_id: str, pd_id: str, availability: str | None) -> dict[str, object]:
    return {
        "id": app_id,
        "nama": app_id.upper(),
        "url": None,
        "pd_id": pd_id,
        "pd_nama": pd_id.title(),
        "availability": availability,
        "checked_at": NOW,
    }


def test_applications_are_grouped_under_their_departments() -> None:
    rows = [_row("a", "dinkes", "aktif"), _row("b", "dinkes", "tidak_aktif"), _row("c", "bapenda", None)]
    uptimes = {"a": Uptime(10, 10), "b": Uptime(10, 5), "c": Uptime()}
    page = by_department(rows, uptimes, NOW)
    dinkes, bapenda = page.departments
    assert [a.nama for a in dinkes.apps] == ["A", "B"] and dinkes.aktif == 1
    assert dinkes.uptime == Uptime(20, 15)
    assert bapenda.aktif == 0 and bapenda.uptime == Uptime()


def test_uptime_reads_with_a_decimal_comma_and_a_dash_without_checks() -> None:
    assert percent(Uptime(3, 2)) == "66,7%"
    assert percent(Uptime(4, 4)) == "100,0%"
    assert percent(Uptime()) == "–"


def test_the_figures_are_read_again_only_once_they_are_a_minute_old() -> None:
    now = [0.0]
    fresh = Fresh(60, clock=lambda: now[0])
    reads = iter(range(10))
    assert fresh.get(lambda: next(reads)) == 0
    now[0] = 59.9
    assert fresh.get(lambda: next(reads)) == 0
    now[0] = 60.0
    assert fresh.get(lambda: next(reads)) == 1


def test_an_application_a_firewall_refused_the_checker_is_tidak_dapat_diperiksa_not_down() -> None:
    blocked = {**_row("a", "dinkes", "tidak_aktif"), "reason": "diblokir_pelindung"}
    down = {**_row("b", "dinkes", "tidak_aktif"), "reason": "http_5xx"}
    page = by_department([blocked, down, _row("c", "dinkes", "aktif")], {k: Uptime() for k in "abc"}, NOW)
    assert [a.state for a in page.departments[0].apps] == ["tidak_dapat_diperiksa", "tidak_aktif", "aktif"]
    assert page.departments[0].aktif == 1
    assert STATE_LABELS["tidak_dapat_diperiksa"] == "Tidak dapat diperiksa" and STATE_LABELS[None] == "Belum diperiksa"
