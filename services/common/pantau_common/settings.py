"""Settings read once from the environment into a frozen object passed down from the
composition root of each service. Nothing else in Pantau reads ``os.environ``."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from pantau_contracts import Topics
from pantau_contracts.definition import SopDefinition, load_sop

from .kafka_security import KafkaConnection, KafkaSecurity

DEFAULT_KAFKA = "127.0.0.1:19092"
DEFAULT_DATABASE = "postgresql://pantau@127.0.0.1:15432/pantau"


@dataclass(frozen=True)
class Settings:
    kafka_bootstrap: str = DEFAULT_KAFKA
    database_url: str = DEFAULT_DATABASE
    topics: Topics = field(default_factory=Topics)
    public_url: str = "http://127.0.0.1:8080"
    reporter_url: str = "http://127.0.0.1:8081"
    secret_key: str = field(default="", repr=False)  # never in a log line
    data_dir: str = ".run/data"
    sop_file: str = ""  # PANTAU_SOP_FILE: the city's own SOP definition; empty = the packaged one
    extra: Mapping[str, str] = field(default_factory=dict, repr=False)  # may hold secrets
    kafka_security: KafkaSecurity = field(default_factory=KafkaSecurity)  # KAFKA_SECURITY_PROTOCOL, ...

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> Settings:
        """Read the PANTAU_*, KAFKA_* and DATABASE_URL variables."""
        return cls(
            kafka_bootstrap=env.get("KAFKA_BOOTSTRAP_SERVERS", DEFAULT_KAFKA),
            kafka_security=KafkaSecurity.from_env(env),
            database_url=env.get("DATABASE_URL", DEFAULT_DATABASE),
            topics=Topics(prefix=env.get("PANTAU_TOPIC_PREFIX", "")),
            public_url=env.get("PANTAU_PUBLIC_URL", "http://127.0.0.1:8080").rstrip("/"),
            reporter_url=env.get("PANTAU_REPORTER_URL", "http://127.0.0.1:8081").rstrip("/"),
            secret_key=env.get("PANTAU_SECRET_KEY", ""),
            data_dir=env.get("PANTAU_DATA_DIR", ".run/data"),
            sop_file=env.get("PANTAU_SOP_FILE", ""),
            extra={k: v for k, v in env.items() if k.startswith("PANTAU_")},
        )

    @property
    def kafka(self) -> KafkaConnection:
        """Return where and how every Kafka client of this service connects."""
        return KafkaConnection(self.kafka_bootstrap, self.kafka_security)

    def sop(self) -> SopDefinition:
        """Load the SOP definition every service runs on (PANTAU_SOP_FILE, or the packaged one)."""
        return load_sop(self.sop_file)

    @property
    def topic_replication(self) -> int:
        """Return the replication factor for topics Pantau creates itself (PANTAU_KAFKA_REPLICATION)."""
        return int(self.get("KAFKA_REPLICATION", "1"))

    def get(self, name: str, default: str = "") -> str:
        """Return a service-specific ``PANTAU_<name>`` setting."""
        return self.extra.get(f"PANTAU_{name}", default)
