"""pantau-admin creates department accounts bound to one Perangkat Daerah, and refuses unbound ones."""

from __future__ import annotations

import subprocess

import pytest
from pantau_testing import BIN, query, seed_people_and_apps, service_env

from pantau_common.settings import Settings

pytestmark = pytest.mark.integration


def _create(settings: Settings, *args: str) -> subprocess.CompletedProcess[str]:
    argv = [str(BIN / "pantau-admin"), "create-user", "--nama", "Operator Uji", *args]
    return subprocess.run(
        argv, check=False, env=service_env(settings), input="sandi-rahasia-uji\n", text=True, capture_output=True
    )


def test_a_department_account_is_bound_to_its_perangkat_daerah(settings: Settings) -> None:
    seed_people_and_apps(settings.database_url, apps=1)
    pd = query(settings.database_url, "SELECT pd_id FROM applications LIMIT 1")[0]["pd_id"]

    done = _create(settings, "--username", "op.uji", "--role", "operator_pd", "--pd", pd)

    assert done.returncode == 0, done.stderr
    [row] = query(settings.database_url, "SELECT role, pd_id, password_hash FROM users WHERE username = 'op.uji'")
    assert (row["role"], row["pd_id"]) == ("operator_pd", pd)
    assert "sandi-rahasia-uji" not in row["password_hash"]


@pytest.mark.parametrize(
    ("args", "why"),
    [
        (("--role", "operator_pd"), "wajib --pd"),
        (("--role", "kasie", "--pd", "dinkes"), "tidak boleh --pd"),
        (("--role", "kepala_pd", "--pd", "tidak-ada"), "tidak dibuat"),
    ],
)
def test_an_unbound_or_wrongly_bound_account_is_refused_clearly(
    settings: Settings, args: tuple[str, ...], why: str
) -> None:
    done = _create(settings, "--username", "salah", *args)

    assert done.returncode == 2 and why in done.stderr
    assert query(settings.database_url, "SELECT 1 FROM users WHERE username = 'salah'") == []
