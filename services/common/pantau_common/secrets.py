"""Secret references (``env:NAME`` or ``file:/path``): resolved when needed, never stored or logged.

A setting or a registry row holds the reference, never the secret. ``read_secret`` returns the
value; its error names the reference (the variable or the file), never a value.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

KINDS = ("env", "file")


class SecretUnavailableError(LookupError):
    """A secret reference that cannot be read; the message names the reference, never a value."""


def is_secret_ref(ref: str) -> bool:
    """Tell whether ``ref`` has the form of a secret reference (``env:NAME`` or ``file:/path``)."""
    kind, colon, name = ref.partition(":")
    return bool(colon) and kind in KINDS and bool(name.strip())


def read_secret(ref: str, env: Mapping[str, str]) -> str:
    """Return the value a secret reference points at."""
    kind, _, name = ref.partition(":")
    if kind == "env":
        value = env.get(name)
        if value is None:
            raise SecretUnavailableError(f"variabel lingkungan {name} tidak diset")
        return value
    if kind == "file":
        try:
            return Path(name).read_text("utf-8").strip()
        except OSError as exc:
            raise SecretUnavailableError(f"berkas rahasia {name} tidak terbaca ({exc.strerror})") from None
    raise SecretUnavailableError(f"rujukan rahasia {kind!r} tidak dikenal")
