"""Secret references (``env:NAME`` or ``file:/path``): read at check time, never stored or logged."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path


class SecretUnavailableError(LookupError):
    """A secret reference that cannot be read; the message names the reference, never a value."""


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
