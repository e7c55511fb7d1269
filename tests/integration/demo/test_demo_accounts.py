"""The demo officials have e-mail addresses, so that SLA warnings and notices can reach them."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from pantau_testing import query

from pantau_checker.registry_pg import PostgresRegistry
from pantau_common.admin import DEMO_ACCOUNTS, create_user, demo_accounts
from pantau_common.db import connect
from pantau_common.registry.files import load_registry
from pantau_common.settings import Settings

pytestmark = pytest.mark.integration
DEMO_REGISTRY = Path(__file__).resolve().parents[3] / "deploy" / "demo" / "registry.yaml"


def test_every_demo_account_gets_its_address_even_one_made_before_addresses(database_url: str, tmp_path: Path) -> None:
    PostgresRegistry(database_url).apply(load_registry(DEMO_REGISTRY))  # the department accounts' Perangkat Daerah
    with connect(database_url) as conn:
        create_user(conn, replace(DEMO_ACCOUNTS[2], email=""), "sandi-lama-kasie")

    demo_accounts(Settings(database_url=database_url), tmp_path / "demo-accounts.txt")

    emails = {r["username"]: r["email"] for r in query(database_url, "SELECT username, email FROM users")}
    assert emails == {a.username: a.email for a in DEMO_ACCOUNTS}
    assert all(email.endswith(".bekasikota.go.id") for email in emails.values())
