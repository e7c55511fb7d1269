"""Indonesian dates for official documents (Babel, locale ``id``).

A time and a length of time are written by ``pantau_contracts.times``, as the web writes them.
"""

from __future__ import annotations

from datetime import date, datetime

from babel.dates import format_date

from pantau_contracts.times import WIB, durasi, tanggal_jam

__all__ = ["WIB", "durasi", "hari_tanggal", "tanggal", "tanggal_jam"]


def tanggal(value: date | datetime) -> str:
    """Return the long date, e.g. ``23 November 2026``."""
    return format_date(_local(value), "d MMMM y", locale="id")


def hari_tanggal(value: date | datetime) -> str:
    """Return the day and long date, e.g. ``Senin, 23 November 2026``."""
    return format_date(_local(value), "EEEE, d MMMM y", locale="id")


def _local(value: date | datetime) -> date:
    if isinstance(value, datetime):
        return value.astimezone(WIB).date() if value.tzinfo else value.date()
    return value
