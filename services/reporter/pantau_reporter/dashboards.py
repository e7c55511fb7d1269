"""Dashboards and the monthly Wali Kota report, served by the reporter (views only).

Officials reach them through the web, under its login (pantau_web.dashboards); the reporter
answers only the web's internal token, or its own host when it has none (pantau_common.internal).
"""

from __future__ import annotations

from datetime import UTC, datetime

from flask import Blueprint, Response, abort, current_app, render_template, request

from pantau_common import internal, webguard
from pantau_contracts.vocabulary import AVAILABILITY_LABELS, FRESHNESS_LABELS, LOGIN_LABELS, label

from .core import dashboard as dash
from .core.dates import tanggal_jam
from .core.followups import register_figures
from .render import charts
from .reports import month_of, snapshots, stored_monthly_report, trend_chart
from .request_db import config, renders, repositories

bp = Blueprint("dasbor", __name__)
PD_CHART = "Persentase aplikasi aktif per Perangkat Daerah"


@bp.before_request
def internal_only() -> None:
    """Answer 404 to anyone but the web (or this host, on a stack without a token)."""
    settings = current_app.config["PANTAU_SETTINGS"]
    presented = request.headers.get(internal.TOKEN_HEADER)
    # The peer itself: "this host" must never be claimed by a forwarding header.
    if not internal.admits(config().internal_token_ref, settings.extra, presented, webguard.peer_address()):
        abort(404)


@bp.context_processor
def layout() -> dict[str, str]:
    """Lay the page out on its own, or as content only for the web to show inside its page."""
    return {"layout": "dasbor_isi.html" if request.headers.get(internal.EMBED_HEADER) else "layout.html"}


@bp.app_template_filter("status")
def status_label(code: str | None) -> str:
    """Return the availability as an official reads it (no result: "Belum diperiksa")."""
    return AVAILABILITY_LABELS.get(code, "lain-lain")


@bp.app_template_filter("login")
def login_label(code: str | None) -> str:
    """Return the login result as an official reads it."""
    return label(LOGIN_LABELS, code, "-")


@bp.app_template_filter("konten")
def freshness_label(code: str | None) -> str:
    """Return the content freshness as an official reads it."""
    return label(FRESHNESS_LABELS, code, "-")


@bp.app_template_filter("desimal")
def decimal_label(value: float) -> str:
    """Return a number with one decimal as Indonesians write it ("12,5")."""
    return f"{value:.1f}".replace(".", ",")


@bp.app_template_filter("jam")
def time_label(value: datetime | None) -> str:
    """Return a moment as the documents print it, in WIB (none: "-")."""
    return tanggal_jam(value) if value else "-"


@bp.get("/")
@bp.get("/dasbor")
def citywide() -> str:
    """Show the citywide dashboard."""
    sources = repositories().sources
    latest = sources.latest_apps()
    done = [a for a in latest if a.has_result]
    rows = dash.by_pd(done)
    return render_template(
        "dasbor.html",
        title="Dasbor Kota Bekasi",
        share=dash.share(done),
        total=len(latest),
        rows=rows,
        findings=dash.open_findings(done),
        tl=register_figures(sources.follow_ups(), datetime.now(UTC)),
        pd=None,
        pd_chart=_pd_chart(rows),
        trend=charts.safe(trend_chart(dash.trend(snapshots(sources)))),
    )


def _pd_chart(rows: tuple[dash.PdRow, ...]) -> str:
    return charts.safe(charts.hbars([(r.pd_nama, r.share.pct_aktif) for r in rows], name=PD_CHART)) if rows else ""


@bp.get("/dasbor/pd/<pd_id>")
def per_pd(pd_id: str) -> str:
    """Show one Perangkat Daerah's dashboard."""
    sources = repositories().sources
    latest = sources.latest_apps(pd_id)
    if not latest:
        abort(404)
    done = [a for a in latest if a.has_result]
    cycles = [
        dash.CycleSnapshot(s.instance_id, s.cycle_no, s.started_at, tuple(a for a in s.apps if a.pd_id == pd_id))
        for s in snapshots(sources)
    ]
    return render_template(
        "dasbor.html",
        title=f"Dasbor {latest[0].pd_nama}",
        share=dash.share(done),
        total=len(latest),
        rows=(),
        findings=dash.open_findings(done),
        tl=register_figures(sources.follow_ups(pd_id), datetime.now(UTC)),
        pd=latest[0].pd_nama,
        apps=latest,
        pd_chart="",
        trend=charts.safe(trend_chart(dash.trend(cycles))),
    )


@bp.get("/dasbor/sop")
def sop_performance() -> str:
    """Show each SOP step's real time against its mutu baku, per cycle."""
    times = dash.step_times(repositories().sources.step_visits())
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
    return render_template("dasbor_sop.html", blocks=blocks, steps=config().sop.steps)


@bp.get("/laporan/walikota")
def monthly_report() -> Response:
    """Send the monthly Wali Kota report as PDF (``?bulan=YYYY-MM``, default this month), rendered once."""
    try:
        month = month_of(request.args.get("bulan"))
    except ValueError:
        abort(400, "Parameter bulan harus berbentuk YYYY-MM, dari 2000-01 sampai bulan ini.")
    pdf = stored_monthly_report(repositories().sources, renders(), month, config().kop)
    return Response(
        pdf,
        mimetype="application/pdf",
        headers={"Content-Disposition": f'inline; filename="laporan-walikota-{month:%Y-%m}.pdf"'},
    )
