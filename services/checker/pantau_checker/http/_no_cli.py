"""Leave httpx's command-line client out of the checker's start; imported before httpx is.

httpx's package loads its client (click, rich, pygments: a sixth of the checker's start) where they
are installed, and the checker never runs it: marked as absent, it is left out, as where they are not.
"""

from __future__ import annotations

import sys

sys.modules.setdefault("httpx._main", None)  # type: ignore[arg-type]
