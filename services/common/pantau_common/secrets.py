"""Secret references (``env:NAME`` or ``file:/path``): resolved when needed, never stored or logged.

A setting or a registry row holds the reference, never the secret. ``read_secret`` returns the
value; its error names the reference (the variable or the file), never a value. An operator's
setting may name any variable or file; a registry row only an application's secret, read through
``AppSecrets`` (its error names no value and no path the row's editor chose).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
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


# A registry row is written by a department's editor, not by the operator: its references may
# only name the applications' own secrets, never the process's (the database's URI, Kafka's
# password, a service account's token), which a login or a webhook would send to the row's host.
APP_SECRET_PREFIX = "PANTAU_APP_SECRET_"  # noqa: S105 (a variable name's prefix, not a password)
APP_SECRETS_DIR = "/var/run/secrets/pantau-apps"
APP_SECRETS_DIR_VARIABLE = "PANTAU_APP_SECRETS_DIR"
APP_SECRET_REF = re.compile(
    rf"^(env:{APP_SECRET_PREFIX}[A-Za-z0-9_]+|file:{re.escape(APP_SECRETS_DIR)}/(?!.*\.\.)[A-Za-z0-9][A-Za-z0-9._-]*)$"
)
APP_SECRET_FORMS = f"env:{APP_SECRET_PREFIX}NAMA atau file:{APP_SECRETS_DIR}/kunci"
REFUSED = "rujukan rahasia berada di luar tempat rahasia aplikasi"


class SecretRefusedError(SecretUnavailableError):
    """A registry row's reference to a secret that is not an application's (the process's own, any file)."""


def is_app_secret_ref(ref: str) -> bool:
    """Tell whether ``ref`` names an application's secret (``env:PANTAU_APP_SECRET_…`` or a key of the directory)."""
    return bool(APP_SECRET_REF.fullmatch(ref))


@dataclass(frozen=True, repr=False)
class AppSecrets:
    """The secrets a registry row may name: the ``PANTAU_APP_SECRET_*`` variables and the files of one directory.

    ``directory`` is where ``/var/run/secrets/pantau-apps`` is on this machine (``PANTAU_APP_SECRETS_DIR``);
    a reference names its key, which is read there and only if it stays there (a Kubernetes mount's
    ``..data`` links do; a link out of the directory does not).
    """

    directory: Path
    env: Mapping[str, str]

    @classmethod
    def from_env(cls, environ: Mapping[str, str]) -> AppSecrets:
        """Keep of ``environ`` only the applications' variables, and the directory it names."""
        directory = environ.get(APP_SECRETS_DIR_VARIABLE) or APP_SECRETS_DIR
        return cls(Path(directory), {k: v for k, v in environ.items() if k.startswith(APP_SECRET_PREFIX)})

    def read(self, ref: str) -> str:
        """Return the application's secret ``ref`` names; refuse any other reference."""
        if not is_app_secret_ref(ref):
            raise SecretRefusedError(REFUSED)
        kind, _, name = ref.partition(":")
        if kind == "env":
            return read_secret(ref, self.env)
        path = self.directory / Path(name).name
        if not path.resolve().is_relative_to(self.directory.resolve()):
            raise SecretRefusedError(REFUSED)
        return read_secret(f"file:{path}", {})
