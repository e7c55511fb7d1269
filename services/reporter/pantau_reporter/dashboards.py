"""Dashboards and the monthly Wali Kota report, served by the reporter."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from babel.dates import format_date
from flask import Blueprint, Response, abort, render_template, request

from pantau_contracts.definition import load_definition

from . import store
from .core import dashboard as dash
from .core.dates import tanggal
from .render import charts
from .render.html import render
from .render.pdf import html_to_pdf

bp = Blueprint("dasbor", __name__)


def _db() -> store.Conn:
    from .web import get_db

    return get_db()


def snapshots(conn: store.Conn, **kwargs: Any) -> list[dash.CycleSnapshot]:
    """Return cycle snapshots, newest first."""
    return [
        dash.CycleSnapshot(c.instance_id, c.cycle_no, c.started_at or datetime.now(UTC), apps)
        for c, apps in store.cycles(conn, **kwargs)
    ]


def trend_chart(points: tuple[dash.TrendPoint, ...]) -> str:
    """Return the trend over cycles as an SVG line chart."""
    if not points:
        return ""
    return charts.lines(
        [p.cycle_no for p in points],
        [
            ("% aktif", [p.share.pct_aktif for p in points], charts.BLUE),
            ("% update", [p.share.pct_update for p in points], charts.GREEN),
        ],
    )


@bp.get("/")
@bp.get("/dasbor")
def citywide() -> str:
    """Show the citywide dashboard."""
    conn = _db()
    latest = store.latest_results(conn)
    done = [a for a in latest if a.has_result]
    rows = dash.by_pd(done)
    return render_template(
        "dasbor.html",
        title="Dasbor Kota Bekasi",
        share=dash.share(done),
        total=len(latest),
        rows=rows,
        findings=dash.open_findings(done),
        pd=None,
        pd_chart=charts.safe(charts.hbars([(r.pd_nama, r.share.pct_aktif) for r in rows])) if rows else "",
        trend=charts.safe(trend_chart(dash.trend(snapshots(conn)))),
    )


@bp.get("/dasbor/pd/<pd_id>")
def per_pd(pd_id: str) -> str:
    """Show one Perangkat Daerah's dashboard."""
    conn = _db()
    latest = store.latest_results(conn, pd_id)
    if not latest:
        abort(404)
    done = [a for a in latest if a.has_result]
    cycles = [
        dash.CycleSnapshot(s.instance_id, s.cycle_no, s.started_at, tuple(a for a in s.apps if a.pd_id == pd_id))
        for s in snapshots(conn)
    ]
    return render_template(
        "dasbor.html",
        title=f"Dasbor {latest[0].pd_nama}",
        share=dash.share(done),
        total=len(latest),
        rows=(),
        findings=dash.open_findings(done),
        pd=latest[0].pd_nama,
        apps=latest,
        pd_chart="",
        trend=charts.safe(trend_chart(dash.trend(cycles))),
    )


@bp.get("/dasbor/sop")
def sop_performance() -> str:
    """Show each SOP step's real time against its mutu baku, per cycle."""
    visits = [
        dash.StepVisit(r["cycle_no"], r["step"], r["started_at"], r["completed_at"], r["mutu_baku_s"], r["outcome"])
        for r in store.step_history(_db())
    ]
    times = dash.step_times(visits)
    definition = load_definition()
    by_cycle: dict[str, list[dash.StepTime]] = {}
    for t in times:
        by_cycle.setdefault(t.cycle_no, []).append(t)
    blocks = [
        (
            cycle,
            charts.safe(charts.step_bars([(f"Langkah {t.step}", t.minutes, t.mutu_baku_minutes) for t in items])),
            items,
        )
        for cycle, items in by_cycle.items()
    ]
    return render_template("dasbor_sop.html", blocks=blocks, steps=definition.steps)


@bp.get("/laporan/walikota")
def monthly_report() -> Response:
    """Render the monthly Wali Kota report as PDF (``?bulan=YYYY-MM``, default this month)."""
    try:
        month = month_of(request.args.get("bulan"))
    except ValueError:
        abort(400, "Parameter bulan harus berbentuk YYYY-MM.")
    pdf = monthly_report_pdf(_db(), month)
    return Response(
        pdf,
        mimetype="application/pdf",
        headers={"Content-Disposition": f'inline; filename="laporan-walikota-{month:%Y-%m}.pdf"'},
    )


def month_of(value: str | None) -> date:
    """Return the first day of ``YYYY-MM`` (this month when empty); ValueError when malformed."""
    if not value:
        today = datetime.now(UTC).date()
        return today.replace(day=1)
    return datetime.strptime(value, "%Y-%m").date()


def monthly_report_pdf(conn: store.Conn, month: date, *, kop: Any = None) -> bytes:
    """Return the monthly Wali Kota report of ``month`` as PDF."""
    from .core.model import Letterhead

    start = datetime(month.year, month.month, 1, tzinfo=UTC)
    end = datetime(month.year + (month.month == 12), month.month % 12 + 1, 1, tzinfo=UTC)
    in_month = snapshots(conn, since=start, until=end, limit=100)
    before = snapshots(conn, until=start, limit=1)
    report = dash.monthly_report(
        format_date(month, "MMMM y", locale="id"),
        in_month,
        before[0] if before else None,
        list(reversed(snapshots(conn, until=end))),
    )
    html = render(
        "laporan_walikota.html",
        r=report,
        kop=kop or Letterhead(),
        dibuat=tanggal(datetime.now(UTC)),
        trend=charts.safe(trend_chart(report.trend)),
        pd_chart=charts.safe(charts.hbars([(p.pd_nama, p.share.pct_aktif) for p in report.by_pd][:15])),
    )
    return html_to_pdf(html)


def store_monthly_report(conn: store.Conn, month: date) -> tuple[int, bytes]:
    """Render the report of ``month`` and store it as a new version (kind ``laporan_walikota``)."""
    pdf = monthly_report_pdf(conn, month)
    row = conn.execute(
        "SELECT COALESCE(MAX(version), 0) + 1 AS v FROM documents WHERE kind = 'laporan_walikota'"
        " AND meta->>'bulan' = %s",
        (f"{month:%Y-%m}",),
    ).fetchone()
    version = int(row["v"]) if row else 1
    doc_id, _ = store.insert_document(
        conn,
        instance_id=None,
        kind="laporan_walikota",
        version=version,
        fmt="pdf",
        content=pdf,
        meta={"bulan": f"{month:%Y-%m}"},
    )
    return doc_id, pdf
