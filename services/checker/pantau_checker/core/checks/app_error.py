"""The application-error check: a PHP, framework or database error printed into a rendered page.

The application still answers, so it stays aktif; but the message tells every visitor the
server's paths, its queries and sometimes its database user, and shows that errors are displayed
in production. A page that is only the error is not this finding: there the application is
tidak_aktif (``page_kind``), and the error is its reason; so is a fatal error where the theme's content
should be, after which nothing was sent (PHP's, WordPress's critical error). The evidence is the error line, with
passwords and credentials taken out.
"""

from __future__ import annotations

from pantau_contracts.status import Finding
from pantau_contracts.vocabulary import Category

from ..page_kind import printed_error
from .base import Check, NoSettings, Observed

CATEGORY: Category = "keamanan"
CODE = "galat_aplikasi_tampil"


def judge(seen: Observed, settings: NoSettings) -> tuple[Finding, ...]:
    """Judge the page as a browser gets it."""
    error = printed_error(seen.page) if seen.page is not None else None
    if error is None or error.whole:
        return ()
    return (Finding(CODE, "sedang", f"\u201c{error.evidence}\u201d", "visible", category=CATEGORY),)


CHECK = Check("app_error", CATEGORY, (CODE,), judge, NoSettings())
