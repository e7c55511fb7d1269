"""How Pantau's Kafka clients authenticate: read once from the KAFKA_* variables, used by all.

``KAFKA_SECURITY_PROTOCOL`` is PLAINTEXT (the default), SSL, SASL_PLAINTEXT (the local stacks of
``make up`` and ``make test``) or SASL_SSL (production). SASL takes ``KAFKA_SASL_MECHANISM``
(SCRAM-SHA-512 unless set, or SCRAM-SHA-256), ``KAFKA_SASL_USERNAME`` and ``KAFKA_SASL_PASSWORD``
or ``KAFKA_SASL_PASSWORD_FILE``. TLS takes
``KAFKA_SSL_CAFILE`` (the system's CAs unless set), and ``KAFKA_SSL_CERTFILE`` with
``KAFKA_SSL_KEYFILE`` for mutual TLS. A combination that cannot work is a ``ConfigError`` at
start-up that names the variable; the password never appears in a message or a repr.
"""

from __future__ import annotations

import ssl
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .config import ConfigError
from .secrets import SecretUnavailableError, read_secret

PROTOCOLS = ("PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL")
MECHANISMS = ("SCRAM-SHA-512", "SCRAM-SHA-256")
SASL_ACCOUNT = ("KAFKA_SASL_USERNAME", "KAFKA_SASL_PASSWORD", "KAFKA_SASL_PASSWORD_FILE")
TLS_FILES = ("KAFKA_SSL_CAFILE", "KAFKA_SSL_CERTFILE", "KAFKA_SSL_KEYFILE")
# Every variable this module reads besides the bootstrap address: what gives a process its account.
VARIABLES = ("KAFKA_SECURITY_PROTOCOL", "KAFKA_SASL_MECHANISM", *SASL_ACCOUNT, *TLS_FILES)


@dataclass(frozen=True)
class KafkaSecurity:
    """The security settings of a Kafka client: protocol, SASL account, TLS files."""

    protocol: str = "PLAINTEXT"
    mechanism: str = ""
    username: str = ""
    password: str = field(default="", repr=False)  # never in a log line
    cafile: str = ""
    certfile: str = ""
    keyfile: str = ""

    @property
    def sasl(self) -> bool:
        return self.protocol.startswith("SASL_")

    @property
    def tls(self) -> bool:
        return self.protocol in ("SSL", "SASL_SSL")

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> KafkaSecurity:
        """Read the KAFKA_* security variables; raise ConfigError on a combination that cannot work."""
        protocol = env.get("KAFKA_SECURITY_PROTOCOL", "").strip().upper() or "PLAINTEXT"
        if protocol not in PROTOCOLS:
            raise ConfigError(f"KAFKA_SECURITY_PROTOCOL={protocol!r} harus salah satu dari {', '.join(PROTOCOLS)}")
        return cls(protocol, *_sasl_account(protocol, env), *_tls_files(protocol, env))

    def client_options(self) -> dict[str, Any]:
        """Return the keyword arguments that aiokafka's producers, consumers and admin clients take."""
        options: dict[str, Any] = {"security_protocol": self.protocol}
        if self.sasl:
            options |= {
                "sasl_mechanism": self.mechanism,
                "sasl_plain_username": self.username,
                "sasl_plain_password": self.password,
            }
        if self.tls:
            options["ssl_context"] = self.ssl_context()
        return options

    def ssl_context(self) -> ssl.SSLContext:
        """Return a context that verifies the broker (and presents the client certificate, if any)."""
        context = ssl.create_default_context(cafile=self.cafile or None)
        if self.certfile:
            context.load_cert_chain(self.certfile, self.keyfile)
        return context


def _sasl_account(protocol: str, env: Mapping[str, str]) -> tuple[str, str, str]:
    """Return (mechanism, username, password) for a SASL protocol, or empty ones otherwise."""
    named = [n for n in SASL_ACCOUNT if env.get(n)]
    if not protocol.startswith("SASL_"):
        if named or env.get("KAFKA_SASL_MECHANISM"):
            raise ConfigError(
                f"{(named or ['KAFKA_SASL_MECHANISM'])[0]} diset, tetapi KAFKA_SECURITY_PROTOCOL={protocol} tanpa SASL"
            )
        return "", "", ""
    mechanism = env.get("KAFKA_SASL_MECHANISM", "").strip().upper() or MECHANISMS[0]
    if mechanism not in MECHANISMS:
        raise ConfigError(f"KAFKA_SASL_MECHANISM={mechanism!r} harus salah satu dari {', '.join(MECHANISMS)}")
    username = env.get("KAFKA_SASL_USERNAME", "").strip()
    if not username:
        raise ConfigError(f"KAFKA_SECURITY_PROTOCOL={protocol} memerlukan KAFKA_SASL_USERNAME")
    return mechanism, username, _password(protocol, env)


def _password(protocol: str, env: Mapping[str, str]) -> str:
    inline, path = env.get("KAFKA_SASL_PASSWORD", ""), env.get("KAFKA_SASL_PASSWORD_FILE", "").strip()
    if inline and path:
        raise ConfigError("KAFKA_SASL_PASSWORD dan KAFKA_SASL_PASSWORD_FILE diset keduanya; pilih satu")
    if path:
        try:
            inline = read_secret(f"file:{path}", env)
        except SecretUnavailableError as exc:
            raise ConfigError(f"KAFKA_SASL_PASSWORD_FILE: {exc}") from None
    if not inline:
        raise ConfigError(
            f"KAFKA_SECURITY_PROTOCOL={protocol} memerlukan KAFKA_SASL_PASSWORD atau KAFKA_SASL_PASSWORD_FILE"
        )
    return inline


def _tls_files(protocol: str, env: Mapping[str, str]) -> tuple[str, str, str]:
    """Return (cafile, certfile, keyfile) for a TLS protocol, each checked to be readable."""
    cafile, certfile, keyfile = (env.get(n, "").strip() for n in TLS_FILES)
    if protocol not in ("SSL", "SASL_SSL"):
        if given := [n for n in TLS_FILES if env.get(n, "").strip()]:
            raise ConfigError(f"{given[0]} diset, tetapi KAFKA_SECURITY_PROTOCOL={protocol} tanpa TLS")
        return "", "", ""
    if bool(certfile) != bool(keyfile):
        raise ConfigError("KAFKA_SSL_CERTFILE dan KAFKA_SSL_KEYFILE harus diset bersama (mTLS)")
    for name, path in zip(TLS_FILES, (cafile, certfile, keyfile), strict=True):
        if path and not Path(path).is_file():
            raise ConfigError(f"{name}={path} tidak ada atau bukan berkas")
    return cafile, certfile, keyfile


@dataclass(frozen=True)
class KafkaConnection:
    """Where a Kafka client connects (``bootstrap``) and how it authenticates there."""

    bootstrap: str
    security: KafkaSecurity = field(default_factory=KafkaSecurity)

    def client_options(self) -> dict[str, Any]:
        """Return ``bootstrap_servers`` and the security keyword arguments for an aiokafka client."""
        return {"bootstrap_servers": self.bootstrap, **self.security.client_options()}

    def faust_credentials(self) -> Any:
        """Return faust's ``broker_credentials`` for this connection (None for PLAINTEXT)."""
        import faust  # only the workflow runs faust; the other services need not import it

        security = self.security
        if security.sasl:
            context = security.ssl_context() if security.tls else None
            return faust.SASLCredentials(
                username=security.username,
                password=security.password,
                ssl_context=context,
                mechanism=security.mechanism,
            )
        if security.tls:
            return faust.SSLCredentials(security.ssl_context())
        return None


def connection(kafka: KafkaConnection | str) -> KafkaConnection:
    """Return ``kafka`` as a connection; a bare bootstrap string (tests, benchmarks) is PLAINTEXT."""
    return kafka if isinstance(kafka, KafkaConnection) else KafkaConnection(kafka)
