"""The workflow's storage, in memory and in PostgreSQL, for the one suite both must pass."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import psycopg
import pytest
from pantau_testing import seed_people_and_apps

from pantau_common.db import make_pool
from pantau_workflow.domain.model import Actor
from pantau_workflow.memory import App, Contact, InMemoryStore
from pantau_workflow.ports import Recipient, Transaction
from pantau_workflow.postgres import PostgresTransaction


class MemoryBackend:
    """The in-memory store, seeded like ``seed_people_and_apps`` seeds the database."""

    def __init__(self) -> None:
        self.store = InMemoryStore()
        self.transaction: Transaction = self.store.transaction
        self.people = {role: n for n, role in enumerate(("kadis", "kabid", "kasie", "pelaksana"), start=1)}
        self.store.users.update({n: Actor(n, role) for role, n in self.people.items()})
        for n in range(3):
            pd = "dinkes" if n % 2 == 0 else "bapenda"
            self.store.apps[f"app-{n}"] = App(
                f"app-{n}", pd, nama=f"Aplikasi {n}", url=f"https://app{n}.bekasikota.go.id/"
            )
        self.store.pd_names.update({"dinkes": "Dinas Kesehatan", "bapenda": "Badan Pendapatan Daerah"})

    def add_contact(self, pd_id: str, recipient: Recipient, app_id: str | None = None, aktif: bool = True) -> None:
        if aktif:
            self.store.contacts.append(Contact(pd_id, recipient, app_id))

    def set_email(self, user_id: int, email: str) -> None:
        self.store.emails[user_id] = email

    def deactivate_user(self, user_id: int) -> None:
        self.store.users[user_id] = Actor(user_id, self.store.users[user_id].role, aktif=False)

    def deactivate_app(self, app_id: str) -> None:
        self.store.apps[app_id] = App(app_id, self.store.apps[app_id].pd_id, aktif=False)

    def deactivate_pd(self, pd_id: str) -> None:
        self.store.inactive_pds.add(pd_id)


class PostgresBackend:
    """A fresh migrated database with the seeded officials and applications."""

    def __init__(self, url: str, pool: Any, people: dict[str, int]) -> None:
        self.url = url
        self.transaction: Transaction = PostgresTransaction(pool)
        self.people = people

    def deactivate_user(self, user_id: int) -> None:
        self._execute("UPDATE users SET aktif = false WHERE id = %s", user_id)

    def add_contact(self, pd_id: str, recipient: Recipient, app_id: str | None = None, aktif: bool = True) -> None:
        with psycopg.connect(self.url) as conn:
            conn.execute(
                "INSERT INTO contacts (pd_id, app_id, channel, address, secret_ref, aktif) VALUES (%s,%s,%s,%s,%s,%s)",
                (pd_id, app_id, recipient.channel, recipient.address, recipient.secret_ref, aktif),
            )

    def set_email(self, user_id: int, email: str) -> None:
        with psycopg.connect(self.url) as conn:
            conn.execute("UPDATE users SET email = %s WHERE id = %s", (email, user_id))

    def deactivate_app(self, app_id: str) -> None:
        self._execute("UPDATE applications SET aktif = false WHERE id = %s", app_id)

    def deactivate_pd(self, pd_id: str) -> None:
        self._execute("UPDATE perangkat_daerah SET aktif = false WHERE id = %s", pd_id)

    def _execute(self, sql: str, param: object) -> None:
        with psycopg.connect(self.url) as conn:
            conn.execute(sql, (param,))


@pytest.fixture(params=["memory", "postgres"])
def backend(request: pytest.FixtureRequest) -> Iterator[MemoryBackend | PostgresBackend]:
    """Return the workflow's storage; every test using it runs against both adapters."""
    if request.param == "memory":
        yield MemoryBackend()
        return
    url = request.getfixturevalue("database_url")  # no Kafka: the repositories need none
    people = seed_people_and_apps(url, apps=3)
    with make_pool(url, "test-repositories", max_size=2) as pool:
        yield PostgresBackend(url, pool, people)
