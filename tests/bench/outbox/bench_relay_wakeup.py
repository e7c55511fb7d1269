"""Benchmark: an idle outbox relay's database round trips, and a row's hop from its commit to Kafka.

    .venv/bin/python tests/bench/outbox/bench_relay_wakeup.py [--idle-seconds 30] [--samples 25]

A fresh migrated database and private topics; the web's relay (``RelayThread``, as pantau-web runs
it) in this process, reaching PostgreSQL through a TCP proxy that counts the relay's writes (each
one a round trip: a query and its answer). First it idles: the round trips meanwhile and the CPU
time of the relay's thread. (``pg_stat_database.xact_commit`` would count autovacuum's analyses of
the fresh tables as well.) Then commands are queued one at a time, a random 0.3-0.7 s
apart so that the relay is idle each time, and the hop of each is read from the database's own
clock: ``sent_at`` (set after Kafka acknowledged the record) minus ``created_at`` (its queueing).

Kafka and PostgreSQL: KAFKA_BOOTSTRAP_SERVERS and DATABASE_URL, or else a private stack started
for the run. A script, not a test: no timed assertions.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import random
import socket
import statistics
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

from psycopg.conninfo import conninfo_to_dict, make_conninfo

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "tests/bench/checker"))
sys.path.insert(0, str(ROOT / "tests/bench/workflow"))

from bench_workflow import bench_settings  # noqa: E402  (fresh database, private topics)
from national import kafka_and_postgres  # noqa: E402  (the environment's stack, or a private one)
from pantau_testing import eventually, query, send_command  # noqa: E402

from pantau_common.outbox import RelayThread  # noqa: E402
from pantau_common.settings import Settings  # noqa: E402
from pantau_contracts.sop import StartCycle  # noqa: E402
from pantau_contracts.topics import WEB  # noqa: E402

RELAY_THREAD = f"outbox-relay-{WEB}"


class CountingProxy:
    """Forward connections on a port of 127.0.0.1 to PostgreSQL; count what the clients write."""

    def __init__(self, host: str, port: int) -> None:
        self._target = (host, port)
        self._sock = socket.create_server(("127.0.0.1", 0))
        self.port = self._sock.getsockname()[1]
        self.writes = 0
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            client, _ = self._sock.accept()
            server = socket.create_connection(self._target)
            threading.Thread(target=self._pipe, args=(client, server, True), daemon=True).start()
            threading.Thread(target=self._pipe, args=(server, client, False), daemon=True).start()

    def _pipe(self, src: socket.socket, dst: socket.socket, count: bool) -> None:
        try:
            while data := src.recv(65536):
                self.writes += count
                dst.sendall(data)
        except OSError:
            pass
        finally:
            src.close()
            dst.close()


def _proxied(settings: Settings, proxy: CountingProxy) -> Settings:
    url = make_conninfo(settings.database_url, host="127.0.0.1", port=str(proxy.port), sslmode="disable")
    return dataclasses.replace(settings, database_url=url)


def _thread_cpu(name: str) -> float:
    """Return the CPU seconds (user and system) of this process's thread called ``name``."""
    (thread,) = [t for t in threading.enumerate() if t.name == name]
    fields = Path(f"/proc/self/task/{thread.native_id}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _queue(settings: Settings) -> str:
    return send_command(settings, StartCycle(str(uuid.uuid4()), 1, "bench"))


def _sent(settings: Settings, message_id: str) -> bool:
    rows = query(settings.database_url, "SELECT sent_at FROM outbox WHERE message_id = %s", (message_id,))
    return rows[0]["sent_at"] is not None


def idle(proxy: CountingProxy, seconds: float) -> None:
    """Print the idle relay's database round trips per second and its thread's CPU time."""
    before, cpu = proxy.writes, _thread_cpu(RELAY_THREAD)
    time.sleep(seconds)
    trips, cpu = proxy.writes - before, _thread_cpu(RELAY_THREAD) - cpu
    print(f"idle {seconds:.0f} s: {trips} round trips ({trips / seconds:.2f}/s), relay thread CPU {cpu:.2f} s")


def hops(settings: Settings, samples: int) -> None:
    """Print the median, min and max of queued-to-acknowledged times of ``samples`` lone commands."""
    ids = []
    for _ in range(samples):
        time.sleep(random.uniform(0.3, 0.7))
        ids.append(_queue(settings))
    eventually(lambda: all(_sent(settings, i) for i in ids), timeout=60, what="every command relayed")
    rows = query(
        settings.database_url,
        "SELECT extract(epoch FROM sent_at - created_at) * 1000 AS ms FROM outbox WHERE message_id = ANY(%s)",
        (ids,),
    )
    ms = sorted(float(r["ms"]) for r in rows)
    print(f"hop over {len(ms)} commands: median {statistics.median(ms):.1f} ms, min {ms[0]:.1f}, max {ms[-1]:.1f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--idle-seconds", type=float, default=30.0)
    parser.add_argument("--samples", type=int, default=25)
    args = parser.parse_args()
    with kafka_and_postgres() as (bootstrap, admin_url), tempfile.TemporaryDirectory() as folder:
        with bench_settings(bootstrap, admin_url, Path(folder)) as settings:
            server = conninfo_to_dict(settings.database_url)
            proxy = CountingProxy(str(server.get("host", "127.0.0.1")), int(server.get("port", 5432)))
            relay = RelayThread(_proxied(settings, proxy), WEB).start()
            try:
                first = _queue(settings)
                eventually(lambda: _sent(settings, first), what="the relay started")
                idle(proxy, args.idle_seconds)
                hops(settings, args.samples)
            finally:
                relay.stop()


if __name__ == "__main__":
    main()
