"""The registry as the checker's scheduler reads it from PostgreSQL."""

from __future__ import annotations

import psycopg
from pantau_testing import seed_people_and_apps

from pantau_checker.registry_pg import PostgresRegistry


def test_only_apps_in_use_of_departments_in_use_are_scheduled(database_url: str) -> None:
    seed_people_and_apps(database_url, apps=4)  # app-0, app-2 of dinkes; app-1, app-3 of bapenda
    registry = PostgresRegistry(database_url)
    assert [a.id for a in registry.active()] == ["app-0", "app-1", "app-2", "app-3"]
    with psycopg.connect(database_url) as conn:
        conn.execute("UPDATE applications SET aktif = false WHERE id = 'app-3'")
        conn.execute("UPDATE perangkat_daerah SET aktif = false WHERE id = 'dinkes'")  # its apps stay marked
    assert [a.id for a in registry.active()] == ["app-1"]
    assert registry.load("app-0") is not None  # still registered, with its history: only not checked
