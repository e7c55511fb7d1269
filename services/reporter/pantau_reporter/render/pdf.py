"""HTML to PDF with WeasyPrint."""

from __future__ import annotations

import logging

from weasyprint import HTML

logging.getLogger("weasyprint").setLevel(logging.ERROR)
logging.getLogger("fontTools").setLevel(logging.ERROR)


def html_to_pdf(html: str) -> bytes:
    """Render an HTML document to PDF bytes."""
    pdf = HTML(string=html, base_url=".").write_pdf()
    assert pdf is not None
    return bytes(pdf)
