"""The monthly Wali Kota report and the dashboards' cycle history: load, build, render, store.

Used by the web pages (``dashboards``) and by the ``laporan`` command alike; it imports no Flask.
"""

from __future__ import annotations

import dataclasses
import hashlib
from dataclasses import dataclass
from datetime import UTC, date, datetime

import segno
from babel.dates import format_date

from .core import dashboard as dash
from .core.dates import WIB, tanggal, tanggal_jam
from .core.followups import FollowUpRecord, RegisterFigures, register_figures
from .core.model import Letterhead
from .core.records import Official
from .render import charts
from .render.html import render
from .render.pdf import html_to_pdf
from .repository import Documents, NewDocument, Renders, Sources

REPORT = "laporan_walikota"
# Part of every stored render's fingerprint: change it when the report's layout changes, so that
# the stored renders are made again.
RENDER_FORMAT = "1"


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


FIRST_MONTH = date(2000, 1, 1)  # no report is asked for before Pantau, or after this month


def month_of(value: str | None, now: datetime | None = None) -> date:
    """Return the first day of ``YYYY-MM`` (this month when empty); ValueError when malformed or out of range."""
    # Bekasi's month: from 17:00 UTC on its last day, the UTC date still lags a month behind.
    this_month = (now or datetime.now(UTC)).astimezone(WIB).date().replace(day=1)
    if not value:
        return this_month
    month = datetime.strptime(value, "%Y-%m").date()
    if not FIRST_MONTH <= month <= this_month:
        raise ValueError(f"month out of range: {value}")
    return month


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
    start = datetime(month.year, month.month, 1, tzinfo=WIB)  # the month as in Bekasi, like its cycles' numbers
    end = datetime(month.year + (month.month == 12), month.month % 12 + 1, 1, tzinfo=WIB)
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


@dataclass(frozen=True)
class SignatureBlock:
    """Who signs an official report, and where its signed version is verified (its QR code)."""

    signer: Official
    verify_url: str


def monthly_report_pdf(sources: Sources, month: date, kop: Letterhead) -> bytes:
    """Return the monthly Wali Kota report of ``month`` as PDF."""
    return _render_monthly(load_monthly(sources, month), kop)


def official_report_pdf(
    sources: Sources, month: date, kop: Letterhead, block: SignatureBlock, now: datetime | None = None
) -> bytes:
    """Return the report of ``month`` as an official document: with the signature block and QR code."""
    return _render_monthly(load_monthly(sources, month, now), kop, block)


def stored_monthly_report(sources: Sources, renders: Renders, month: date, kop: Letterhead) -> bytes:
    """Return the report of ``month`` as last rendered, rendering it again only when its inputs changed.

    One request renders at a time per month (across pods); while it does, the others get the
    previous render, or wait for this one when there is none.
    """
    inputs, period = load_monthly(sources, month), f"{month:%Y-%m}"
    fingerprint = render_fingerprint(inputs, kop)
    stored = renders.get(REPORT, period)
    if stored is not None and stored.fingerprint == fingerprint:
        return stored.content
    with renders.exclusive(REPORT, period, wait=stored is None) as mine:
        latest = renders.get(REPORT, period) if mine else stored
        if latest is not None and (latest.fingerprint == fingerprint or not mine):
            return latest.content
        pdf = _render_monthly(inputs, kop)
        renders.put(REPORT, period, fingerprint, pdf)
        return pdf


def render_fingerprint(inputs: MonthlyInputs, kop: Letterhead) -> str:
    """Return what identifies a render: its inputs, its letterhead, and the hour it is as of.

    The register's overdue figures move with the clock, so a month still running is rendered
    again once an hour (a finished month's ``as_of`` is its end, and never changes).
    """
    hourly = dataclasses.replace(inputs, as_of=inputs.as_of.replace(minute=0, second=0, microsecond=0))
    return hashlib.sha256(repr((RENDER_FORMAT, kop, hourly)).encode()).hexdigest()


def _render_monthly(inputs: MonthlyInputs, kop: Letterhead, block: SignatureBlock | None = None) -> bytes:
    month = inputs.month
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
        ttd=_signature_block(block) if block else None,
    )
    return html_to_pdf(html)


def _signature_block(block: SignatureBlock) -> dict[str, object]:
    qr = segno.make(block.verify_url, error="m").svg_inline(scale=3, border=1)
    s = block.signer
    return {
        "qr": charts.safe(str(qr)),
        "jabatan": s.jabatan,
        "nama": s.nama,
        "nip": s.nip,
        "verify_url": block.verify_url,
    }


def store_monthly_report(sources: Sources, documents: Documents, month: date, kop: Letterhead) -> tuple[int, bytes]:
    """Render the report of ``month`` and store it as a new version (kind ``laporan_walikota``)."""
    pdf = monthly_report_pdf(sources, month, kop)
    bulan = f"{month:%Y-%m}"
    version = documents.next_version(REPORT, bulan)
    stored = documents.add(NewDocument(None, REPORT, version, "pdf", pdf, meta={"bulan": bulan}))
    return stored.id, pdf
