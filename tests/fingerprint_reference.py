"""The page's fingerprint as the Python computed it before its text was shared and its words compiled, step for step:
the reference the fast paths (``text.utf8_and_others``, ``_selectors.words_without``) are held to."""

from __future__ import annotations

import hashlib
from itertools import filterfalse

from pantau_checker.core import freshness


def fingerprint_before(main_text: str) -> str:
    """Return ``freshness.fingerprint(main_text)`` as computed before the compiled pass."""
    raw = (main_text.lower() if "\u03a3" in main_text else main_text).encode()
    for char in set(raw.translate(None, bytes(range(128))).decode()):
        normal = freshness._normal(char)
        if normal != char:
            raw = raw.replace(char.encode(), normal.encode())
    words = filterfalse(freshness._DATE_WORDS.__contains__, raw.translate(freshness._VOLATILE_BYTES).split())
    return f"{freshness.FINGERPRINT_VERSION}:{hashlib.sha256(b' '.join(words)).hexdigest()[:32]}"
