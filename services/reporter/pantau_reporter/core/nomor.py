"""Numbering of naskah dinas: ``{kode}/{seq}/{unit}/{bulan_romawi}/{tahun}``."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

ROMAN_MONTHS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
DEFAULT_PATTERN = "{kode}/{seq}/{unit}/{bulan_romawi}/{tahun}"


class InvalidPatternError(ValueError):
    """A numbering pattern names a field that does not exist."""


@dataclass(frozen=True)
class NomorScheme:
    """How a document kind is numbered; every part is configurable."""

    kode: str = "800.1.11.1"
    unit: str = "Diskominfostandi"
    pattern: str = DEFAULT_PATTERN
    digits: int = 4

    def format(self, seq: int, on: date) -> str:
        """Return the nomor of sequence ``seq`` issued on ``on``."""
        fields = {
            "kode": self.kode,
            "seq": str(seq).zfill(self.digits),
            "unit": self.unit,
            "bulan_romawi": ROMAN_MONTHS[on.month - 1],
            "bulan": f"{on.month:02d}",
            "tahun": str(on.year),
        }
        try:
            return self.pattern.format(**fields)
        except (KeyError, IndexError) as exc:
            raise InvalidPatternError(f"unknown field in numbering pattern: {exc}") from None
