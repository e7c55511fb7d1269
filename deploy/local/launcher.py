"""Start and stop Pantau's processes on one machine: used by ``make up``/``make down`` and by
the end-to-end tests, so both run the services the same way.

    python deploy/local/launcher.py up   --run-dir .run/dev
    python deploy/local/launcher.py down --run-dir .run/dev

Each process gets a pid file and a log under the run directory; starting a running process
does nothing. The environment (Kafka, PostgreSQL, ports) is taken from the caller. With
PANTAU_DEMO_MAIL_PORT set and no mail relay configured, a local mail sink on that port keeps
every e-mail the services send as a file under RUN_DIR/mail (see ``with_mail_sink``).

With ``--kafka-secrets DIR`` (``make up`` on its SASL broker) each service authenticates to Kafka
as its own principal, the KafkaUser production gives it, with the password file DIR/<user>: the
broker's ACLs hold for it as they do in production. A process without a Kafka client gets no
Kafka account at all. Without it every process connects as the caller's KAFKA_* variables say
(the end-to-end tests, whose topics have a prefix of their own, as the stack's admin).
"""

from __future__ import annotations

import argparse
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from pantau_common import kafka_security

ROOT = Path(__file__).resolve().parents[2]
DEMO_SENDER = "Pantau Diskominfostandi Kota Bekasi <pantau@bekasikota.go.id>"


@dataclass(frozen=True)
class Process:
    name: str
    argv: tuple[str, ...]
    ready_url: str | None = None
    ready_port: int | None = None  # not HTTP: ready once it accepts connections on 127.0.0.1
    kafka_user: str | None = None  # its principal (deploy/k8s/components/kafka-topics/users.yaml)


def as_principal(process: Process, env: dict[str, str], secrets: Path) -> dict[str, str]:
    """Return ``env`` with the process's own Kafka account (password file ``secrets/<user>``), or none."""
    if process.kafka_user is None:
        return {k: v for k, v in env.items() if k not in kafka_security.VARIABLES}
    password_file = secrets / process.kafka_user
    if not password_file.is_file():
        raise RuntimeError(f"no Kafka password for {process.kafka_user} in {secrets}")
    account = {"KAFKA_SASL_USERNAME": process.kafka_user, "KAFKA_SASL_PASSWORD_FILE": str(password_file.resolve())}
    return {k: v for k, v in env.items() if k != "KAFKA_SASL_PASSWORD"} | account


def with_mail_sink(env: dict[str, str], run_dir: Path) -> dict[str, str]:
    """Return ``env`` with the notifier pointed at the local mail sink, which keeps mail in RUN_DIR/mail.

    Only when PANTAU_DEMO_MAIL_PORT gives the sink's port and no relay (PANTAU_NOTIFY_SMTP_HOST) is set.
    """
    port = env.get("PANTAU_DEMO_MAIL_PORT")
    if not port or env.get("PANTAU_NOTIFY_SMTP_HOST"):
        return env
    return {
        **env,
        "PANTAU_DEMO_MAIL_DIR": str((run_dir / "mail").resolve()),
        "PANTAU_NOTIFY_SMTP_HOST": "127.0.0.1",
        "PANTAU_NOTIFY_SMTP_PORT": port,
        "PANTAU_NOTIFY_SMTP_FROM": env.get("PANTAU_NOTIFY_SMTP_FROM") or DEMO_SENDER,
        # Plain SMTP on the loopback, without AUTH: the notifier allows it only when no user is set.
        "PANTAU_NOTIFY_SMTP_STARTTLS": "0",
    }


def _mail_sink(env: dict[str, str]) -> list[Process]:
    directory = env.get("PANTAU_DEMO_MAIL_DIR")
    if not directory:
        return []
    port = env["PANTAU_NOTIFY_SMTP_PORT"]
    argv = (sys.executable, str(ROOT / "deploy/local/mail_sink.py"), "--port", port, "--dir", directory)
    return [Process("mail-sink", argv, ready_port=int(port))]


def processes(env: dict[str, str]) -> list[Process]:
    """Return the processes of a full local Pantau, in start order."""
    bin_dir = Path(sys.executable).parent
    web_port = env.get("PANTAU_WEB_PORT", "8080")
    reporter_port = env.get("PANTAU_REPORTER_PORT", "8081")
    fleet_port = env.get("PANTAU_DEMO_FLEET_PORT", "18090")
    return [
        *_mail_sink(env),
        Process("demo-fleet", (sys.executable, str(ROOT / "deploy/demo/fleet.py"), "--port", fleet_port)),
        Process("workflow", (str(bin_dir / "pantau-workflow"),), kafka_user="svc-workflow"),
        Process("checker", (str(bin_dir / "pantau-checker"), "worker"), kafka_user="svc-checker-worker"),
        Process(
            "checker-scheduler", (str(bin_dir / "pantau-checker"), "scheduler"), kafka_user="svc-checker-scheduler"
        ),
        Process("reporter", (str(bin_dir / "pantau-reporter"), "worker"), kafka_user="svc-reporter-worker"),
        Process("reporter-web", (str(bin_dir / "pantau-reporter"), "serve", "--port", reporter_port)),
        Process(
            "web",
            (str(bin_dir / "pantau-web"), "--port", web_port),
            ready_url=f"http://127.0.0.1:{web_port}/kesehatan",
            kafka_user="svc-web",
        ),
    ]


def _pid_file(run_dir: Path, name: str) -> Path:
    return run_dir / "pids" / f"{name}.pid"


# The processes this launcher started, kept so that each is reaped through its Popen (a Popen
# dropped while its child runs warns, and the child would linger as a zombie once it exits).
_CHILDREN: dict[int, subprocess.Popen[bytes]] = {}


def _alive(pid: int) -> bool:
    child = _CHILDREN.get(pid)
    if child is not None:
        if child.poll() is None:
            return True
        del _CHILDREN[pid]
        return False
    try:  # reap it if it is our own child that exited, or it would linger as a zombie
        if os.waitpid(pid, os.WNOHANG)[0] == pid:
            return False
    except ChildProcessError:
        pass
    try:
        os.kill(pid, 0)
    except OSError:
        return False
    return True


def running_pid(run_dir: Path, name: str) -> int | None:
    """Return the pid of a running process, or None."""
    path = _pid_file(run_dir, name)
    if not path.exists():
        return None
    pid = int(path.read_text().strip() or 0)
    return pid if pid and _alive(pid) else None


def start(process: Process, run_dir: Path, env: dict[str, str]) -> int:
    """Start one process detached, logging to run_dir/logs/NAME.log; return its pid."""
    pid = running_pid(run_dir, process.name)
    if pid:
        return pid
    (run_dir / "pids").mkdir(parents=True, exist_ok=True)
    (run_dir / "logs").mkdir(parents=True, exist_ok=True)
    with (run_dir / "logs" / f"{process.name}.log").open("ab") as log:  # the child keeps its own copy
        child = subprocess.Popen(
            process.argv, env=env, stdout=log, stderr=subprocess.STDOUT, cwd=ROOT, start_new_session=True
        )
    _CHILDREN[child.pid] = child
    _pid_file(run_dir, process.name).write_text(str(child.pid))
    return child.pid


def stop(run_dir: Path, name: str, timeout: float = 20.0) -> None:
    """Stop one process: SIGTERM, then SIGKILL after ``timeout`` seconds."""
    pid = running_pid(run_dir, name)
    if pid:
        os.killpg(pid, signal.SIGTERM)
        deadline = time.monotonic() + timeout
        while _alive(pid) and time.monotonic() < deadline:
            time.sleep(0.1)
        if _alive(pid):
            os.killpg(pid, signal.SIGKILL)
        child = _CHILDREN.pop(pid, None)
        if child is not None:
            child.wait(timeout)
    _pid_file(run_dir, name).unlink(missing_ok=True)


def wait_ready(process: Process, run_dir: Path, timeout: float = 60.0) -> None:
    """Wait until the process answers its readiness URL or accepts connections on its port."""
    if process.ready_url is None and process.ready_port is None:
        return
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not running_pid(run_dir, process.name):
            raise RuntimeError(f"{process.name} exited; see {run_dir}/logs/{process.name}.log")
        if _answers(process):
            return
        time.sleep(0.3)
    raise RuntimeError(f"{process.name} not ready after {timeout:.0f} s; see {run_dir}/logs/{process.name}.log")


def _answers(process: Process) -> bool:
    try:
        if process.ready_url is not None:
            with urllib.request.urlopen(process.ready_url, timeout=2) as answer:  # noqa: S310 - loopback
                return bool(answer.status == 200)
        with socket.create_connection(("127.0.0.1", process.ready_port or 0), timeout=2):
            return True
    except OSError:
        return False


def up(run_dir: Path, env: dict[str, str], only: list[str] | None = None, kafka_secrets: Path | None = None) -> None:
    """Start every process (or ``only`` those) and wait until they are ready.

    With ``kafka_secrets`` each process authenticates to Kafka as its own principal (``as_principal``).
    """
    env = with_mail_sink(env, run_dir)
    chosen = [p for p in processes(env) if not only or p.name in only]
    for process in chosen:
        start(process, run_dir, as_principal(process, env, kafka_secrets) if kafka_secrets else env)
    for process in chosen:
        wait_ready(process, run_dir)


def down(run_dir: Path, env: dict[str, str], only: list[str] | None = None) -> None:
    """Stop every process (or ``only`` those), in reverse start order."""
    env = with_mail_sink(env, run_dir)
    for process in reversed(processes(env)):
        if not only or process.name in only:
            stop(run_dir, process.name)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=("up", "down", "status"))
    parser.add_argument("--run-dir", type=Path, required=True)
    parser.add_argument("--only", nargs="*")
    parser.add_argument("--kafka-secrets", type=Path, help="each service as its own Kafka user, password file DIR/USER")
    args = parser.parse_args()
    env = with_mail_sink(dict(os.environ), args.run_dir)
    if args.action == "up":
        up(args.run_dir, env, args.only, args.kafka_secrets)
    elif args.action == "down":
        down(args.run_dir, env, args.only)
    for process in processes(env):
        pid = running_pid(args.run_dir, process.name)
        print(f"  {process.name:<18} {'running (pid ' + str(pid) + ')' if pid else 'stopped'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
