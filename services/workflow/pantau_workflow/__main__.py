"""Composition root of the workflow service: ``pantau-workflow``."""

from __future__ import annotations

import argparse
import asyncio
import os
from datetime import timedelta

import faust
from psycopg.rows import dict_row
from psycopg_pool import ConnectionPool

from pantau_common.db import redact
from pantau_common.kafka import ensure_fixed_topics
from pantau_common.logs import configure
from pantau_common.settings import Settings
from pantau_contracts.definition import load_definition

from .app import create_app
from .domain.model import Policy
from .service import Workflow


def build(settings: Settings) -> tuple[faust.App, ConnectionPool]:
    """Wire the workflow's real adapters."""
    pool: ConnectionPool = ConnectionPool(
        settings.database_url,
        kwargs={"row_factory": dict_row},
        min_size=1,
        max_size=4,
        open=True,
        name="workflow",
        check=ConnectionPool.check_connection,
    )
    round_minutes = float(settings.get("WORKFLOW_ROUND_TIMEOUT_MINUTES", "30"))
    monthly_day = int(settings.get("WORKFLOW_MONTHLY_DAY", "1")) or None  # 0 turns the schedule off
    sop_file = settings.get("WORKFLOW_SOP_FILE")
    sop = load_definition(open(sop_file, encoding="utf-8").read() if sop_file else None)
    workflow = Workflow(
        pool, sop, settings.topics, Policy(round_timeout=timedelta(minutes=round_minutes), monthly_day=monthly_day)
    )
    tick = float(settings.get("WORKFLOW_TICK_SECONDS", "5"))
    relay = settings.get("WORKFLOW_RELAY", "on") != "off"
    return create_app(settings, workflow, tick_seconds=tick, run_relay=relay), pool


def main(argv: list[str] | None = None) -> None:
    """Run the workflow worker until stopped."""
    parser = argparse.ArgumentParser(prog="pantau-workflow", description="Pantau SOP workflow (faust worker)")
    parser.add_argument("--loglevel", default="INFO")
    args = parser.parse_args(argv)
    configure(args.loglevel)
    settings = Settings.from_env(os.environ)
    asyncio.run(ensure_fixed_topics(settings.kafka_bootstrap, settings.topics, settings.topic_replication))
    app, pool = build(settings)
    import logging

    logging.getLogger(__name__).info(
        "workflow starting: kafka=%s db=%s", settings.kafka_bootstrap, redact(settings.database_url)
    )
    try:
        faust.Worker(app, loglevel=args.loglevel.lower()).execute_from_commandline()
    finally:
        pool.close()


if __name__ == "__main__":
    main()
