"""The web faces as the pod runs them: granian's processes on one port, stopped by SIGTERM.

SIGTERM stops them gracefully: they take no new connection, answer the request they hold, and the
web's outbox relay ends the batch it is sending before the process ends (exit status 0). Each of
those tests holds a PostgreSQL lock that the server waits on, so that the stop is asked for while
the work is surely in progress; releasing the lock lets the work finish. A setting they cannot run
with stops them with one line, before any worker starts; a view never sees the process's variables.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path

import httpx
import psycopg
import pytest
from pantau_testing import BIN, consume, eventually, free_port, query, running, send_command, service_env

from pantau_common.settings import Settings
from pantau_common.wsgi_server import CGI_NAMES, usable_cores
from pantau_contracts import decode
from pantau_contracts.sop import StartCycle

pytestmark = pytest.mark.integration

ENVIRON_SERVER = Path(__file__).with_name("environ_server.py")
HEALTH = {"web": "/kesehatan", "reporter": "/healthz"}


@contextmanager
def web(settings: Settings, log: Path) -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    """Run ``pantau-web`` on a free port until it answers; yield its address and its process."""
    with serving([str(BIN / "pantau-web")], service_env(settings), log, HEALTH["web"]) as started:
        yield started


@contextmanager
def serving(
    argv: list[str], env: dict[str, str], log: Path, health: str
) -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    """Run a web face (``argv`` and a free port) until ``health`` answers; yield its address and its process."""
    port = free_port()
    with running([*argv, "--port", str(port)], env, log) as proc:
        base = f"http://127.0.0.1:{port}"
        eventually(lambda: _status(f"{base}{health}") == 200, timeout=60, what=f"{argv[0]} to answer")
        # One worker answers while another may still be starting: a SIGTERM then waits on that one's start
        # (granian stops its workers one after another), and the tests of the stop would measure the start.
        eventually(lambda: _workers_started(log), timeout=60, what=f"{argv[0]}'s workers to start")
        yield base, proc


def _workers_started(log: Path) -> bool:
    """Whether every worker granian spawned has said it started (its own lines in the service's log)."""
    text = log.read_text()
    return 0 < text.count("Spawning worker-") <= text.count("Started worker-")


def _status(url: str) -> int | None:
    """Return the status a new connection gets, or None when nothing takes it."""
    try:
        return httpx.get(url, timeout=5, trust_env=False).status_code
    except httpx.TransportError:
        return None


def _waiting_on_a_lock(settings: Settings, statement: str) -> bool:
    rows = query(
        settings.database_url,
        "SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'"
        " AND query LIKE %s",
        (f"%{statement}%",),
    )
    return bool(rows)


def test_sigterm_answers_the_request_in_progress_and_takes_no_new_connection(settings, people, tmp_path):
    with web(settings, tmp_path / "web.log") as (base, proc), ThreadPoolExecutor(1) as pool:
        with psycopg.connect(settings.database_url) as lock:
            lock.execute("LOCK TABLE applications IN ACCESS EXCLUSIVE MODE")
            asked = pool.submit(httpx.get, f"{base}/status", timeout=60, trust_env=False)
            eventually(lambda: _waiting_on_a_lock(settings, "applications"), what="the page to wait on the lock")
            proc.send_signal(signal.SIGTERM)
            eventually(lambda: _status(f"{base}/kesehatan") is None, what="the web to refuse new connections")
            assert not asked.done()
            lock.rollback()
        assert asked.result().status_code == 200
        assert proc.wait(60) == 0


def test_sigterm_lets_the_outbox_relay_end_the_batch_it_is_sending(settings, people, tmp_path):
    command_id = send_command(settings, StartCycle(str(uuid.uuid4()), people["kabid"], "dikirim saat berhenti"))
    log = tmp_path / "web.log"
    with psycopg.connect(settings.database_url) as lock:
        # The relay reads the row and sends it; marking it sent waits for this lock.
        lock.execute("SELECT 1 FROM outbox WHERE message_id = %s FOR UPDATE", (command_id,))
        with web(settings, log) as (_, proc):
            eventually(lambda: _waiting_on_a_lock(settings, "UPDATE outbox"), what="the relay to wait on the lock")
            proc.send_signal(signal.SIGTERM)
            eventually(lambda: "the outbox relay ends its batch" in log.read_text(), what="the web to stop serving")
            assert proc.poll() is None  # it waits for the relay
            lock.rollback()
            assert proc.wait(60) == 0
    (row,) = query(settings.database_url, "SELECT sent_at FROM outbox WHERE message_id = %s", (command_id,))
    assert row["sent_at"] is not None
    (record,) = consume(settings.kafka, settings.topics.sop_commands, want=1)
    assert decode(record.value).id == command_id


def test_a_second_web_on_a_port_in_use_fails_instead_of_sharing_it(settings, tmp_path):
    with web(settings, tmp_path / "web.log") as (base, _):
        port = base.rsplit(":", 1)[1]
        second = subprocess.run(
            [str(BIN / "pantau-web"), "--port", port],
            env=service_env(settings),
            capture_output=True,
            timeout=60,
            check=False,
        )
        assert second.returncode != 0
        assert b"Address already in use" in second.stderr
        assert _status(f"{base}/kesehatan") == 200


def test_the_workers_end_with_the_supervisor_even_when_it_is_killed(settings, tmp_path):
    with web(settings, tmp_path / "web.log") as (base, proc):
        workers = _children(proc.pid)
        assert workers
        try:
            proc.kill()
            eventually(lambda: not any(Path(f"/proc/{pid}").exists() for pid in workers), what="the workers to end")
            assert _status(f"{base}/kesehatan") is None
        finally:
            for pid in workers:  # without the feature, do not leave them serving
                with contextlib.suppress(ProcessLookupError):
                    os.kill(pid, signal.SIGKILL)


def _children(parent: int) -> list[int]:
    """Return the processes whose parent is ``parent`` (the web's workers and its resource tracker)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        with contextlib.suppress(OSError):
            if int(stat.read_text().rsplit(")", 1)[1].split()[1]) == parent:
                found.append(int(stat.parent.name))
    return found


def test_sigterm_lets_the_reporter_answer_the_request_in_progress(settings, tmp_path):
    serve = [str(BIN / "pantau-reporter"), "serve"]
    with (
        serving(serve, service_env(settings), tmp_path / "reporter.log", HEALTH["reporter"]) as (base, proc),
        ThreadPoolExecutor(1) as pool,
    ):
        with psycopg.connect(settings.database_url) as lock:
            lock.execute("LOCK TABLE documents IN ACCESS EXCLUSIVE MODE")
            asked = pool.submit(httpx.get, f"{base}/dokumen/1", timeout=60, trust_env=False)
            eventually(lambda: _waiting_on_a_lock(settings, "documents"), what="the download to wait on the lock")
            proc.send_signal(signal.SIGTERM)
            eventually(lambda: _status(f"{base}/healthz") is None, what="the reporter to refuse new connections")
            assert not asked.done()
            lock.rollback()
        answer = asked.result()
        assert answer.status_code == 404  # no such document: an answer all the same
        assert answer.headers["server"] == "pantau-reporter"
        assert proc.wait(60) == 0


@pytest.mark.parametrize("face", sorted(HEALTH))
def test_a_view_sees_none_of_the_process_environment(settings, face, tmp_path):
    canary = "token-" + uuid.uuid4().hex
    env = service_env(settings, DEPLOY_API_TOKEN=canary)
    argv = [sys.executable, str(ENVIRON_SERVER), face]
    with serving(argv, env, tmp_path / "server.log", HEALTH[face]) as (base, _):
        answer = httpx.get(f"{base}/_environ", headers={"X-Diminta": "ya"}, timeout=10, trust_env=False)
    environ = answer.json()
    assert environ["REQUEST_METHOD"] == "GET" and environ["HTTP_X_DIMINTA"] == "ya"  # the request's own
    assert set(environ) & set(env) <= CGI_NAMES
    assert not [value for value in environ.values() if canary in value or settings.secret_key in value]
    assert answer.headers["server"] in ("pantau", "pantau-reporter")  # not granian's name


def _refusal(argv: list[str], env: dict[str, str], cwd: Path) -> tuple[int, list[str]]:
    """Run a web face that should refuse to start; return its exit status and its output's lines."""
    done = subprocess.run(argv, env=env, cwd=cwd, capture_output=True, text=True, timeout=60, check=False)
    return done.returncode, (done.stdout + done.stderr).splitlines()


@pytest.mark.parametrize(
    ("program", "setting", "named"),
    [
        ("pantau-web", {"PANTAU_SECRET_KEY": ""}, "PANTAU_SECRET_KEY"),
        ("pantau-web", {"PANTAU_WEB_THREADS": "banyak"}, "PANTAU_WEB_THREADS"),
        ("pantau-web", {"DATABASE_URL": "postgresql://pantau:{secret}@127.0.0.1:{port}/pantau"}, "DATABASE_URL"),
        ("pantau-web", {"DATABASE_URL": "postgresql:/{secret} rusak"}, "DATABASE_URL"),
        ("pantau-reporter", {"DATABASE_URL": "postgresql://pantau:{secret}@127.0.0.1:{port}/pantau"}, "DATABASE_URL"),
        ("pantau-reporter", {"PANTAU_REPORTER_THREADS": "-1"}, "PANTAU_REPORTER_THREADS"),
    ],
)
def test_a_setting_it_cannot_run_with_stops_it_with_one_line_before_any_worker(
    settings, program, setting, named, tmp_path
):
    secret = "sandi-" + uuid.uuid4().hex
    bad = {name: value.format(secret=secret, port=free_port()) for name, value in setting.items()}
    argv = [str(BIN / program), *(["serve"] if program == "pantau-reporter" else []), "--port", str(free_port())]
    code, lines = _refusal(argv, service_env(settings, **bad), tmp_path)
    assert code != 0
    assert len(lines) == 1, lines  # no traceback, no worker's
    assert named in lines[0]
    assert secret not in lines[0]


def test_the_web_starts_without_a_warning_by_default(settings, tmp_path):
    log = tmp_path / "web.log"
    with web(settings, log):
        pass
    entries = [json.loads(line) for line in log.read_text().splitlines()]
    assert [e for e in entries if e["level"] not in ("DEBUG", "INFO")] == []
    (started,) = [e["message"] for e in entries if "listening on" in e["message"]]
    assert f"({usable_cores()} processes of {2 * usable_cores() + 1} threads)" in started
