"""The monthly Wali Kota report and the dashboards' cycle history: load, build, render, store.

Used by the web pages (``dashboards``) and by the ``laporan`` command alike; it imports no Flask.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from babel.dates import format_date

from .core import dashboard as dash
from .core.dates import tanggal, tanggal_jam
from .core.followups import FollowUpRecord, RegisterFigures, register_figures
from .core.model import Letterhead
from .render import charts
from .render.html import render
from .render.pdf import html_to_pdf
from .repository import Documents, NewDocument, Sources

REPORT = "laporan_walikota"


@dataclass(frozen=True)
class MonthlyInputs:
    """The cycles and the follow-up register a monthly report is built from."""

    month: date
    in_month: list[dash.CycleSnapshot]
    before: dash.CycleSnapshot | None
    history: list[dash.CycleSnapshot]  # oldest first, up to the end of the month
    register: tuple[FollowUpRecord, ...]
    start: datetime
    as_of: datetime  # the end of the month, or now if sooner

    @property
    def tindak_lanjut(self) -> RegisterFigures:
        """Return the register as it stood at ``as_of``, with the fixes made within the month."""
        return register_figures(self.register, self.as_of, fixed_since=self.start)


def month_of(value: str | None) -> date:
    """Return the first day of ``YYYY-MM`` (this month when empty); ValueError when malformed."""
    if not value:
        return datetime.now(UTC).date().replace(day=1)
    return datetime.strptime(value, "%Y-%m").date()


def snapshots(
    sources: Sources, *, limit: int = 12, since: datetime | None = None, until: datetime | None = None
) -> list[dash.CycleSnapshot]:
    """Return the cycles started in [since, until) with their results, newest first."""
    return [
        dash.CycleSnapshot(
            c.instance_id, c.cycle_no, c.started_at or datetime.now(UTC), sources.scoped_apps(c.instance_id)
        )
        for c in sources.recent_cycles(limit=limit, since=since, until=until)
    ]


def load_monthly(sources: Sources, month: date, now: datetime | None = None) -> MonthlyInputs:
    """Load the cycles of ``month``, the last one before it, the history up to its end and the register."""
    start = datetime(month.year, month.month, 1, tzinfo=UTC)
    end = datetime(month.year + (month.month == 12), month.month % 12 + 1, 1, tzinfo=UTC)
    before = snapshots(sources, until=start, limit=1)
    return MonthlyInputs(
        month=month,
        in_month=snapshots(sources, since=start, until=end, limit=100),
        before=before[0] if before else None,
        history=list(reversed(snapshots(sources, until=end))),
        register=sources.follow_ups(),
        start=start,
        as_of=min(end, now or datetime.now(UTC)),
    )


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
        name="Tren persentase aplikasi aktif dan konten update per siklus",
    )


def monthly_report_pdf(sources: Sources, month: date, kop: Letterhead) -> bytes:
    """Return the monthly Wali Kota report of ``month`` as PDF."""
    inputs = load_monthly(sources, month)
    label = format_date(month, "MMMM y", locale="id")
    report = dash.monthly_report(label, inputs.in_month, inputs.before, inputs.history, inputs.tindak_lanjut)
    html = render(
        "laporan_walikota.html",
        r=report,
        kop=kop,
        dibuat=tanggal(datetime.now(UTC)),
        dibuat_pada=tanggal_jam(inputs.as_of),
        trend=charts.safe(trend_chart(report.trend)),
        pd_chart=charts.safe(charts.hbars([(p.pd_nama, p.share.pct_aktif) for p in report.by_pd][:15])),
    )
    return html_to_pdf(html)


def store_monthly_report(sources: Sources, documents: Documents, month: date, kop: Letterhead) -> tuple[int, bytes]:
    """Render the report of ``month`` and store it as a new version (kind ``laporan_walikota``)."""
    pdf = monthly_report_pdf(sources, month, kop)
    bulan = f"{month:%Y-%m}"
    version = documents.next_version(REPORT, bulan)
    stored = documents.add(NewDocument(None, REPORT, version, "pdf", pdf, meta={"bulan": bulan}))
    return stored.id, pdf
