"""Indonesian dates for official documents (Babel, locale ``id``)."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from babel.dates import format_date, format_datetime

WIB = ZoneInfo("Asia/Jakarta")


def tanggal(value: date | datetime) -> str:
    """Return the long date, e.g. ``23 November 2026``."""
    return format_date(_local(value), "d MMMM y", locale="id")


def hari_tanggal(value: date | datetime) -> str:
    """Return the day and long date, e.g. ``Senin, 23 November 2026``."""
    return format_date(_local(value), "EEEE, d MMMM y", locale="id")


def tanggal_jam(value: datetime) -> str:
    """Return the long date with the WIB time, e.g. ``23 November 2026 14.05 WIB``."""
    return format_datetime(value.astimezone(WIB), "d MMMM y HH.mm", locale="id") + " WIB"


def durasi(span: timedelta) -> str:
    """Return a length of time as an official reads it, e.g. ``3 hari 4 jam`` or ``45 menit``."""
    minutes = int(span.total_seconds() // 60)
    days, rest = divmod(minutes, 24 * 60)
    hours, minutes = divmod(rest, 60)
    if days:
        return f"{days} hari" + (f" {hours} jam" if hours else "")
    if hours:
        return f"{hours} jam" + (f" {minutes} menit" if minutes else "")
    return f"{minutes} menit" if minutes else "kurang dari 1 menit"


def _local(value: date | datetime) -> date:
    if isinstance(value, datetime):
        return value.astimezone(WIB).date() if value.tzinfo else value.date()
    return value
