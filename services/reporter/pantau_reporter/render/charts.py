"""Server-side SVG charts (no JavaScript, no network): bars, lines and step times."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from markupsafe import Markup

FONT = 'font-family="Liberation Sans, Arial, sans-serif"'
BLUE, GREEN, RED, GREY = "#0b4f8a", "#2e8b57", "#c0392b", "#999999"


def hbars(
    items: Sequence[tuple[str, float]],
    *,
    width: int = 640,
    unit: str = "%",
    maximum: float = 100.0,
    color: str = BLUE,
    name: str = "Grafik batang",
) -> str:
    """Return horizontal bars, one per (label, value); ``name`` is what a screen reader announces."""
    row, label_w = 22, 230
    height = row * len(items) + 10
    plot = width - label_w - 60
    top = max(maximum, max((v for _, v in items), default=0.0)) or 1.0
    parts = []
    for i, (label, value) in enumerate(items):
        y = 5 + i * row
        w = plot * value / top
        parts.append(
            f'<text x="{label_w - 6}" y="{y + 14}" text-anchor="end" font-size="11" {FONT}>'
            f"{escape(_clip(label, 38))}</text>"
            f'<rect x="{label_w}" y="{y + 3}" width="{w:.1f}" height="{row - 8}" fill="{color}"/>'
            f'<text x="{label_w + w + 4:.1f}" y="{y + 14}" font-size="11" {FONT}>{value:.0f}{unit}</text>'
        )
    return _svg(width, height, "".join(parts), name)


def lines(
    labels: Sequence[str],
    series: Sequence[tuple[str, Sequence[float], str]],
    *,
    width: int = 640,
    height: int = 220,
    name: str = "Grafik garis",
) -> str:
    """Return a 0–100 % line chart with one line per (series name, values, color)."""
    left, right, top, bottom = 40, 120, 10, 40
    pw, ph = width - left - right, height - top - bottom
    step = pw / max(len(labels) - 1, 1)
    parts = [
        f'<line x1="{left}" y1="{top + ph * (1 - t / 100)}" x2="{left + pw}" y2="{top + ph * (1 - t / 100)}" '
        f'stroke="#ddd"/><text x="{left - 4}" y="{top + ph * (1 - t / 100) + 4}" text-anchor="end" '
        f'font-size="10" {FONT}>{t}%</text>'
        for t in (0, 25, 50, 75, 100)
    ]
    for i, label in enumerate(labels):
        parts.append(
            f'<text x="{left + i * step:.1f}" y="{height - bottom + 16}" text-anchor="middle" '
            f'font-size="10" {FONT}>{escape(_clip(label, 12))}</text>'
        )
    for k, (series_name, values, color) in enumerate(series):
        points = " ".join(f"{left + i * step:.1f},{top + ph * (1 - v / 100):.1f}" for i, v in enumerate(values))
        parts.append(f'<polyline points="{points}" fill="none" stroke="{color}" stroke-width="2"/>')
        parts.extend(
            f'<circle cx="{left + i * step:.1f}" cy="{top + ph * (1 - v / 100):.1f}" r="3" fill="{color}"/>'
            for i, v in enumerate(values)
        )
        parts.append(
            f'<rect x="{width - right + 10}" y="{top + k * 18}" width="10" height="10" fill="{color}"/>'
            f'<text x="{width - right + 24}" y="{top + k * 18 + 9}" font-size="11" {FONT}>'
            f"{escape(series_name)}</text>"
        )
    return _svg(width, height, "".join(parts), name)


def step_bars(
    items: Sequence[tuple[str, float, float | None]],
    *,
    width: int = 640,
    name: str = "Waktu nyata tiap langkah terhadap mutu baku",
) -> str:
    """Return bars of real minutes per step with the mutu baku drawn as a mark."""
    row, label_w = 22, 150
    plot = width - label_w - 90
    top = max([v for _, v, _ in items] + [b or 0 for _, _, b in items] + [1.0])
    parts = []
    for i, (label, minutes, baku) in enumerate(items):
        y = 5 + i * row
        color = RED if baku is not None and minutes > baku else GREEN
        w = plot * minutes / top
        parts.append(
            f'<text x="{label_w - 6}" y="{y + 14}" text-anchor="end" font-size="11" {FONT}>'
            f"{escape(label)}</text>"
            f'<rect x="{label_w}" y="{y + 3}" width="{w:.1f}" height="{row - 8}" fill="{color}"/>'
            f'<text x="{label_w + w + 4:.1f}" y="{y + 14}" font-size="11" {FONT}>{minutes:.0f} mnt</text>'
        )
        if baku:
            x = label_w + plot * baku / top
            parts.append(
                f'<line x1="{x:.1f}" y1="{y}" x2="{x:.1f}" y2="{y + row - 2}" stroke="#000" '
                'stroke-width="2" stroke-dasharray="3,2"/>'
            )
    return _svg(width, row * len(items) + 10, "".join(parts), name)


def _svg(width: int, height: int, body: str, name: str) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" aria-label="{escape(name)}">{body}</svg>'
    )


def _clip(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def safe(svg: str) -> Markup:
    """Mark a chart built here as safe HTML for the templates."""
    return Markup(svg)  # noqa: S704 - every label is escaped while the SVG is built
