#!/usr/bin/env python3
"""Example: a Perangkat Daerah reads its own Pantau stream and prints one line per event.

Needs Python 3.11 and aiokafka only (``pip install aiokafka``), nothing of Pantau's. Settings come
from the environment (see README.md next to this file):

    PANTAU_PD_ID=dinkes KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:19092 python department_consumer.py
"""

from __future__ import annotations

import asyncio
import json
import os
from collections.abc import AsyncIterator, Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from aiokafka import AIOKafkaConsumer
from aiokafka.helpers import create_ssl_context

TYPE_PREFIX = "id.go.bekasikota.pantau."
WIB = timezone(timedelta(hours=7), "WIB")


@dataclass(frozen=True)
class Settings:
    """Which stream to read, and how to reach and authenticate to Pantau's Kafka."""

    pd_id: str
    bootstrap: str = "127.0.0.1:19092"
    group: str = ""  # the department's ACL allows consumer groups named pd-<pd_id>.<anything>
    topic_prefix: str = ""  # empty in production; a test deployment may namespace its topics
    security_protocol: str = "PLAINTEXT"  # SASL_SSL (TLS + SCRAM) or SSL (mutual TLS) in production
    sasl_mechanism: str = "SCRAM-SHA-512"
    username: str = ""
    password: str = field(default="", repr=False)
    ca_file: str | None = None  # the Kafka cluster's CA certificate (PEM)
    cert_file: str | None = None  # mutual TLS: the department's client certificate and key
    key_file: str | None = None

    @property
    def topic(self) -> str:
        return f"{self.topic_prefix}pantau.pd.{self.pd_id}.status.v1"

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> Settings:
        """Read the settings from environment variables."""
        pd_id = env["PANTAU_PD_ID"]
        password_file = env.get("KAFKA_SASL_PASSWORD_FILE")
        return cls(
            pd_id=pd_id,
            bootstrap=env.get("KAFKA_BOOTSTRAP_SERVERS", cls.bootstrap),
            group=env.get("PANTAU_CONSUMER_GROUP") or f"pd-{pd_id}.contoh",
            topic_prefix=env.get("PANTAU_TOPIC_PREFIX", ""),
            security_protocol=env.get("KAFKA_SECURITY_PROTOCOL", cls.security_protocol),
            sasl_mechanism=env.get("KAFKA_SASL_MECHANISM", cls.sasl_mechanism),
            username=env.get("KAFKA_SASL_USERNAME", ""),
            password=Path(password_file).read_text().strip() if password_file else env.get("KAFKA_SASL_PASSWORD", ""),
            ca_file=env.get("KAFKA_SSL_CAFILE"),
            cert_file=env.get("KAFKA_SSL_CERTFILE"),
            key_file=env.get("KAFKA_SSL_KEYFILE"),
        )


def make_consumer(settings: Settings) -> AIOKafkaConsumer:
    """Return a consumer of the department's topic, in the department's own group."""
    return AIOKafkaConsumer(
        settings.topic,
        bootstrap_servers=settings.bootstrap,
        group_id=settings.group,
        auto_offset_reset="earliest",  # a new group starts with what the topic still keeps (30 days)
        **security_options(settings),
    )


def security_options(settings: Settings) -> dict[str, Any]:
    """Return aiokafka's options for TLS, and for SCRAM over it."""
    options: dict[str, Any] = {"security_protocol": settings.security_protocol}
    if settings.security_protocol in ("SSL", "SASL_SSL"):
        options["ssl_context"] = create_ssl_context(
            cafile=settings.ca_file, certfile=settings.cert_file, keyfile=settings.key_file
        )
    if settings.security_protocol.startswith("SASL_"):
        options |= {
            "sasl_mechanism": settings.sasl_mechanism,
            "sasl_plain_username": settings.username,
            "sasl_plain_password": settings.password,
        }
    return options


async def events(settings: Settings) -> AsyncIterator[dict[str, Any]]:
    """Yield every Pantau event of the department's stream, as its CloudEvents envelope."""
    consumer = make_consumer(settings)
    await consumer.start()
    try:
        async for message in consumer:
            event = decode(message.value)
            if event is not None:
                yield event
    finally:
        await consumer.stop()


def decode(raw: bytes | None) -> dict[str, Any] | None:
    """Return the envelope of one message, or None when it is not a Pantau event."""
    try:
        doc = json.loads(raw or b"")
    except ValueError:
        return None
    if not isinstance(doc, dict) or not isinstance(doc.get("data"), dict):
        return None
    return doc if str(doc.get("type", "")).startswith(TYPE_PREFIX) else None


def describe(event: dict[str, Any]) -> str:
    """Return one line, in Indonesian, about one event."""
    kind = event["type"].removeprefix(TYPE_PREFIX)
    known = DESCRIPTIONS.get(kind)
    line = known(event["data"]) if known else f"peristiwa {kind} (belum dikenal contoh ini)"
    return f"{_wib(event['time'])}  {line}"


def _status(data: dict[str, Any]) -> str:
    availability = data.get("confirmed_availability") or data["availability"]
    parts = [f"{data['app_id']} ({data['url']}): {availability.replace('_', ' ').upper()}"]
    if data.get("reason"):
        parts.append(f"alasan {data['reason']}")
    if data.get("http_status"):
        parts.append(f"HTTP {data['http_status']}")
    parts.append(f"login {data.get('login', {}).get('result', '-')}")
    parts.append(f"konten {data.get('content', {}).get('result', '-')}")
    findings = [f"{f['code']} ({f['severity']})" for f in data.get("findings", [])]
    parts.append(f"temuan: {', '.join(findings) or 'tidak ada'}")
    return "; ".join(parts)


def _follow_up_opened(data: dict[str, Any]) -> str:
    return (
        f"tindak lanjut dibuka untuk {data['app_id']}: {data['code']} ({data['severity']}), "
        f"nota {data['nota_nomor']}, tenggat {_wib(data['due_at'])}"
    )


def _follow_up_changed(data: dict[str, Any]) -> str:
    return f"tindak lanjut {data['code']} untuk {data['app_id']}: {data['change']}, kini {data['state']}"


DESCRIPTIONS: dict[str, Callable[[dict[str, Any]], str]] = {
    "app.status.v1": _status,
    "followup.opened.v1": _follow_up_opened,
    "followup.changed.v1": _follow_up_changed,
}


def _wib(iso_time: str) -> str:
    return datetime.fromisoformat(iso_time).astimezone(WIB).strftime("%d-%m-%Y %H:%M WIB")


async def main() -> None:
    settings = Settings.from_env(os.environ)
    print(f"membaca {settings.topic} sebagai grup {settings.group}", flush=True)
    async for event in events(settings):
        print(describe(event), flush=True)


if __name__ == "__main__":
    try:
        asyncio.run(main())
    except KeyboardInterrupt:
        pass
