"""``pantau-reporter``: the worker, the web server (verification, downloads, dashboards), the demo CA."""

from __future__ import annotations

import argparse
import asyncio
import os
import signal
import sys
from datetime import date
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from pantau_common import logs
from pantau_common.config import ConfigError
from pantau_common.db import require_schema
from pantau_common.settings import Settings

from .config import ReporterConfig, reporter_config

if TYPE_CHECKING:  # granian is imported by `serve` only
    from pantau_common.wsgi_server import WSGIApp


def main(argv: list[str] | None = None) -> int:
    """Run one reporter subcommand."""
    parser = argparse.ArgumentParser(prog="pantau-reporter", description="Pantau reporter service")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("worker", help="consume SOP events and render, sign and deliver documents")
    serve = sub.add_parser("serve", help="serve verification, downloads and dashboards")
    serve.add_argument("--host", default=None)
    serve.add_argument("--port", type=int, default=None)
    report = sub.add_parser("laporan", help="render and store the monthly Wali Kota report")
    report.add_argument("--bulan", type=_month, help="YYYY-MM (default: this month)")
    report.add_argument("--keluar", type=Path, help="also write the PDF to this file")
    ca = sub.add_parser("demo-ca", help="create the local demo CA under the data directory")
    ca.add_argument("--force", action="store_true", help="replace an existing demo CA")
    args = parser.parse_args(argv)
    settings = Settings.from_env(os.environ)
    try:
        config = reporter_config(settings)
    except ConfigError as exc:
        print(f"pantau-reporter: {exc}", file=sys.stderr)
        return 2
    logs.configure(config.log_level, os.environ)
    if args.command != "demo-ca":
        require_schema(settings.database_url)
    if args.command == "worker":
        return _worker(settings, config)
    if args.command == "serve":
        return _serve(settings, config, args.host, args.port)
    if args.command == "laporan":
        return _laporan(settings, config, args.bulan, args.keluar)
    return _demo_ca(config, args.force)


def _worker(settings: Settings, config: ReporterConfig) -> int:
    from pantau_common.heartbeat import run_beside, worker_sides
    from pantau_common.outbox import relay_outbox
    from pantau_contracts.topics import REPORTER

    from .bootstrap import build_reporter
    from .monthly_worker import run_monthly
    from .worker import ReporterWorker

    reporter = build_reporter(settings, config)
    worker = ReporterWorker(settings, reporter)
    # The reporter relays its own outbox rows (document answers), as the only writer of their topic.
    sides = [partial(relay_outbox, settings, REPORTER), partial(run_monthly, settings, reporter.monthly)]
    if config.bsre is not None:  # the Kepala Dinas's passphrase comes in through the signing door
        from .signing_door import serve_door

        sides.append(partial(serve_door, settings, reporter, config.signing_host, config.signing_port))

    async def run() -> None:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, stop.set)
        await run_beside(worker.run(stop), *worker_sides(settings, *sides))

    asyncio.run(run())
    return 0


def _serve(settings: Settings, config: ReporterConfig, host: str | None, port: int | None) -> int:
    from pantau_common import metrics
    from pantau_common.wsgi_server import Serving, serve

    # One process: the verification limits (checks at once, uploads per address) are counted in it.
    try:
        serving = Serving.from_settings(
            settings, "pantau-reporter", (host or config.host, port or config.port), 1, log_level=config.log_level
        )
    except ConfigError as exc:
        print(f"pantau-reporter: {exc}", file=sys.stderr)
        return 2
    serve(serving, _web_app, on_startup=[lambda: metrics.serve(metrics.MetricsConfig.from_settings(settings))])
    return 0


def _web_app() -> WSGIApp:
    """Build the web app in a granian worker process, from the environment the supervisor passed down."""
    from .web import create_app

    return create_app(Settings.from_env(os.environ))


def _month(value: str) -> date:
    """Parse ``--bulan``: a clear usage error for a malformed month or one outside the records."""
    from .reports import month_of

    try:
        return month_of(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"bulan tidak valid: {value!r} (YYYY-MM, sampai bulan ini)") from None


def _laporan(settings: Settings, config: ReporterConfig, bulan: date | None, out: Path | None) -> int:
    from pantau_common.db import connect

    from .reports import month_of, store_monthly_report
    from .sources_pg import PostgresSources
    from .store_pg import PostgresDocuments

    with connect(settings.database_url) as conn:
        doc_id, pdf = store_monthly_report(
            PostgresSources(conn), PostgresDocuments(conn), bulan or month_of(None), config.kop
        )
    if out:
        out.write_bytes(pdf)
    print(f"laporan Wali Kota tersimpan sebagai dokumen {doc_id}")
    return 0


def _demo_ca(config: ReporterConfig, force: bool) -> int:
    from .signing import create_demo_ca

    paths = create_demo_ca(config.ca_dir, force=force)
    print(f"demo CA: {paths.ca_cert} (signer {paths.signer_cert})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
