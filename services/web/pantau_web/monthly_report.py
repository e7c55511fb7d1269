"""The monthly Wali Kota report as an official document: where each month's report stands, the
Kepala Dinas's signature of it with the BSrE passphrase (sent once to the signing door), and its
delivery sent again once the reporter gave up on it.

The reporter worker makes, signs (with the demo CA) and delivers it (pantau_reporter.monthly);
this page shows the officials each report, its receipt, or why its delivery failed. Like the
nota's "Sampaikan ke Wali Kota" after a failed delivery, the official of SOP step 7 sends a given-up
report again ("Kirim ulang"); the reporter delivers it at its next check.
"""

from __future__ import annotations

import re
from typing import Any

from flask import Blueprint, abort, flash, g, redirect, render_template, request, url_for

from pantau_contracts.vocabulary import MONTHLY_REPORT_STATES

from . import audit, forms, monthly_queries, signature
from .auth import login_required, require_role, sop
from .db import get_db
from .views import indonesian_dates

bp = Blueprint("monthly_report", __name__)
_BULAN = re.compile(r"[0-9]{4}-[0-9]{2}")
RESENT = "Laporan Wali Kota {bulan} akan dikirim ulang kepada Wali Kota dalam beberapa menit."
NOT_RESENT = (
    "Laporan Wali Kota {bulan} tidak sedang gagal dikirim, atau sudah diminta kirim ulang; tidak ada yang diubah."
)


@bp.get("/laporan/bulanan")
@login_required
def index() -> Any:
    """List the monthly reports, with the passphrase form for the Kepala Dinas when one waits."""
    return render_template(
        "monthly_reports.html",
        reports=monthly_queries.monthly_reports(get_db()),
        states=MONTHLY_REPORT_STATES,
        signs=g.user["role"] == sop().step(6).role,
        delivers=g.user["role"] == sop().step(7).role,
        passphrase_needed=bool(signature.door_url()),
    )


@bp.post("/laporan/bulanan/<bulan>/tandatangani")
@login_required
def sign(bulan: str) -> Any:
    """Sign the report of ``bulan`` with the passphrase typed in the form (never kept)."""
    require_role(sop().step(6).role)
    if not _BULAN.fullmatch(bulan) or not signature.door_url():
        abort(404)
    refused = signature.sign_report(bulan, g.user["id"], request.form.get("passphrase", ""))
    if refused:
        flash(refused, "error")
    else:  # who signed, and when, is on the report's row and in its signed document
        flash(f"Laporan Wali Kota {indonesian_dates(bulan)} telah ditandatangani dan akan segera dikirim.", "ok")
    return redirect(url_for("monthly_report.index"))


@bp.post("/laporan/bulanan/<bulan>/kirim-ulang")
@login_required
def resend(bulan: str) -> Any:
    """Send again the report of ``bulan`` whose delivery was given up, as the official of step 7."""
    require_role(sop().step(7).role)
    if not _BULAN.fullmatch(bulan):
        abort(404)
    db = get_db()
    with db.transaction():
        reason = monthly_queries.resend(db, bulan, forms.int_field("resends"), g.user["id"])
        if reason is not None:
            detail = f"Pengiriman diulang setelah gagal: {reason}" if reason else "Pengiriman diulang."
            audit.record(db, g.user["id"], "laporan_bulanan", f"Laporan Wali Kota {indonesian_dates(bulan)}", detail)
    if reason is None:  # a replayed form, or another official was first
        flash(NOT_RESENT.format(bulan=indonesian_dates(bulan)), "error")
    else:
        flash(RESENT.format(bulan=indonesian_dates(bulan)), "ok")
    return redirect(url_for("monthly_report.index"))
