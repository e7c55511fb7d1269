"""The nota dinas as a document model, built from plain inputs with no I/O.

``build_nota`` turns the cycle, the officials, the check results and the paraf into a
``NotaDinas``: the summary counts, the findings per Perangkat Daerah, one tindak lanjut per
problem addressed to the Perangkat Daerah that owns the application, and the Lampiran rows.
Renderers only lay this model out; they decide nothing.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from .dates import tanggal, tanggal_jam

REASON_LABELS = {
    "dns_gagal": "nama domain tidak dapat diresolusi (DNS)",
    "koneksi_ditolak": "koneksi ditolak server",
    "waktu_habis": "server tidak merespons (waktu habis)",
    "tls_gagal": "sertifikat/koneksi TLS gagal",
    "http_5xx": "galat server (HTTP 5xx)",
    "http_4xx": "halaman tidak ditemukan atau ditolak (HTTP 4xx)",
    "login_gagal": "login gagal",
    "alamat_diblokir": "alamat diblokir kebijakan keamanan",
    "respons_terlalu_besar": "respons terlalu besar",
    "terlalu_banyak_redirect": "terlalu banyak pengalihan (redirect)",
    "galat_lain": "galat lain",
}
SEVERITY_LABELS = {
    "info": "info",
    "rendah": "rendah",
    "sedang": "sedang",
    "tinggi": "tinggi",
    "kritis": "kritis",
}
SEVERITY_RANK = {"info": 0, "rendah": 1, "sedang": 2, "tinggi": 3, "kritis": 4}
AVAILABILITY_LABELS = {"aktif": "Aktif", "tidak_aktif": "Tidak aktif"}
FRESHNESS_LABELS = {"update": "Update", "tidak_update": "Tidak update", "tidak_diketahui": "Tidak diketahui"}
LOGIN_LABELS = {"berhasil": "Berhasil", "gagal": "Gagal", "tidak_dikonfigurasi": "Tidak dikonfigurasi"}
NO_RESULT = "Tidak ada hasil"


@dataclass(frozen=True)
class Official:
    """A signing or initialling official as printed on the document."""

    role: str
    nama: str
    jabatan: str
    nip: str = ""
    pangkat: str = ""


@dataclass(frozen=True)
class FindingItem:
    code: str
    severity: str
    evidence: str
    location: str | None = None


@dataclass(frozen=True)
class AppResult:
    """One scoped application with its latest result of the cycle (``availability`` None: no result)."""

    app_id: str
    nama: str
    url: str
    pd_id: str
    pd_nama: str
    availability: str | None = None
    reason: str | None = None
    http_status: int | None = None
    login: str | None = None
    freshness: str | None = None
    last_changed: datetime | None = None
    findings: tuple[FindingItem, ...] = ()
    checked_at: datetime | None = None

    @property
    def has_result(self) -> bool:
        return self.availability is not None


@dataclass(frozen=True)
class Paraf:
    """One initial (paraf) given to a version of the nota, from the signed audit trail."""

    step: int
    official: Official
    at: datetime
    sha256: str

    @property
    def at_label(self) -> str:
        return tanggal_jam(self.at)


@dataclass(frozen=True)
class CycleInfo:
    instance_id: str
    cycle_no: str
    note: str = ""
    started_at: datetime | None = None


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


@dataclass(frozen=True)
class TindakLanjut:
    """One problem, addressed to the Perangkat Daerah that owns the application."""

    no: int
    pd_nama: str
    app_nama: str
    masalah: str
    rekomendasi: str
    kategori: str


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

    @property
    def tanggal_panjang(self) -> str:
        return tanggal(self.tanggal)

    @property
    def jabatan_ttd(self) -> str:
        """Return the signer's jabatan as written above the signature (with the city)."""
        jabatan = self.signer.jabatan
        return jabatan if "Bekasi" in jabatan else f"{jabatan} Kota Bekasi"


def summarize(apps: Sequence[AppResult]) -> Summary:
    """Count the results of a cycle."""
    done = [a for a in apps if a.has_result]
    findings = [f for a in done for f in a.findings if f.severity != "info"]
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


def problems(app: AppResult) -> list[TindakLanjut]:
    """Return one tindak lanjut per problem of one application."""

    def item(kategori: str, masalah: str, rekomendasi: str) -> TindakLanjut:
        return TindakLanjut(0, app.pd_nama, app.nama, masalah, rekomendasi, kategori)

    if not app.has_result:
        return [
            item(
                "tanpa_hasil",
                "Tidak ada hasil pemeriksaan pada siklus ini.",
                "Memastikan aplikasi dapat dijangkau dan mengonfirmasi status aplikasi kepada Diskominfostandi.",
            )
        ]
    found: list[TindakLanjut] = []
    if app.availability == "tidak_aktif":
        why = REASON_LABELS.get(app.reason or "", app.reason or "penyebab tidak diketahui")
        found.append(
            item(
                "tidak_aktif",
                f"Aplikasi tidak aktif: {why}.",
                "Segera memulihkan layanan aplikasi dan melaporkan penyebab gangguan kepada Diskominfostandi.",
            )
        )
    if app.login == "gagal":
        found.append(
            item(
                "login_gagal",
                "Login ke aplikasi gagal.",
                "Memeriksa fungsi login dan akun pemantauan aplikasi.",
            )
        )
    if app.freshness == "tidak_update":
        since = f" sejak {tanggal(app.last_changed)}" if app.last_changed else ""
        found.append(
            item(
                "tidak_update",
                f"Konten tidak diperbarui{since}.",
                "Memperbarui konten aplikasi secara berkala sesuai ketentuan.",
            )
        )
    found.extend(item("temuan", _finding_text(f), _finding_advice(f)) for f in app.findings if f.severity != "info")
    return found


def _finding_text(f: FindingItem) -> str:
    where = f" pada {f.location}" if f.location else ""
    level = SEVERITY_LABELS.get(f.severity, f.severity)
    return f"Temuan keamanan {f.code} (tingkat {level}){where}: {f.evidence}."


def _finding_advice(f: FindingItem) -> str:
    code = f.code.lower()
    if any(word in code for word in ("judi", "gambl", "deface", "slot")):
        return (
            "Segera menghapus konten ilegal, menutup celah (webshell/backdoor), mengganti kredensial "
            "dan melaporkan penanganan kepada Diskominfostandi paling lambat 2×24 jam."
        )
    if "tls" in code or "cert" in code or "sertifikat" in code:
        return "Memperbarui atau memperbaiki sertifikat TLS aplikasi."
    return "Menindaklanjuti temuan keamanan bersama Bidang Persandian Diskominfostandi."


def lampiran_row(no: int, app: AppResult) -> LampiranRow:
    """Return the Lampiran row of one application."""
    if not app.has_result:
        return LampiranRow(no, app.pd_nama, app.nama, app.url, NO_RESULT, "-", NO_RESULT, "-", "-")
    status = AVAILABILITY_LABELS.get(app.availability or "", app.availability or "")
    if app.availability == "tidak_aktif" and app.reason:
        status += f" ({REASON_LABELS.get(app.reason, app.reason)})"
    temuan = "; ".join(f"{f.code} ({f.severity})" for f in app.findings) or "-"
    return LampiranRow(
        no=no,
        pd_nama=app.pd_nama,
        app_nama=app.nama,
        url=app.url,
        status=status,
        login=LOGIN_LABELS.get(app.login or "", app.login or "-"),
        konten=FRESHNESS_LABELS.get(app.freshness or "", app.freshness or "-"),
        perubahan_terakhir=tanggal(app.last_changed) if app.last_changed else "-",
        temuan=temuan,
    )


def per_pd(apps: Iterable[AppResult], items: Sequence[TindakLanjut]) -> tuple[PdFindings, ...]:
    """Group the applications and their problems by Perangkat Daerah, by name."""
    groups: dict[str, list[AppResult]] = {}
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
    apps: tuple[AppResult, ...]
    signer: Official
    dasar: tuple[str, ...]
    kop: Letterhead = field(default_factory=Letterhead)
    paraf: tuple[Paraf, ...] = ()
    catatan: str = ""
    certified_footer: bool = False
    verify_url: str = ""


def build_nota(inp: NotaInputs) -> NotaDinas:
    """Build the nota dinas model of one version."""
    apps = sorted(inp.apps, key=lambda a: (a.pd_nama, a.nama, a.app_id))
    items = tuple(dataclasses.replace(p, no=i) for i, p in enumerate((p for a in apps for p in problems(a)), 1))
    summary = summarize(apps)
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
        rows=tuple(lampiran_row(i, a) for i, a in enumerate(apps, 1)),
        signer=inp.signer,
        paraf=tuple(sorted(inp.paraf, key=lambda p: p.step)),
        catatan=inp.catatan,
        certified_footer=inp.certified_footer,
        verify_url=inp.verify_url,
    )


def paraf_label(p: Paraf) -> str:
    """Return the paraf line as printed: who and when."""
    return f"{p.official.jabatan}: {p.official.nama}, {tanggal_jam(p.at)}"
