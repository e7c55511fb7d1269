"""Template helpers: Indonesian labels, WIB times, durations against the mutu baku."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from babel.dates import format_datetime
from flask import Flask, Response

from pantau_contracts.definition import ROLE_LABELS

WIB = ZoneInfo("Asia/Jakarta")
PHASES = {
    "menunggu_disposisi": "Menunggu disposisi Kasie",
    "memeriksa": "Pemeriksaan aplikasi berjalan",
    "menyusun_draf": "Draf nota dinas sedang disusun",
    "draf_gagal": "Draf nota dinas gagal disusun",
    "draf_siap": "Draf nota dinas siap ditinjau Pelaksana",
    "menunggu_paraf": "Menunggu paraf",
    "menunggu_tanda_tangan": "Menunggu tanda tangan Kepala Dinas",
    "menandatangani": "Tanda tangan elektronik sedang dibubuhkan",
    "menunggu_penyampaian": "Menunggu penyampaian ke Wali Kota",
    "menyampaikan": "Nota dinas sedang disampaikan",
    "selesai": "Selesai",
}
KINDS = {
    "nota_dinas": "Nota Dinas",
    "lembar_disposisi": "Lembar Disposisi",
    "laporan_walikota": "Laporan Wali Kota",
}
AVAILABILITY = {"aktif": "Aktif", "tidak_aktif": "Tidak aktif", None: "Belum diperiksa"}
INSTRUKSI = {
    "tanggapan_dan_saran": "Tanggapan dan saran",
    "proses_lebih_lanjut": "Proses lebih lanjut",
    "koordinasi_konfirmasikan": "Koordinasi/konfirmasikan",
}
REASONS = {
    "dns_gagal": "DNS gagal",
    "koneksi_ditolak": "koneksi ditolak",
    "waktu_habis": "waktu habis",
    "tls_gagal": "TLS gagal",
    "http_5xx": "galat server (5xx)",
    "http_4xx": "galat klien (4xx)",
    "login_gagal": "login gagal",
    "alamat_diblokir": "alamat diblokir",
    "respons_terlalu_besar": "respons terlalu besar",
    "terlalu_banyak_redirect": "terlalu banyak redirect",
    "galat_lain": "galat lain",
}
SIFAT = {"biasa": "Biasa", "segera": "Segera", "sangat_segera": "Sangat segera", "rahasia": "Rahasia"}


def wib(value: datetime | None) -> str:
    """Format a time as Indonesians read it, in WIB."""
    if value is None:
        return "–"
    return format_datetime(value.astimezone(WIB), "d MMMM y, HH.mm", locale="id") + " WIB"


def duration(seconds: float | None) -> str:
    """Format a duration as '1 j 05 m' / '4 m 12 d'."""
    if seconds is None:
        return "–"
    total = int(seconds)
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours} j {minutes:02d} m" if hours else f"{minutes} m {secs:02d} d"


def step_timing(visit: dict[str, Any], now: datetime) -> dict[str, Any]:
    """Return the real time of a step visit and whether it kept its mutu baku."""
    spent: timedelta = (visit["completed_at"] or now) - visit["started_at"]
    baku = visit["mutu_baku_s"]
    late = baku is not None and spent.total_seconds() > baku
    return {
        "spent": duration(spent.total_seconds()),
        "baku": duration(baku) if baku else "–",
        "late": late,
        "open": visit["completed_at"] is None,
    }


def security_headers(response: Response) -> Response:
    response.headers.setdefault(
        "Content-Security-Policy",
        "default-src 'self'; frame-ancestors 'none'; object-src 'none'; base-uri 'none'",
    )
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("X-Frame-Options", "DENY")
    response.headers.setdefault("Referrer-Policy", "same-origin")
    return response


def init_app(app: Flask) -> None:
    app.jinja_env.filters.update(wib=wib, duration=duration)
    app.jinja_env.globals.update(
        ROLE_LABELS=ROLE_LABELS,
        PHASES=PHASES,
        KINDS=KINDS,
        AVAILABILITY=AVAILABILITY,
        INSTRUKSI=INSTRUKSI,
        SIFAT=SIFAT,
        REASONS=REASONS,
        step_timing=step_timing,
    )
    app.after_request(security_headers)
