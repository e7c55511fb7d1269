"""Times and lengths of time as Bekasi's officials write them, for every page and document.

One formatter for the web's pages and the reporter's documents and dashboards, so that a time reads
"6 Desember 2026, 00.42 WIB" and a length of time "1 jam 20 menit" wherever an official meets it.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from babel.dates import get_month_names

WIB = ZoneInfo("Asia/Jakarta")
# Babel's names, read once: formatting each time with babel cost a list page ~40 µs per row. A
# plain dict: babel's own mapping resolves aliases on every look-up (a list page looks up 50).
MONTHS: dict[int, str] = {int(n): str(name) for n, name in get_month_names("wide", locale="id").items()}


def tanggal_jam(value: datetime) -> str:
    """Return the long date with the WIB time, e.g. ``6 Desember 2026, 00.42 WIB``."""
    t = value.astimezone(WIB)
    return f"{t.day} {MONTHS[t.month]} {t.year}, {t.hour:02d}.{t.minute:02d} WIB"


def durasi(span: timedelta) -> str:
    """Return a length of time as an official writes it, e.g. ``2 hari 3 jam`` or ``5 menit``."""
    minutes = int(span.total_seconds() // 60)
    days, rest = divmod(minutes, 24 * 60)
    hours, minutes = divmod(rest, 60)
    if days:
        return f"{days} hari" + (f" {hours} jam" if hours else "")
    if hours:
        return f"{hours} jam" + (f" {minutes} menit" if minutes else "")
    return f"{minutes} menit" if minutes else "kurang dari 1 menit"
