"""Indonesian dates for official documents (Babel, locale ``id``)."""

from __future__ import annotations

from datetime import date, datetime
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


def _local(value: date | datetime) -> date:
    if isinstance(value, datetime):
        return value.astimezone(WIB).date() if value.tzinfo else value.date()
    return value
