"""HTML of the documents (Jinja2 templates shipped in the package), the input of WeasyPrint."""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

import jinja2
import segno

from ..core.model import NotaDinas


@cache
def environment() -> jinja2.Environment:
    """Return the template environment (autoescaped)."""
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("pantau_reporter", "templates"),
        autoescape=jinja2.select_autoescape(["html"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["initials"] = initials
    return env


def initials(jabatan: str) -> str:
    """Return the short form of a jabatan, e.g. ``Kasie Tata Kelola E-Government``."""
    short = {"Kepala Seksi": "Kasie", "Kepala Bidang": "Kabid", "Kepala Dinas": "Kadis"}
    for long, abbreviation in short.items():
        if jabatan.startswith(long):
            return abbreviation + jabatan[len(long) :].split(",", maxsplit=1)[0]
    return jabatan


@cache
def stylesheet() -> str:
    """Return the shared print stylesheet."""
    return resources.files("pantau_reporter").joinpath("templates/base.css").read_text("utf-8")


def qr_data_uri(url: str) -> str:
    """Return a QR code of ``url`` as an SVG data URI."""
    return str(segno.make(url, error="m").svg_data_uri(scale=4, border=1))


def render(template: str, **context: Any) -> str:
    """Render one template with the stylesheet."""
    return environment().get_template(template).render(css=stylesheet(), **context)


def nota_html(nota: NotaDinas) -> str:
    """Return the HTML of a nota dinas (with its QR code once it has a verification link)."""
    qr = qr_data_uri(nota.verify_url) if nota.verify_url else ""
    return render("nota_dinas.html", n=nota, s=nota.summary, kop=nota.kop, qr_svg=qr)
