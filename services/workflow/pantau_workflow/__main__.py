"""Composition root of the workflow service: ``pantau-workflow``."""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
from typing import Any

import faust
from psycopg_pool import ConnectionPool

from pantau_common import metrics
from pantau_common.db import connect, make_pool, redact, require_schema
from pantau_common.kafka import ensure_topics
from pantau_common.logs import configure, dict_config, secret_values
from pantau_common.settings import Settings

from .app import create_app
from .config import WorkflowConfig, workflow_config
from .service import Workflow

log = logging.getLogger(__name__)


def use_cases(settings: Settings, config: WorkflowConfig) -> Workflow:
    """Return the use cases on the city's SOP definition (PANTAU_SOP_FILE) and the workflow's policy."""
    return Workflow(settings.sop(), settings.topics, config.policy, public_url=settings.public_url)


def build(settings: Settings) -> tuple[faust.App, ConnectionPool[Any]]:
    """Wire the workflow's real adapters: PostgreSQL and Kafka."""
    config = workflow_config(settings)
    workflow = use_cases(settings, config)
    # A batch waits at most 10 s for a connection: with PostgreSQL away, the log says so then (and
    # the batch is tried again), not after the pool's default 30 s.
    pool = make_pool(settings.database_url, "workflow", max_size=4, timeout=10)
    return create_app(settings, config, workflow, pool), pool


def streams(settings: Settings) -> list[str]:
    """Return the topics to have before the first message: the fixed ones and the streams of the
    departments in use. (A department registered later gets its stream when its first event is
    sent: the brokers create it then, with a one-line complaint in the log.)"""
    with connect(settings.database_url) as conn:
        departments = [r["id"] for r in conn.execute("SELECT id FROM perangkat_daerah WHERE aktif ORDER BY id")]
    return [*settings.topics.all_fixed(), *(settings.topics.department_status(pd) for pd in departments)]


def main(argv: list[str] | None = None) -> None:
    """Run the workflow worker until stopped."""
    parser = argparse.ArgumentParser(prog="pantau-workflow", description="Pantau SOP workflow (faust worker)")
    parser.add_argument("--loglevel", default="INFO")
    args = parser.parse_args(argv)
    configure(args.loglevel, os.environ)
    settings = Settings.from_env(os.environ)
    require_schema(settings.database_url)
    asyncio.run(ensure_topics(settings.kafka, streams(settings), replication=settings.topic_replication))
    app, pool = build(settings)
    metrics.serve(metrics.MetricsConfig.from_settings(settings))
    log.info("workflow starting: kafka=%s db=%s", settings.kafka_bootstrap, redact(settings.database_url))
    try:
        # faust sets logging up again at start: hand it the same JSON lines.
        logging_config = dict_config(args.loglevel, secret_values(os.environ))
        faust.Worker(app, loglevel=args.loglevel.lower(), logging_config=logging_config).execute_from_commandline()
    finally:
        pool.close()


if __name__ == "__main__":
    main()
