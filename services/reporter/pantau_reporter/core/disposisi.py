"""The Lembar Disposisi of step 2, as a document model."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from pantau_contracts.vocabulary import INSTRUKSI_LABELS, SIFAT_LABELS

from .dates import tanggal, tanggal_jam
from .model import Letterhead
from .records import Official

SIFAT_OPTIONS = ("sangat_segera", "segera", "rahasia")


@dataclass(frozen=True)
class Choice:
    label: str
    chosen: bool


@dataclass(frozen=True)
class LembarDisposisi:
    kop: Letterhead
    surat_dari: str
    nomor_surat: str
    tanggal_surat: str
    diterima_tanggal: str
    nomor_agenda: str
    sifat: tuple[Choice, ...]
    hal: str
    diteruskan_kepada: Official
    instruksi: tuple[Choice, ...]
    catatan: str
    pemberi: Official
    paraf_tanggal: str


@dataclass(frozen=True)
class DisposisiInputs:
    cycle_no: str
    ordered_by: Official
    ordered_at: datetime
    written_at: datetime
    nomor_agenda: str
    sifat: str
    instruksi: str
    catatan: str
    pelaksana: Official
    kasie: Official
    order_note: str = ""
    kop: Letterhead = field(default_factory=Letterhead)


def build_disposisi(inp: DisposisiInputs) -> LembarDisposisi:
    """Build the Lembar Disposisi from the cycle's order and the Kasie's disposition."""
    hal = f"Monitoring dan Evaluasi Aplikasi Perangkat Daerah Siklus {inp.cycle_no}"
    if inp.order_note:
        hal += f" ({inp.order_note})"
    return LembarDisposisi(
        kop=inp.kop,
        surat_dari=inp.ordered_by.jabatan,
        nomor_surat=f"Perintah Monev Siklus {inp.cycle_no}",
        tanggal_surat=tanggal(inp.ordered_at),
        diterima_tanggal=tanggal(inp.written_at),
        nomor_agenda=inp.nomor_agenda,
        # The printed form names its boxes in title case ("Sangat Segera"), as the paper form does.
        sifat=tuple(Choice(SIFAT_LABELS[k].title(), inp.sifat == k) for k in SIFAT_OPTIONS),
        hal=hal,
        diteruskan_kepada=inp.pelaksana,
        instruksi=tuple(Choice(label, inp.instruksi == key) for key, label in INSTRUKSI_LABELS.items()),
        catatan=inp.catatan,
        pemberi=inp.kasie,
        paraf_tanggal=tanggal_jam(inp.written_at),
    )
