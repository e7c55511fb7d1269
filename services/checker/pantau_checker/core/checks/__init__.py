"""The page checks, in one list: each judges what an attempt fetched and returns its findings.

Adding a check means: one new module in this package holding a pure ``judge(observed,
settings)``, its settings dataclass (or ``NoSettings``) and a ``CHECK = Check(...)`` record
(name, category, codes); one line in ``CHECKS`` below; the label and category of each of its
finding codes in ``pantau_contracts.vocabulary``; and its tests. The checker's configuration
gives every check its switch (``PANTAU_CHECKER_CHECK_<NAME>=0`` turns it off) and its settings
(``PANTAU_CHECKER_<NAME>_<FIELD>``); a per-application override is a registry column named in
``Check.per_app`` (and allowed in ``pantau_common.registry.validation``). A check that needs more than the
page, its TLS facts and its sitemap names the extra view in ``Check.views``; the shell
(``probe.py``) fetches it on thorough checks and otherwise once per interval, and repeats the
check's last findings in between (``core.state``). Content freshness is not a check: it decides
a state of its own from what the checker remembers, not findings.
"""

from __future__ import annotations

from typing import Any

from . import app_error, cloaking, defacement, domain, hijack, sitemap_gambling, tls
from .base import Check, Observed, Switched, judge_all, switched, view_codes, views_wanted

# The order of the findings in a status event.
CHECKS: tuple[Check[Any], ...] = (
    domain.CHECK,
    tls.CHECK,
    defacement.CHECK,
    hijack.CHECK,
    sitemap_gambling.CHECK,
    cloaking.CHECK,
    cloaking.MOBILE_CHECK,
    app_error.CHECK,
)

__all__ = ["CHECKS", "Check", "Observed", "Switched", "judge_all", "switched", "view_codes", "views_wanted"]
