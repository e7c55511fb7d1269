"""The nota dinas as a document model, built from plain inputs with no I/O.

``build_nota`` turns the cycle, the officials, the check results and the paraf into a
``NotaDinas``: the summary counts, the findings per Perangkat Daerah, one tindak lanjut per
kind of problem of an application (its places named together), addressed to the Perangkat
Daerah that owns the application (less the false positives the Pelaksana set aside), the
previous cycle's follow-ups and the Lampiran rows.
Renderers only lay this model out; they decide nothing.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from pantau_contracts.vocabulary import (
    AVAILABILITY_LABELS,
    FRESHNESS_LABELS,
    LOGIN_LABELS,
    REASON_LABELS,
    SEVERITY_LABELS,
    SEVERITY_RANK,
    finding_label,
    label,
)

from .advice import SetAside, TindakLanjut, findings_of, problems, set_aside_count
from .dates import tanggal, tanggal_jam
from .followups import FollowUpRecord, Recap, recap
from .records import CycleInfo, MonitoredApp, Official, Paraf

NO_RESULT = "Tidak ada hasil"


@dataclass(frozen=True)
class Summary:
    checked: int
    aktif: int
    tidak_aktif: int
    update: int
    tidak_update: int
    tidak_diketahui: int
    tanpa_hasil: int
    login_gagal: int
    temuan: int
    temuan_berat: int

    @property
    def total(self) -> int:
        return self.checked + self.tanpa_hasil

    def rows(self) -> list[tuple[str, str]]:
        """Return the summary table of the nota, (uraian, jumlah), as every format prints it."""
        return [
            ("Aplikasi diperiksa", str(self.checked)),
            ("Aplikasi aktif", str(self.aktif)),
            ("Aplikasi tidak aktif", str(self.tidak_aktif)),
            ("Konten update", str(self.update)),
            ("Konten tidak update", str(self.tidak_update)),
            ("Konten tidak dapat dinilai", str(self.tidak_diketahui)),
            ("Login gagal", str(self.login_gagal)),
            ("Temuan keamanan (tinggi/kritis)", f"{self.temuan} ({self.temuan_berat})"),
            ("Tanpa hasil pemeriksaan", str(self.tanpa_hasil)),
        ]


@dataclass(frozen=True)
class PdFindings:
    pd_nama: str
    jumlah_aplikasi: int
    aktif: int
    update: int
    masalah: tuple[TindakLanjut, ...]


@dataclass(frozen=True)
class LampiranRow:
    no: int
    pd_nama: str
    app_nama: str
    url: str
    status: str
    login: str
    konten: str
    perubahan_terakhir: str
    temuan: str


@dataclass(frozen=True)
class Letterhead:
    """The kop naskah dinas and the fixed parts of the head of the nota."""

    pemerintah: str = "PEMERINTAH KOTA BEKASI"
    dinas: str = "DINAS KOMUNIKASI, INFORMATIKA, STATISTIK DAN PERSANDIAN"
    alamat: str = "Jalan Jenderal Ahmad Yani Nomor 1, Bekasi Selatan, Kota Bekasi, Jawa Barat 17141"
    kontak: str = "Laman: diskominfo.bekasikota.go.id  Pos-el: diskominfostandi@bekasikota.go.id"
    kepada: str = "Yth. Wali Kota Bekasi"
    tembusan: tuple[str, ...] = ("Sekretaris Daerah Kota Bekasi",)
    logo: str = ""  # a data: URI of the coat of arms, if the deployment provides one


@dataclass(frozen=True)
class NotaDinas:
    """Everything printed on one version of the nota dinas."""

    kop: Letterhead
    nomor: str
    version: int
    tanggal: date
    kepada: str
    dari: str
    tembusan: tuple[str, ...]
    sifat: str
    lampiran: str
    hal: str
    cycle: CycleInfo
    dasar: tuple[str, ...]
    summary: Summary
    per_pd: tuple[PdFindings, ...]
    tindak_lanjut: tuple[TindakLanjut, ...]
    rows: tuple[LampiranRow, ...]
    signer: Official
    paraf: tuple[Paraf, ...] = ()
    catatan: str = ""
    certified_footer: bool = False
    verify_url: str = ""
    positif_palsu: int = 0  # problems the Pelaksana set aside, left out of the lists and counts
    sebelumnya: tuple[FollowUpRecord, ...] = ()  # the previous cycle's follow-ups, as they stand

    @property
    def tanggal_panjang(self) -> str:
        return tanggal(self.tanggal)

    @property
    def rekap_sebelumnya(self) -> Recap:
        return recap(self.sebelumnya)

    @property
    def siklus_sebelumnya(self) -> str:
        """Return "siklus X, Nota Dinas Nomor Y" of the previous follow-ups, or ""."""
        if not self.sebelumnya:
            return ""
        first = self.sebelumnya[0]
        nota = f", Nota Dinas Nomor {first.nota_nomor}" if first.nota_nomor else ""
        return f"siklus {first.cycle_no}{nota}"

    @property
    def kalimat_positif_palsu(self) -> str:
        """Return the sentence telling how many findings were set aside as false positives, or ""."""
        if not self.positif_palsu:
            return ""
        return (
            f"Sebanyak {self.positif_palsu} temuan dinyatakan positif palsu oleh Pelaksana setelah diperiksa "
            "dan tidak dicantumkan dalam nota dinas ini."
        )

    @property
    def jabatan_ttd(self) -> str:
        """Return the signer's jabatan as written above the signature (with the city)."""
        jabatan = self.signer.jabatan
        return jabatan if "Bekasi" in jabatan else f"{jabatan} Kota Bekasi"


def summarize(apps: Sequence[MonitoredApp], set_aside: Collection[SetAside] = ()) -> Summary:
    """Count the results of a cycle: a finding once per application and kind, as the nota lists it
    (findings set aside as false positives are not counted)."""
    done = [a for a in apps if a.has_result]
    findings = [f for a in done for f in findings_of(a, set_aside)]
    return Summary(
        checked=len(done),
        aktif=sum(a.availability == "aktif" for a in done),
        tidak_aktif=sum(a.availability == "tidak_aktif" for a in done),
        update=sum(a.freshness == "update" for a in done),
        tidak_update=sum(a.freshness == "tidak_update" for a in done),
        tidak_diketahui=sum(a.freshness not in ("update", "tidak_update") for a in done),
        tanpa_hasil=len(apps) - len(done),
        login_gagal=sum(a.login == "gagal" for a in done),
        temuan=len(findings),
        temuan_berat=sum(SEVERITY_RANK.get(f.severity, 0) >= 3 for f in findings),
    )


def lampiran_row(no: int, app: MonitoredApp, set_aside: Collection[SetAside] = ()) -> LampiranRow:
    """Return the Lampiran row of one application."""
    result = app.result
    if result is None:
        return LampiranRow(no, app.pd_nama, app.nama, app.url, NO_RESULT, "-", NO_RESULT, "-", "-")
    status = AVAILABILITY_LABELS[result.availability]
    if result.availability == "tidak_aktif" and result.reason:
        status += f" ({label(REASON_LABELS, result.reason)})"
    changed = result.content.last_changed
    return LampiranRow(
        no=no,
        pd_nama=app.pd_nama,
        app_nama=app.nama,
        url=app.url,
        status=status,
        login=label(LOGIN_LABELS, result.login.result),
        konten=label(FRESHNESS_LABELS, result.content.result),
        perubahan_terakhir=tanggal(changed) if changed else "-",
        temuan="; ".join(
            f"{finding_label(f.code)} ({label(SEVERITY_LABELS, f.severity)})" for f in findings_of(app, set_aside)
        )
        or "-",
    )


def per_pd(apps: Iterable[MonitoredApp], items: Sequence[TindakLanjut]) -> tuple[PdFindings, ...]:
    """Group the applications and their problems by Perangkat Daerah, by name."""
    groups: dict[str, list[MonitoredApp]] = {}
    for app in apps:
        groups.setdefault(app.pd_nama, []).append(app)
    return tuple(
        PdFindings(
            pd_nama=name,
            jumlah_aplikasi=len(members),
            aktif=sum(a.availability == "aktif" for a in members),
            update=sum(a.freshness == "update" for a in members),
            masalah=tuple(i for i in items if i.pd_nama == name),
        )
        for name, members in sorted(groups.items())
    )


@dataclass(frozen=True)
class NotaInputs:
    """The plain inputs of one nota version."""

    cycle: CycleInfo
    version: int
    nomor: str
    on: date
    apps: tuple[MonitoredApp, ...]
    signer: Official
    dasar: tuple[str, ...]
    kop: Letterhead = field(default_factory=Letterhead)
    paraf: tuple[Paraf, ...] = ()
    catatan: str = ""
    certified_footer: bool = False
    verify_url: str = ""
    set_aside: frozenset[SetAside] = frozenset()
    sebelumnya: tuple[FollowUpRecord, ...] = ()


def build_nota(inp: NotaInputs) -> NotaDinas:
    """Build the nota dinas model of one version."""
    apps = sorted(inp.apps, key=lambda a: (a.pd_nama, a.nama, a.app_id))
    found = (p for a in apps for p in problems(a, inp.set_aside))
    items = tuple(dataclasses.replace(p, no=i) for i, p in enumerate(found, 1))
    summary = summarize(apps, inp.set_aside)
    return NotaDinas(
        kop=inp.kop,
        nomor=inp.nomor,
        version=inp.version,
        tanggal=inp.on,
        kepada=inp.kop.kepada,
        dari=inp.signer.jabatan,
        tembusan=inp.kop.tembusan,
        sifat="Segera" if summary.temuan_berat else "Biasa",
        lampiran="1 (satu) berkas",
        hal=f"Laporan Hasil Monitoring dan Evaluasi Aplikasi Perangkat Daerah Siklus {inp.cycle.cycle_no}",
        cycle=inp.cycle,
        dasar=inp.dasar,
        summary=summary,
        per_pd=per_pd(apps, items),
        tindak_lanjut=items,
        rows=tuple(lampiran_row(i, a, inp.set_aside) for i, a in enumerate(apps, 1)),
        signer=inp.signer,
        paraf=tuple(sorted(inp.paraf, key=lambda p: p.step)),
        catatan=inp.catatan,
        certified_footer=inp.certified_footer,
        verify_url=inp.verify_url,
        positif_palsu=sum(set_aside_count(a, inp.set_aside) for a in apps),
        sebelumnya=order_previous(inp.sebelumnya),
    )


def order_previous(items: Iterable[FollowUpRecord]) -> tuple[FollowUpRecord, ...]:
    """Return the previous cycle's follow-ups by Perangkat Daerah, application and opening."""
    return tuple(sorted(items, key=lambda f: (f.pd_nama, f.app_nama, f.opened_at, f.masalah)))


def paraf_label(p: Paraf) -> str:
    """Return the paraf line as printed: who and when."""
    return f"{p.official.jabatan}: {p.official.nama}, {tanggal_jam(p.at)}"
