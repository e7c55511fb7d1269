"""The reporter's dashboards behind the web's login: each page asked of the reporter and shown here.

The reporter renders the dashboards and the Wali Kota report; the web decides who may see them
(officials everything, a department only its own dashboard) and asks for them with the internal
token (pantau_common.internal). Only GET goes through, and nothing of the official's own (cookie,
session, address) is passed on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import httpx
from flask import Blueprint, Response, abort, current_app, render_template, request
from markupsafe import Markup

from pantau_common import internal
from pantau_common.secrets import SecretUnavailableError
from pantau_common.settings import Settings

from .auth import login_required, open_to_departments, scope

bp = Blueprint("dashboards", __name__)
PD_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,62}$")  # as the register's CHECK: nothing else reaches the reporter
PASSED_ON = ("Content-Type", "Content-Disposition", "X-Content-SHA256")
UNREACHABLE = (
    "Dasbor sedang tidak dapat dimuat karena layanan pelaporan tidak menjawab."
    " Coba lagi beberapa saat lagi; bila berulang, hubungi operator Pantau."
)


@dataclass(frozen=True)
class ReporterDoor:
    """Where the web asks the reporter for its internal pages, and with which token."""

    url: str
    token_ref: str = ""
    timeout_s: float = 15.0  # the monthly report is a PDF rendered on request


def door(settings: Settings) -> ReporterDoor:
    """Read the reporter's address and the internal token's reference from the settings."""
    return ReporterDoor(url=settings.reporter_url, token_ref=internal.token_ref(settings))


@bp.get("/dasbor")
@login_required
def citywide() -> Any:
    """Show the citywide dashboard (officials only: a department has its own)."""
    return _shown("/dasbor", "Dasbor Kota Bekasi")


@bp.get("/dasbor/pd/<pd_id>")
@login_required
@open_to_departments
def department(pd_id: str) -> Any:
    """Show one Perangkat Daerah's dashboard; a department sees only its own."""
    own = scope()
    if not PD_ID.match(pd_id) or own not in (None, pd_id):
        abort(404)
    return _shown(f"/dasbor/pd/{pd_id}", "Dasbor Perangkat Daerah")


@bp.get("/dasbor/sop")
@login_required
def sop_performance() -> Any:
    """Show each SOP step's real time against its mutu baku."""
    return _shown("/dasbor/sop", "Kinerja SOP")


@bp.get("/laporan/walikota")
@login_required
def monthly_report() -> Any:
    """Send the monthly Wali Kota report (PDF) as the reporter renders it."""
    answer = _ask("/laporan/walikota", {"bulan": request.args.get("bulan", "")})
    headers = {name: answer.headers[name] for name in PASSED_ON if name in answer.headers}
    return Response(answer.content, headers=headers)


def _shown(path: str, title: str) -> str:
    """Show the reporter's page content inside the web's own page."""
    answer = _ask(path, {}, embed=True)
    # The reporter rendered it from the register with autoescape; it is this service's own HTML.
    content = Markup(answer.text)  # noqa: S704
    return render_template("dashboard.html", title=title, content=content)


def _ask(path: str, params: dict[str, str], *, embed: bool = False) -> httpx.Response:
    """GET one of the reporter's internal pages; abort with an Indonesian page when it fails."""
    reporter: ReporterDoor = current_app.config["PANTAU_DASHBOARDS"]
    try:
        answer = httpx.get(
            reporter.url + path,
            params={k: v for k, v in params.items() if v},
            headers=_headers(reporter, embed),
            timeout=reporter.timeout_s,
            follow_redirects=False,
            trust_env=False,  # the reporter is inside the deployment: never through a proxy
        )
    except (httpx.HTTPError, SecretUnavailableError) as exc:
        current_app.logger.warning("reporter %s unreachable: %s", path, type(exc).__name__)
        abort(503, UNREACHABLE)
    if answer.status_code in (400, 404):
        abort(answer.status_code)
    if answer.status_code != 200:
        current_app.logger.warning("reporter %s answered %s", path, answer.status_code)
        abort(502, UNREACHABLE)
    return answer


def _headers(reporter: ReporterDoor, embed: bool) -> dict[str, str]:
    headers = {"Accept-Language": "id"}
    token = internal.token(reporter.token_ref, current_app.config["PANTAU_SETTINGS"].extra)
    if token:
        headers[internal.TOKEN_HEADER] = token
    if embed:
        headers[internal.EMBED_HEADER] = "1"
    return headers
