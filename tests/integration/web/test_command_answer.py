"""A page that waits for a command never shows "accepted" beside the state from before it.

The workflow commits a command's result together with its effect. The pages read with one
snapshot per statement, so the order of their reads decides what a commit between them shows.
These tests land that commit exactly between the page's reads of the state and of the result.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from typing import Any

import psycopg
import pytest

from pantau_web import followups, queries

pytestmark = pytest.mark.integration


def _commit_after(monkeypatch: pytest.MonkeyPatch, module: Any, name: str, apply: Callable[[], None]) -> None:
    """Make ``module.name`` apply the workflow's commit right after it has read, once."""
    read = getattr(module, name)
    done: list[bool] = []

    def read_then_commit(*args: Any, **kwargs: Any) -> Any:
        row = read(*args, **kwargs)
        if not done:
            done.append(True)
            apply()
        return row

    monkeypatch.setattr(module, name, read_then_commit)


def _sent(settings: Any, command_id: str, key: str) -> None:
    """Put the command in the outbox, as the form that the page follows did (a page follows only a command sent)."""
    with psycopg.connect(settings.database_url) as conn:
        conn.execute(
            "INSERT INTO outbox (message_id, topic, key, payload, writer) VALUES (%s, 'perintah', %s, '\\x00', 'web')",
            (command_id, key),
        )


def _refreshes(page: str) -> bool:
    return bool(re.search(r'data-refresh="\d+"', page))


def test_a_command_applied_while_the_cycle_page_is_read_is_shown_with_its_effect_or_awaited(
    settings, put_instance, client, auth, monkeypatch
):
    iid, cid = put_instance(5, "menunggu_paraf"), str(uuid.uuid4())
    _sent(settings, cid, iid)

    def workflow_applies_the_paraf() -> None:
        with psycopg.connect(settings.database_url) as conn, conn.transaction():
            conn.execute("UPDATE sop_instances SET step = 6, phase = 'menunggu_tanda_tangan' WHERE id = %s", (iid,))
            conn.execute(
                "INSERT INTO command_results (command_id, instance_id, accepted, reason) VALUES (%s, %s, true, '')",
                (cid, iid),
            )

    _commit_after(monkeypatch, queries, "instance", workflow_applies_the_paraf)
    auth.login("kabid")
    first = client.get(f"/siklus/{iid}?perintah={cid}").get_data(as_text=True)
    if 'data-testid="accepted"' in first:
        assert "Langkah 6" in first
    else:  # not answered yet as far as this page knows: it keeps asking
        assert 'data-testid="pending"' in first and _refreshes(first)
    then = client.get(f"/siklus/{iid}?perintah={cid}").get_data(as_text=True)
    assert 'data-testid="accepted"' in then and "Langkah 6" in then and not _refreshes(then)


def test_a_command_applied_while_the_follow_up_page_is_read_is_shown_with_its_effect_or_awaited(
    settings, department_users, put_follow_up, client, auth, monkeypatch
):
    fid, cid = put_follow_up("app-0", "dinkes"), str(uuid.uuid4())
    _sent(settings, cid, fid)

    def workflow_applies_the_answer() -> None:
        with psycopg.connect(settings.database_url) as conn, conn.transaction():
            conn.execute("UPDATE follow_ups SET state = 'ditanggapi' WHERE id = %s", (fid,))
            conn.execute(
                "INSERT INTO command_results (command_id, accepted, reason) VALUES (%s, true, '')",
                (cid,),
            )

    _commit_after(monkeypatch, followups.fq, "follow_up", workflow_applies_the_answer)
    auth.login("kasie")
    first = client.get(f"/tindak-lanjut/{fid}?perintah={cid}").get_data(as_text=True)
    if 'data-testid="accepted"' in first:
        assert 'class="badge fu-ditanggapi"' in first
    else:
        assert 'data-testid="pending"' in first and _refreshes(first)
    then = client.get(f"/tindak-lanjut/{fid}?perintah={cid}").get_data(as_text=True)
    assert 'data-testid="accepted"' in then and 'class="badge fu-ditanggapi"' in then
