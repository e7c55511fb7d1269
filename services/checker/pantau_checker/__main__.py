"""pantau-checker: the composition root (the only place that reads the environment).

pantau-checker import FILE        import a registry (YAML, CSV, XLSX) into PostgreSQL
pantau-checker worker             consume check requests, publish status events
pantau-checker scheduler          publish check requests per application interval (one leader)
pantau-checker once FILE          check a registry file once, print JSON lines (no Kafka/PostgreSQL)
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import logging
import os
import signal
import sys
from collections.abc import Callable, Coroutine, Sequence
from dataclasses import replace
from functools import partial
from typing import Any, TypeVar

import uvloop

from pantau_common.config import ConfigError
from pantau_common.logs import configure
from pantau_common.registry.model import AppSpec, Registry
from pantau_common.registry.validation import RegistryInvalidError
from pantau_common.secrets import AppSecrets
from pantau_common.settings import Settings
from pantau_contracts.status import ApplicationChecked

from . import progress
from .config import checker_config, concurrency, scheduler_config
from .core import freshness
from .probe import Checker

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_INVALID = 2
T = TypeVar("T")
# Objects allocated, net, between young collections; then how many young (middle) collections make a
# middle (full) one. Python's defaults are (700, 10, 10).
_GC_THRESHOLD = (50_000, 20, 100)


def main(argv: Sequence[str] | None = None) -> int:
    """Run one subcommand; return its exit code."""
    args = _parser().parse_args(argv)
    configure(os.environ.get("PANTAU_LOG_LEVEL", "WARNING" if args.command == "once" else "INFO"), os.environ)
    # httpx logs every request URL at INFO; a GET login form would put credentials there.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)
    settings = Settings.from_env(os.environ)
    if args.command != "once":
        # Imported here: the one-shot mode needs no database, and psycopg costs a tenth of its start.
        from pantau_common.db import require_schema

        require_schema(settings.database_url)
    if args.command in ("worker", "once"):
        freshness.warm_up()
    try:
        code: int = args.run(args, settings)
    except ConfigError as exc:
        print(f"konfigurasi tidak sah: {exc}", file=sys.stderr)
        return EXIT_INVALID
    return code


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="pantau-checker", description="Pantau checker")
    sub = parser.add_subparsers(dest="command", required=True)
    imp = sub.add_parser("import", help="impor registri (YAML, CSV, XLSX) ke PostgreSQL")
    imp.add_argument("file")
    imp.add_argument("--dry-run", action="store_true", help="hanya validasi, tidak menyimpan")
    imp.set_defaults(run=_import)
    sub.add_parser("worker", help="pemeriksa: konsumsi permintaan cek dari Kafka").set_defaults(run=_worker)
    sub.add_parser("scheduler", help="penjadwal: terbitkan permintaan cek per interval").set_defaults(run=_scheduler)
    once = sub.add_parser(
        "once",
        help="periksa sekali dari berkas registri, cetak JSON lines",
        epilog="kode keluar: 0 semua aktif tanpa temuan tinggi/kritis; 1 ada yang tidak aktif atau "
        "temuan tinggi/kritis; 2 berkas registri atau konfigurasi tidak sah",
    )
    once.add_argument("file", help="registri YAML, CSV atau XLSX")
    once.add_argument("--app", action="append", default=[], help="hanya aplikasi ini (boleh berulang)")
    once.add_argument("--cycle-id", default=None, help="tandai setiap hasil dengan id siklus ini")
    once.add_argument("--json", action="store_true", help="JSON lines juga di terminal (tanpa tampilan kemajuan)")
    once.set_defaults(run=_once)
    return parser


def _import(args: argparse.Namespace, settings: Settings) -> int:
    from pantau_common.registry.files import load_registry

    from .registry_pg import PostgresRegistry

    store = PostgresRegistry(settings.database_url)
    try:
        registry = load_registry(args.file, store.known_pd_ids())
    except (RegistryInvalidError, OSError) as exc:
        return _report_invalid(exc)
    if args.dry_run:
        print(f"valid: {len(registry.perangkat_daerah)} perangkat daerah, {len(registry.applications)} aplikasi")
        return EXIT_OK
    pds, apps = store.apply(registry)
    print(f"diimpor: {pds} perangkat daerah, {apps} aplikasi")
    return EXIT_OK


def _report_invalid(exc: Exception) -> int:
    if isinstance(exc, RegistryInvalidError):
        for error in exc.errors:
            print(str(error), file=sys.stderr)
        print(f"{len(exc.errors)} kesalahan; tidak ada yang diterapkan.", file=sys.stderr)
    else:
        print(f"berkas tidak terbaca: {exc}", file=sys.stderr)
    return EXIT_INVALID


def _worker(args: argparse.Namespace, settings: Settings) -> int:
    from pantau_common.heartbeat import run_beside, worker_sides

    from .kafka_worker import CachedLoader, CheckWorker
    from .registry_pg import PostgresRegistry
    from .state_pg import PostgresStateStore

    checker = Checker(
        checker_config(settings), AppSecrets.from_env(os.environ), PostgresStateStore(settings.database_url)
    )
    worker = CheckWorker(
        settings.kafka,
        settings.topics,
        CachedLoader(PostgresRegistry(settings.database_url)),
        checker,
        concurrency(settings),
        database_url=settings.database_url,
    )
    run(_until_signal(run_beside(worker.run(), *worker_sides(settings)), worker.stop))
    return EXIT_OK


def _scheduler(args: argparse.Namespace, settings: Settings) -> int:
    from pantau_common.heartbeat import run_beside, worker_sides
    from pantau_common.retention import RetentionConfig
    from pantau_common.retention_pg import retention_loop

    from .scheduler import Scheduler

    scheduler = Scheduler(settings.kafka, settings.topics, settings.database_url, scheduler_config(settings))
    # The scheduler also rolls old check results up into daily summaries and forgets the messages
    # Kafka can no longer redeliver (one replica at a time); a keep window Kafka outlasts stops it here.
    retention = partial(retention_loop, settings.database_url, RetentionConfig.from_settings(settings))
    run(_until_signal(run_beside(scheduler.run(), *worker_sides(settings, retention)), scheduler.stop))
    return EXIT_OK


def run(job: Coroutine[Any, Any, T]) -> T:
    """Run ``job`` on uvloop's event loop: libuv spends less CPU per connection than asyncio's own."""
    _tune_gc()
    with asyncio.Runner(loop_factory=uvloop.new_event_loop) as runner:
        return runner.run(job)


def _tune_gc() -> None:
    """Collect cycles less often: a check allocates tens of thousands of objects, nearly none in a cycle.

    With the default threshold (700) the collector ran dozens of times per check, each time
    walking the pages and events of the concurrent checks; what was loaded at start (modules, the
    registry, the configuration) is set aside for good, so that no full collection walks it again.
    """
    gc.freeze()
    gc.set_threshold(*_GC_THRESHOLD)


async def _until_signal(job: object, stop: object) -> None:
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop)  # type: ignore[arg-type]
    await job  # type: ignore[misc]


def _once(args: argparse.Namespace, settings: Settings) -> int:
    from pantau_common.registry.files import load_registry

    try:
        registry = load_registry(args.file)
    except (RegistryInvalidError, OSError) as exc:
        return _report_invalid(exc)
    # Each application is checked once: there is no unchanged page to reuse an analysis for, nor a
    # next check to compare the page's structure with.
    checker = Checker(
        replace(checker_config(settings), unchanged_pages=0, baselines=False), AppSecrets.from_env(os.environ)
    )
    selected = _selected(registry, args.app)
    display = progress.choose(sys.stdout, sys.stderr, len(selected.applications), args.json)
    try:
        events = run(check_all(checker, selected, concurrency(settings), args.cycle_id, display))
    finally:
        display.close()
    return EXIT_PROBLEMS if any(_problem(e) for e in events) else EXIT_OK


def _selected(registry: Registry, only: list[str]) -> Registry:
    if not only:
        return registry
    return Registry(registry.perangkat_daerah, tuple(a for a in registry.applications if a.id in only))


async def check_all(
    checker: Checker,
    registry: Registry,
    limit: int,
    cycle_id: str | None,
    show: Callable[[ApplicationChecked], None] | None = None,
) -> list[ApplicationChecked]:
    """Check every application of a registry, showing each event as it completes (a JSON line by default)."""
    gate = asyncio.Semaphore(max(1, limit))
    display = show or progress.JsonLines(sys.stdout)

    async def one(app: AppSpec) -> ApplicationChecked:
        async with gate:
            event = await checker.checked(app, cycle_id)  # one check's bug does not end the run
        display(event)
        return event

    return list(await asyncio.gather(*(one(a) for a in registry.applications)))


def _problem(event: ApplicationChecked) -> bool:
    return event.availability != "aktif" or any(f.severity in ("tinggi", "kritis") for f in event.findings)


if __name__ == "__main__":
    sys.exit(main())
