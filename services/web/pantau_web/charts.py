"""A response-time chart drawn on the server as SVG: no script, an accessible name, and a text
summary for those who cannot see it. Pure: points in, markup out."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from markupsafe import Markup, escape

WIDTH, HEIGHT, PAD = 640, 200, 36


@dataclass(frozen=True)
class Point:
    """One check: when it ran, its response time in ms (None when it got no answer)."""

    at: datetime
    ms: float | None


def response_chart(points: Sequence[Point], title: str, chart_id: str = "grafik-respons") -> Markup:
    """Return an SVG line chart of response times, named by ``title`` and described in words."""
    timed = [p for p in points if p.ms is not None]
    desc = summary(points)
    scale = _scale(points) if timed else (0.0, 1.0, 1.0)
    body = _axes(scale) + _line(timed, scale) + _misses(points, scale) if timed else _empty()
    # Every text that came from data is escaped above; the rest is numbers this module made.
    return Markup(  # noqa: S704
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" width="100%" role="img"'
        f' aria-labelledby="{chart_id}-t {chart_id}-d" class="chart" data-testid="chart">'
        f'<title id="{chart_id}-t">{escape(title)}</title><desc id="{chart_id}-d">{escape(desc)}</desc>'
        f"{body}</svg>"
    )


def summary(points: Sequence[Point]) -> str:
    """Say in words what the chart shows: how many checks, and the fastest, median and slowest."""
    times = sorted(p.ms for p in points if p.ms is not None)
    if not times:
        return "Belum ada waktu respons yang tercatat."
    misses = len(points) - len(times)
    text = (
        f"{len(points)} pemeriksaan; waktu respons tercepat {times[0]:.0f} ms, median {times[len(times) // 2]:.0f} ms,"
        f" terlama {times[-1]:.0f} ms"
    )
    return text + (f"; {misses} pemeriksaan tanpa respons." if misses else ".")


def _scale(points: Sequence[Point]) -> tuple[float, float, float]:
    """Return the first time (s), the time span (s) and the highest response time (ms)."""
    start = points[0].at.timestamp()
    span = max(points[-1].at.timestamp() - start, 1.0)
    top = max(p.ms or 0.0 for p in points) or 1.0
    return start, span, top


def _xy(point: Point, start: float, span: float, top: float) -> tuple[float, float]:
    x = PAD + (point.at.timestamp() - start) / span * (WIDTH - 2 * PAD)
    y = HEIGHT - PAD - (point.ms or 0.0) / top * (HEIGHT - 2 * PAD)
    return round(x, 1), round(y, 1)


Scale = tuple[float, float, float]


def _line(points: Sequence[Point], scale: Scale) -> str:
    coords = " ".join(f"{x},{y}" for x, y in (_xy(p, *scale) for p in points))
    return f'<polyline points="{coords}" fill="none" stroke="#1d4ed8" stroke-width="2"/>'


def _axes(scale: Scale) -> str:
    top = scale[2]
    base = HEIGHT - PAD
    return (
        f'<line x1="{PAD}" y1="{base}" x2="{WIDTH - PAD}" y2="{base}" stroke="#6b7280"/>'
        f'<line x1="{PAD}" y1="{PAD}" x2="{PAD}" y2="{base}" stroke="#6b7280"/>'
        f'<text x="{PAD - 4}" y="{PAD}" text-anchor="end" font-size="11" fill="#374151">{top:.0f} ms</text>'
        f'<text x="{PAD - 4}" y="{base}" text-anchor="end" font-size="11" fill="#374151">0</text>'
    )


def _misses(points: Sequence[Point], scale: Scale) -> str:
    """Mark the checks that got no answer on the time axis, in red."""
    xs = (_xy(p, *scale)[0] for p in points if p.ms is None)
    return "".join(f'<circle cx="{x}" cy="{HEIGHT - PAD}" r="3" fill="#b91c1c"/>' for x in xs)


def _empty() -> str:
    return (
        f'<text x="{WIDTH // 2}" y="{HEIGHT // 2}" text-anchor="middle" font-size="14" fill="#374151">'
        "Belum ada data</text>"
    )
