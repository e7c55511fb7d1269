"""`pantau-checker once`: a registry file checked once, JSON lines out, no Kafka or PostgreSQL."""

from __future__ import annotations

import json
import os
import pty
import select
import subprocess
import sys
from typing import Any

import pytest
from checker_servers import Reply, html_page

from pantau_checker.__main__ import main


def registry(tmp_path, port: int, apps: dict[str, str]) -> str:  # type: ignore[no-untyped-def]
    lines = [
        "perangkat_daerah:",
        "  - {id: bpbd, nama: BPBD, singkatan: BPBD, jenis: badan}",
        "applications:",
    ]
    for app_id, host in apps.items():
        lines += [
            f"  - id: {app_id}",
            "    pd: bpbd",
            f"    nama: Aplikasi {app_id}",
            f"    url: http://{host}:{port}/",
            f"    resolve: ['{host}:{port}:127.0.0.1']",
        ]
    path = tmp_path / "registry.yaml"
    path.write_text("\n".join(lines) + "\n")
    return str(path)


@pytest.fixture
def env(monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("PANTAU_CHECKER_ALLOW_ADDRESSES", "127.0.0.1/32")
    monkeypatch.setenv("PANTAU_CHECKER_RETRIES", "0")
    monkeypatch.setenv("PANTAU_CHECKER_TIMEOUT_S", "3")


def events(out: str) -> dict[str, dict]:  # type: ignore[type-arg]
    return {e["app_id"]: e for e in (json.loads(line) for line in out.splitlines() if line)}


def test_all_healthy_prints_one_event_per_app_and_exits_0(env, site, tmp_path, capsys):  # type: ignore[no-untyped-def]
    site.route("*", "/", Reply(200, html_page("BPBD", "ok")))
    path = registry(tmp_path, site.port, {"bpbd-web": "bpbd.bekasikota.go.id", "bpbd-siaga": "siaga.bekasikota.go.id"})
    assert main(["once", path, "--cycle-id", "c-1"]) == 0
    found = events(capsys.readouterr().out)
    assert set(found) == {"bpbd-web", "bpbd-siaga"}
    assert all(e["availability"] == "aktif" and e["cycle_id"] == "c-1" for e in found.values())


def test_an_app_down_exits_1(env, site, tmp_path, capsys):  # type: ignore[no-untyped-def]
    site.route("bpbd.bekasikota.go.id", "/", Reply(200, html_page("BPBD", "ok")))
    site.route("siaga.bekasikota.go.id", "/", Reply(503, "mati"))
    path = registry(tmp_path, site.port, {"bpbd-web": "bpbd.bekasikota.go.id", "bpbd-siaga": "siaga.bekasikota.go.id"})
    assert main(["once", path]) == 1
    assert events(capsys.readouterr().out)["bpbd-siaga"]["reason"] == "http_5xx"


def test_only_selected_apps_are_checked(env, site, tmp_path, capsys):  # type: ignore[no-untyped-def]
    site.route("*", "/", Reply(200, html_page("BPBD", "ok")))
    path = registry(tmp_path, site.port, {"bpbd-web": "bpbd.bekasikota.go.id", "bpbd-siaga": "siaga.bekasikota.go.id"})
    assert main(["once", path, "--app", "bpbd-web"]) == 0
    assert set(events(capsys.readouterr().out)) == {"bpbd-web"}


def test_invalid_registry_exits_2_with_the_errors(env, tmp_path, capsys):  # type: ignore[no-untyped-def]
    path = tmp_path / "r.yaml"
    path.write_text("applications:\n  - {id: x, pd: tidak-ada, nama: X, url: 'http://x.go.id/'}\n")
    assert main(["once", str(path)]) == 2
    assert "applications baris 1, kolom pd" in capsys.readouterr().err


def test_invalid_checker_setting_exits_2(env, monkeypatch, tmp_path, capsys):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("PANTAU_CHECKER_ALLOW_ADDRESSES", "bukan-cidr")
    path = registry(tmp_path, 1, {"bpbd-web": "bpbd.bekasikota.go.id"})
    assert main(["once", path]) == 2
    assert "konfigurasi tidak sah" in capsys.readouterr().err


def run_once(path: str, **streams: Any) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "PANTAU_CHECKER_ALLOW_ADDRESSES": "127.0.0.1/32", "PANTAU_CHECKER_RETRIES": "0"}
    command = [sys.executable, "-m", "pantau_checker", "once", path]
    return subprocess.run(command, env=env, timeout=60, check=False, **streams)


def test_piped_output_is_json_lines_and_nothing_else(site, tmp_path):  # type: ignore[no-untyped-def]
    site.route("*", "/", Reply(200, html_page("BPBD", "ok")))
    path = registry(tmp_path, site.port, {"bpbd-web": "bpbd.bekasikota.go.id", "bpbd-siaga": "siaga.bekasikota.go.id"})
    done = run_once(path, capture_output=True)
    lines = done.stdout.decode().splitlines()
    assert done.returncode == 0 and len(lines) == 2
    assert {json.loads(line)["app_id"] for line in lines} == {"bpbd-web", "bpbd-siaga"}
    assert done.stderr == b""


def test_a_terminal_shows_a_line_per_check_and_the_progress(site, tmp_path):  # type: ignore[no-untyped-def]
    site.route("*", "/", Reply(200, html_page("BPBD", "ok")))
    path = registry(tmp_path, site.port, {"bpbd-web": "bpbd.bekasikota.go.id", "bpbd-siaga": "siaga.bekasikota.go.id"})
    leader, follower = pty.openpty()
    try:
        done = run_once(path, stdout=follower, stderr=follower)
        shown = _read_all(leader)
    finally:
        os.close(leader)
        os.close(follower)
    assert done.returncode == 0
    assert "✓ bpbd-web" in shown and "✓ bpbd-siaga" in shown
    assert "2/2 100%" in shown and "aktif 2" in shown
    assert '"app_id"' not in shown


def _read_all(fd: int) -> str:
    chunks = []
    while select.select([fd], [], [], 0.5)[0]:
        chunks.append(os.read(fd, 65536))
    return b"".join(chunks).decode()
