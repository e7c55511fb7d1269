"""Step 3 review on the cycle page: the dispositioned Pelaksana marks a false positive (with a reason)
or asks for a re-check; the commands reach the outbox only then, and recorded false positives show."""

from __future__ import annotations

import hashlib
import re
import uuid

import psycopg
import pytest
from pantau_testing import add_user

from pantau_common.admin import Account
from pantau_contracts.followup import MarkFalsePositive, RequestRecheck
from pantau_contracts.status import Finding

pytestmark = pytest.mark.integration

EVIDENCE = "slot gacor maxwin di /berita"


@pytest.fixture
def cycle(settings, people, put_instance, put_check):
    """Return a function: a cycle at (step, phase) dispositioned to ``pelaksana``, with this round's results."""
    with psycopg.connect(settings.database_url) as conn:
        add_user(
            conn,
            Account("pelaksana2", "pelaksana", "Pelaksana Lain", "Pelaksana", "1991", "II/c"),
            "sandi-pelaksana2-123",
        )

    def make(step=3, phase="draf_siap"):
        iid = put_instance(step, phase)
        with psycopg.connect(settings.database_url) as conn:
            conn.execute(
                "INSERT INTO sop_cycle_scope (instance_id, app_id) VALUES (%s, 'app-0'), (%s, 'app-1')", (iid, iid)
            )
        put_check("app-0", "dinkes", iid, findings=(Finding("judi_online", "kritis", EVIDENCE),))
        put_check("app-1", "bapenda", iid, availability="tidak_aktif", reason="http_5xx", http_status=503)
        return iid

    return make


def post(client, auth, iid, action, **fields):
    form = {"csrf_token": auth.csrf("/"), "command_id": str(uuid.uuid4()), "expected_step": "3", **fields}
    return client.post(f"/siklus/{iid}/{action}", data=form)


REVIEWERS = [
    (3, "draf_siap", "pelaksana", True),
    (3, "memeriksa", "pelaksana", True),
    (3, "menyusun_draf", "pelaksana", False),
    (4, "menunggu_paraf", "pelaksana", False),
    (3, "draf_siap", "pelaksana2", False),  # a Pelaksana, but not the one dispositioned
    (3, "draf_siap", "kasie", False),
]


@pytest.mark.parametrize(("step", "phase", "username", "allowed"), REVIEWERS)
def test_only_the_dispositioned_pelaksana_at_step_3_marks_a_false_positive(
    cycle, people, outbox_commands, client, auth, step, phase, username, allowed
):
    iid = cycle(step, phase)
    auth.login(username)
    page = client.get(f"/siklus/{iid}").get_data(as_text=True)
    assert ('data-testid="tandai-positif-palsu"' in page) is allowed
    assert "Konten judi online tersisip" in page and EVIDENCE in page
    alasan = "Teks berita tentang razia judi online, bukan konten tersisip."
    answer = post(client, auth, iid, "positif-palsu", app_id="app-0", code="judi_online", alasan=alasan)
    assert answer.status_code == (302 if allowed else 403)
    expected = [MarkFalsePositive(iid, people["pelaksana"], 3, "app-0", "judi_online", alasan)] if allowed else []
    assert [c.data for c in outbox_commands()] == expected


@pytest.mark.parametrize(("step", "phase", "username", "allowed"), REVIEWERS)
def test_only_the_dispositioned_pelaksana_at_step_3_asks_for_a_recheck(
    settings, cycle, people, outbox_commands, client, auth, step, phase, username, allowed
):
    iid = cycle(step, phase)
    auth.login(username)
    assert ('data-testid="periksa-ulang"' in client.get(f"/siklus/{iid}").get_data(as_text=True)) is allowed
    answer = post(client, auth, iid, "periksa-ulang", app_id="app-1")
    assert answer.status_code == (302 if allowed else 403)
    commands = outbox_commands()
    assert [c.data for c in commands] == ([RequestRecheck(iid, people["pelaksana"], 3, "app-1")] if allowed else [])
    if allowed:
        assert commands[0].subject == iid  # keyed by the instance, on the SOP commands topic


def test_a_false_positive_needs_a_reason_and_a_finding_of_this_round(cycle, outbox_commands, client, auth):
    iid = cycle()
    auth.login("pelaksana")
    no_reason = post(client, auth, iid, "positif-palsu", app_id="app-0", code="judi_online", alasan="  ")
    assert no_reason.status_code == 400 and "Alasan positif palsu wajib diisi." in no_reason.get_data(as_text=True)
    unknown = post(client, auth, iid, "positif-palsu", app_id="app-1", code="defacement", alasan="Keliru")
    assert unknown.status_code == 400 and "tidak ada dalam hasil pemeriksaan" in unknown.get_data(as_text=True)
    outside = post(client, auth, iid, "periksa-ulang", app_id="app-2")
    assert outside.status_code == 400
    assert outbox_commands() == []


def test_a_problem_that_is_not_a_finding_may_be_marked_too(cycle, people, outbox_commands, client, auth):
    iid = cycle()
    auth.login("pelaksana")
    answer = post(
        client, auth, iid, "positif-palsu", app_id="app-1", code="tidak_aktif", alasan="Pemeliharaan terjadwal"
    )
    assert answer.status_code == 302
    assert outbox_commands()[0].data.code == "tidak_aktif"


def test_a_recorded_false_positive_shows_as_such_without_its_form(settings, cycle, people, client, auth):
    iid = cycle()
    with psycopg.connect(settings.database_url) as conn:
        conn.execute(
            "INSERT INTO false_positives (app_id, code, evidence_sha256, reason, instance_id, actor_id, message_id, at)"
            " VALUES ('app-0', 'judi_online', %s, 'Berita razia, bukan sisipan', NULL, %s, 'm-1', now())",
            (hashlib.sha256(EVIDENCE.encode()).hexdigest(), people["pelaksana"]),
        )
    auth.login("pelaksana")
    page = client.get(f"/siklus/{iid}").get_data(as_text=True)
    review = re.search(r'<table data-testid="review">.*?</table>', page, re.S).group(0)
    assert 'data-testid="positif-palsu"' in review and "Berita razia, bukan sisipan" in review
    assert review.count('data-testid="tandai-positif-palsu"') == 1  # only app-1's problem is left to review
    auth.login("kabid")
    assert "Berita razia, bukan sisipan" in client.get(f"/siklus/{iid}").get_data(as_text=True)


def test_a_defacement_seen_in_the_title_and_the_text_is_one_row_to_review(
    settings, people, put_instance, put_check, client, auth
):
    iid = put_instance(3, "draf_siap")
    with psycopg.connect(settings.database_url) as conn:
        conn.execute("INSERT INTO sop_cycle_scope (instance_id, app_id) VALUES (%s, 'app-0')", (iid,))
    title = Finding("defacement", "kritis", "anonymous, hacked by: \u201cHacked by Anonymous\u201d", "title")
    text = Finding("defacement", "kritis", "greetz to: \u201cHACKED BY ./GhostSec\u201d", "visible")
    put_check("app-0", "dinkes", iid, findings=(title, text))
    auth.login("pelaksana")
    page = client.get(f"/siklus/{iid}").get_data(as_text=True)
    table = page[page.index('data-testid="review"') :]
    table = table[: table.index("</table>")]
    assert table.count("Tampilan situs diubah pihak tidak berwenang") == 1
    assert "Hacked by Anonymous" in table and "GhostSec" in table
    assert table.count('data-testid="tandai-positif-palsu"') == 1
