"""The tindak lanjut of one application: one per problem, with the advice for it.

A finding's advice is looked up by its code, and by its category when the code has none of its
own, so a new check gets sensible advice from its category alone.
"""

from __future__ import annotations

from dataclasses import dataclass

from pantau_contracts.status import ApplicationChecked, Finding
from pantau_contracts.vocabulary import (
    CATEGORY_LABELS,
    REASON_LABELS,
    SEVERITY_LABELS,
    Category,
    finding_category,
    finding_label,
    label,
)

from .dates import tanggal
from .records import MonitoredApp

_ILLEGAL_CONTENT = (
    "Segera menghapus konten ilegal, menutup celah (webshell/backdoor), mengganti kredensial "
    "dan melaporkan penanganan kepada Diskominfostandi paling lambat 2×24 jam."
)
_TLS = "Memperbarui atau memperbaiki sertifikat TLS aplikasi."
ADVICE_BY_CODE: dict[str, str] = {
    "judi_online": _ILLEGAL_CONTENT,
    "judi_online_subpath": _ILLEGAL_CONTENT,
    "cloaking_googlebot": _ILLEGAL_CONTENT,
    "defacement": _ILLEGAL_CONTENT,
    "tls_tidak_sah": _TLS,
    "tls_segera_kedaluwarsa": _TLS,
    "domain_bukan_go_id": (
        "Menempatkan aplikasi pada nama domain go.id (bekasikota.go.id) sesuai ketentuan nama domain "
        "instansi pemerintah dan melaporkan pemindahannya kepada Diskominfostandi."
    ),
}
ADVICE_BY_CATEGORY: dict[Category, str] = {
    "keamanan": "Menindaklanjuti temuan keamanan bersama Bidang Persandian Diskominfostandi.",
    "kepatuhan": "Menyesuaikan aplikasi dengan ketentuan yang berlaku dan melaporkan penyesuaiannya kepada "
    "Diskominfostandi.",
    "konten": "Memperbaiki konten aplikasi sesuai ketentuan dan melaporkannya kepada Diskominfostandi.",
    "ketersediaan": "Memulihkan layanan aplikasi dan melaporkan penyebab gangguan kepada Diskominfostandi.",
}


@dataclass(frozen=True)
class TindakLanjut:
    """One problem, addressed to the Perangkat Daerah that owns the application."""

    no: int
    pd_nama: str
    app_nama: str
    masalah: str
    rekomendasi: str
    kategori: str


def category(f: Finding) -> Category:
    """Return the finding's category (from its code when an old event carries none)."""
    return f.category or finding_category(f.code)


def finding_text(f: Finding) -> str:
    """Return the problem as an official reads it: the label of the code, never the code."""
    where = f" pada {f.location}" if f.location else ""
    kind = CATEGORY_LABELS[category(f)].lower()
    level = label(SEVERITY_LABELS, f.severity)
    return f"Temuan {kind}: {finding_label(f.code)} (tingkat {level}){where}: {f.evidence}."


def finding_advice(f: Finding) -> str:
    """Return the advice for a finding: its code's own, else its category's."""
    return ADVICE_BY_CODE.get(f.code) or ADVICE_BY_CATEGORY[category(f)]


def problems(app: MonitoredApp) -> list[TindakLanjut]:
    """Return one tindak lanjut per problem of one application."""
    if app.result is None:
        return [_item(app, "tanpa_hasil", *_NO_RESULT)]
    found = [_item(app, *problem) for problem in _status_problems(app.result)]
    found.extend(
        _item(app, "temuan", finding_text(f), finding_advice(f)) for f in app.result.findings if f.severity != "info"
    )
    return found


_NO_RESULT = (
    "Tidak ada hasil pemeriksaan pada siklus ini.",
    "Memastikan aplikasi dapat dijangkau dan mengonfirmasi status aplikasi kepada Diskominfostandi.",
)


def _item(app: MonitoredApp, kategori: str, masalah: str, rekomendasi: str) -> TindakLanjut:
    return TindakLanjut(0, app.pd_nama, app.nama, masalah, rekomendasi, kategori)


def _status_problems(result: ApplicationChecked) -> list[tuple[str, str, str]]:
    """Return (kategori, masalah, rekomendasi) for availability, login and freshness."""
    found = []
    if result.availability == "tidak_aktif":
        why = label(REASON_LABELS, result.reason, "penyebab tidak diketahui")
        found.append(
            (
                "tidak_aktif",
                f"Aplikasi tidak aktif: {why}.",
                "Segera memulihkan layanan aplikasi dan melaporkan penyebab gangguan kepada Diskominfostandi.",
            )
        )
    if result.login.result == "gagal":
        found.append(
            ("login_gagal", "Login ke aplikasi gagal.", "Memeriksa fungsi login dan akun pemantauan aplikasi.")
        )
    if result.content.result == "tidak_update":
        changed = result.content.last_changed
        since = f" sejak {tanggal(changed)}" if changed else ""
        found.append(
            (
                "tidak_update",
                f"Konten tidak diperbarui{since}.",
                "Memperbarui konten aplikasi secara berkala sesuai ketentuan.",
            )
        )
    return found
