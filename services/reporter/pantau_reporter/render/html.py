"""HTML of the documents (Jinja2 templates shipped in the package), the input of WeasyPrint.

The nota dinas is typeset by Typst instead (render/typeset.py).
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

import jinja2


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


def render(template: str, **context: Any) -> str:
    """Render one template with the stylesheet."""
    return environment().get_template(template).render(css=stylesheet(), **context)
