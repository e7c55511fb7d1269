"""Every SOP action at every step, posted by every account: only the step's official may act.

The table below is written out by hand (from the SOP: monev.toml's roles), not derived from the
guards it checks. A department account never reaches a cycle (404); anyone else who may not act
gets 403 and nothing reaches the outbox.
"""

from __future__ import annotations

import uuid

import psycopg
import pytest
from pantau_testing import AuthActions, add_user

from pantau_common.admin import Account

pytestmark = pytest.mark.integration

ACTIONS = ("disposisi", "revisi", "kirim", "paraf", "kembalikan", "tandatangani", "sampaikan")
# (step, phase) -> the (account, action) pairs that may go ahead; everything else is refused.
ALLOWED: dict[tuple[int, str], set[tuple[str, str]]] = {
    (2, "menunggu_disposisi"): {("kasie", "disposisi")},
    (3, "draf_siap"): {("pelaksana", "revisi"), ("pelaksana", "kirim")},
    (3, "draf_gagal"): {("pelaksana", "revisi")},
    (3, "memeriksa"): set(),  # the checker's round: nobody acts
    (4, "menunggu_paraf"): {("kasie", "paraf"), ("kasie", "kembalikan")},
    (5, "menunggu_paraf"): {("kabid", "paraf"), ("kabid", "kembalikan")},
    (6, "menunggu_tanda_tangan"): {("kadis", "tandatangani"), ("kadis", "kembalikan")},
    (6, "menandatangani"): set(),  # the signature is being made: a second one is refused
    (7, "menunggu_penyampaian"): {("kadis", "sampaikan")},
}
# pelaksana_lain: a Pelaksana the disposition did not name.
OFFICIALS = ("kadis", "kabid", "kasie", "pelaksana", "pelaksana_lain", "admin")


@pytest.fixture
def accounts(settings, people, admin, department_users):  # type: ignore[no-untyped-def]
    with psycopg.connect(settings.database_url) as conn:
        add_user(
            conn,
            Account("pelaksana_lain", "pelaksana", "Pelaksana Lain", "Pelaksana", "1991", "III/a"),
            "sandi-pelaksana_lain-123",
        )
    return people


def _post(client, auth, iid: str, action: str, step: int):  # type: ignore[no-untyped-def]
    form = {
        "csrf_token": auth.csrf("/kata-sandi"),
        "command_id": str(uuid.uuid4()),
        "expected_step": str(step),
        "catatan": "Catatan uji",
        "pelaksana_id": "0",
        "instruksi": "proses_lebih_lanjut",
        "sifat": "segera",
    }
    return client.post(f"/siklus/{iid}/{action}", data=form)


def test_only_the_steps_official_may_take_its_actions(settings, accounts, put_instance, client, outbox_commands):
    auth = AuthActions(client)
    cycles = {where: put_instance(*where) for where in ALLOWED}
    wrong = []
    for username in (*OFFICIALS, "operator_dinkes", "kepala_dinkes"):
        client._cookies.clear()
        password = f"sandi-{username}-123"
        assert auth.login(username, password).status_code == 302
        for (step, phase), iid in cycles.items():
            for action in ACTIONS:
                sent = len(outbox_commands())
                status = _post(client, auth, iid, action, step).status_code
                allowed = (username, action) in ALLOWED[(step, phase)]
                expected = 302 if allowed else 404 if username.endswith("_dinkes") else 403
                if status != expected or len(outbox_commands()) != sent + allowed:
                    wrong.append((username, step, phase, action, status))
    assert wrong == []
    assert len(outbox_commands()) == sum(len(pairs) for pairs in ALLOWED.values())
