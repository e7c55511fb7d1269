"""The monthly Wali Kota report as an official document: where each month's report stands, and
the Kepala Dinas's signature of it with the BSrE passphrase (sent once to the signing door).

The reporter worker makes, signs (with the demo CA) and delivers it (pantau_reporter.monthly);
this page shows the officials each report, its receipt, or why its delivery failed.
"""

from __future__ import annotations

import re
from typing import Any

from flask import Blueprint, abort, flash, g, redirect, render_template, request, url_for

from pantau_contracts.vocabulary import MONTHLY_REPORT_STATES

from . import monthly_queries, signature
from .auth import login_required, require_role, sop
from .db import get_db

bp = Blueprint("monthly_report", __name__)
_BULAN = re.compile(r"[0-9]{4}-[0-9]{2}")


@bp.get("/laporan/bulanan")
@login_required
def index() -> Any:
    """List the monthly reports, with the passphrase form for the Kepala Dinas when one waits."""
    return render_template(
        "monthly_reports.html",
        reports=monthly_queries.monthly_reports(get_db()),
        states=MONTHLY_REPORT_STATES,
        signs=g.user["role"] == sop().step(6).role,
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
        flash(f"Laporan Wali Kota {bulan} telah ditandatangani dan akan segera dikirim.", "ok")
    return redirect(url_for("monthly_report.index"))
