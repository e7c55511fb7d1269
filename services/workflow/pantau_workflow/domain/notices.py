"""What the notifier tells a department or an official, in Indonesian: subject, text and data.

Pure code: the names, the links and the time come in. Who receives a notice is the shell's
business (the registry's contacts, the officials' addresses); every notice goes to each of them.
No notice carries a secret: only what the register and the check result already show.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from babel.dates import format_datetime

from pantau_contracts.definition import ROLE_LABELS
from pantau_contracts.problems import NOT_ACTIVE, Problem
from pantau_contracts.sop import StepDeadlineReached
from pantau_contracts.status import ApplicationChecked, unseen
from pantau_contracts.vocabulary import (
    FOLLOWUP_STATE_LABELS,
    REASON_LABELS,
    SEVERITY_LABELS,
    finding_label,
    label,
    places_phrase,
)

from .followups import Change, FollowUp
from .model import WIB

MAX_EVIDENCE = 160
SIGNATURE = "Pesan ini dikirim otomatis oleh Pantau, Diskominfostandi Kota Bekasi. Mohon tidak membalas surel ini."


@dataclass(frozen=True)
class AppInfo:
    """An application as a notice names it."""

    id: str
    nama: str
    pd_id: str
    pd_nama: str
    url: str = ""


@dataclass(frozen=True)
class Notice:
    """One message, before it is addressed: its kind, subject, text and the data for webhooks."""

    kind: str
    subject: str
    body: str
    payload: Mapping[str, Any] = field(default_factory=dict)


def waktu(at: datetime) -> str:
    """Return a time as Bekasi reads it, e.g. ``2 Desember 2026 pukul 14.05 WIB``."""
    return format_datetime(at.astimezone(WIB), "d MMMM y 'pukul' HH.mm", locale="id") + " WIB"


def problem_text(code: str, evidence: str = "") -> str:
    """Return a problem as a sentence fragment, with its evidence shortened to the point."""
    text = finding_label(code)
    if code == NOT_ACTIVE:  # the evidence is the reason's code: say it in words
        return f"{text[:1].upper()}{text[1:]} ({label(REASON_LABELS, evidence, 'penyebab tidak diketahui')})"
    short = _shorten(evidence)
    return f"{text[:1].upper()}{text[1:]}" + (f" (bukti: {short})" if short else "")


def new_follow_ups(pd_nama: str, items: Sequence[tuple[FollowUp, AppInfo]], nota_nomor: str, link: str) -> Notice:
    """Tell a department of the follow-ups a signed nota opened for it."""
    lines = [
        f"Yth. {pd_nama},",
        "",
        f"Nota dinas hasil monitoring aplikasi nomor {nota_nomor or '-'} telah ditandatangani. "
        f"Terdapat {len(items)} tindak lanjut untuk aplikasi Perangkat Daerah Saudara:",
        "",
    ]
    for n, (fu, app) in enumerate(items, 1):
        lines.append(f"{n}. {app.nama}: {problem_text(fu.code, fu.evidence)}.")
        lines.append(f"   Tingkat {label(SEVERITY_LABELS, fu.severity)}; batas waktu {waktu(fu.due_at)}.")
    lines += ["", "Mohon segera ditindaklanjuti dan ditanggapi melalui Pantau:", link, "", SIGNATURE]
    subject = f"[Pantau] {len(items)} tindak lanjut baru untuk {pd_nama}"
    data = {
        "nota_nomor": nota_nomor,
        "tindak_lanjut": [{**_fu_data(fu), "tautan": f"{link}/{fu.id}"} for fu, _ in items],
    }
    return Notice("tindak_lanjut_baru", subject, "\n".join(lines), data)


_CHANGE_SUBJECT = {
    "selesai": "Tindak lanjut selesai",
    "ditutup": "Tindak lanjut ditutup",
    "terlambat": "Tindak lanjut melewati batas waktu",
    "dibuka_kembali": "Masalah muncul kembali",
}
_CHANGE_TEXT = {
    "selesai": "Perbaikan telah terbukti oleh pemeriksaan Pantau dan tindak lanjut dinyatakan selesai.",
    "ditutup": "Tindak lanjut ditutup oleh Kepala Seksi.",
    "terlambat": "Tindak lanjut telah melewati batas waktunya dan belum terbukti selesai. Mohon segera ditangani.",
    "dibuka_kembali": "Masalah yang sudah diperbaiki ditemukan kembali; tindak lanjut dibuka kembali dengan batas "
    "waktu baru.",
}


def follow_up_changed(follow_up: FollowUp, change: Change, app: AppInfo, link: str) -> Notice:
    """Tell a department that one of its follow-ups was closed, went late or came back."""
    lines = [
        f"Yth. {app.pd_nama},",
        "",
        f"Aplikasi: {app.nama}",
        f"Masalah: {problem_text(follow_up.code, follow_up.evidence)}",
        f"Status: {FOLLOWUP_STATE_LABELS[follow_up.state]}; batas waktu {waktu(follow_up.due_at)}.",
        "",
        _CHANGE_TEXT[change.change] + (f" Keterangan: {change.note}" if change.note else ""),
        "",
        link,
        "",
        SIGNATURE,
    ]
    subject = f"[Pantau] {_CHANGE_SUBJECT[change.change]}: {app.nama}"
    data = {**_fu_data(follow_up), "tautan": link}
    return Notice(f"tindak_lanjut_{change.change}", subject, "\n".join(lines), data)


def status_changed(app: AppInfo, result: ApplicationChecked, link: str) -> Notice:
    """Tell a department that one of its applications went down or came back (confirmed)."""
    down = result.availability == "tidak_aktif"
    if unseen(result.availability, result.reason):
        # Not down as far as anyone knows: the site's protection turned the checker away.
        what = (
            f"tidak dapat diperiksa Pantau sejak {waktu(result.checked_at)}: {label(REASON_LABELS, result.reason)}."
            " Aplikasi mungkin tetap dapat diakses masyarakat, tetapi selama pemeriksa ditolak, Pantau tidak dapat"
            " memastikan ketersediaan dan isinya; mohon izinkan pemeriksa Pantau pada perlindungan situs tersebut"
        )
        subject = f"[Pantau] Aplikasi tidak dapat diperiksa: {app.nama}"
    elif down:
        what = f"tidak dapat diakses sejak {waktu(result.checked_at)}: {label(REASON_LABELS, result.reason)}"
        subject = f"[Pantau] Aplikasi tidak aktif: {app.nama}"
    else:
        what = f"kembali aktif pada {waktu(result.checked_at)}"
        subject = f"[Pantau] Aplikasi kembali aktif: {app.nama}"
    # The check's own words on why (a certificate's expiry, a firewall that blocked the checker): what
    # the department's administrator acts on.
    detail = [f"Keterangan: {result.reason_detail}"] if down and result.reason_detail else []
    lines = [
        f"Yth. {app.pd_nama},",
        "",
        f"Aplikasi {app.nama} ({app.url}) {what}.",
        *detail,
        "Perubahan ini sudah dikonfirmasi oleh pemeriksaan berulang.",
        "",
        link,
        "",
        SIGNATURE,
    ]
    data = {"app_id": app.id, "availability": result.availability, "checked_at": result.checked_at.isoformat()}
    return Notice("status_aplikasi", subject, "\n".join(lines), data)


def _finding_line(p: Problem) -> str:
    """Return a problem as a line: its label, its proof and every place it was seen."""
    places = places_phrase(place.location for place in p.seen_at)
    return f"- {problem_text(p.code, p.evidence)}" + (f" pada {places}" if places else "")


def security_findings(app: AppInfo, problems: Sequence[Problem], result: ApplicationChecked, link: str) -> Notice:
    """Tell a department of new security findings on its application, even if it stays up."""
    lines = [f"Yth. {app.pd_nama},", "", f"Pemeriksaan {waktu(result.checked_at)} atas {app.nama} menemukan:"]
    lines += [_finding_line(p) for p in problems]
    lines += [
        "",
        "Temuan keamanan seperti konten judi online wajib ditangani paling lambat 2×24 jam.",
        link,
        "",
        SIGNATURE,
    ]
    subject = f"[Pantau] Temuan keamanan baru: {app.nama}"
    data = {"app_id": app.id, "temuan": [{"kode": p.code, "tingkat": p.severity} for p in problems]}
    return Notice("temuan_keamanan", subject, "\n".join(lines), data)


def step_deadline(event: StepDeadlineReached, cycle_no: str, role: str, link: str, *, to_superior: bool) -> Notice:
    """Tell an official that their step nears or passed its mutu baku (and their superior, when passed)."""
    late = event.level == "terlambat"
    state = "telah melewati" if late else "mendekati"
    who = f" oleh {ROLE_LABELS[role]}" if to_superior else ""
    lines = [
        f"Langkah {event.step} siklus {cycle_no}{who} {state} mutu baku waktunya.",
        f"Batas waktu: {waktu(event.due_at)}.",
        "",
        "Mohon segera diselesaikan." if not to_superior else "Mohon perhatian dan arahan Bapak/Ibu.",
        link,
        "",
        SIGNATURE,
    ]
    prefix = "Terlambat" if late else "Peringatan"
    subject = f"[Pantau] {prefix}: langkah {event.step} siklus {cycle_no}"
    data = {"instance_id": event.instance_id, "step": event.step, "level": event.level}
    return Notice(f"sla_{event.level}", subject, "\n".join(lines), data)


def _fu_data(fu: FollowUp) -> dict[str, Any]:
    return {
        "id": fu.id,
        "app_id": fu.app_id,
        "pd_id": fu.pd_id,
        "kode": fu.code,
        "status": fu.state,
        "terlambat": fu.terlambat,
        "dibuka_kembali": fu.dibuka_kembali,
        "batas_waktu": fu.due_at.isoformat(),
    }


def _shorten(evidence: str) -> str:
    flat = " ".join(evidence.split())
    return flat if len(flat) <= MAX_EVIDENCE else flat[: MAX_EVIDENCE - 1].rstrip() + "…"
