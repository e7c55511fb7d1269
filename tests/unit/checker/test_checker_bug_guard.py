"""A bug of the checker's own ends one application's check, not a worker's round nor a one-shot run."""

from __future__ import annotations

import asyncio
import logging

import pytest

from pantau_checker.__main__ import check_all
from pantau_checker.config import CheckerConfig
from pantau_checker.core.state import AppMemory
from pantau_checker.probe import Checker
from pantau_common.registry.model import AppSpec, PerangkatDaerah, Registry
from pantau_common.secrets import AppSecrets

APPS = tuple(
    AppSpec(id=f"app-{i}", pd_id="dinkes", nama=f"Aplikasi {i}", url=f"http://app-{i}.bekasikota.go.id/")
    for i in range(3)
)


class BrokenState:
    """A state store with a bug for one application: its memory cannot be read."""

    def __init__(self, broken: str) -> None:
        self.broken = broken

    async def load(self, app_id: str) -> AppMemory:
        if app_id == self.broken:
            raise KeyError(app_id)
        raise RuntimeError("no other application is checked in this test")

    async def save(self, app_id: str, memory: AppMemory) -> None:
        raise AssertionError("nothing is saved after a failed read")


def test_a_checks_bug_is_reported_as_an_unknown_failure_of_that_application(caplog: pytest.LogCaptureFixture) -> None:
    checker = Checker(CheckerConfig(), AppSecrets.from_env({}), state=BrokenState("app-1"))
    with caplog.at_level(logging.ERROR):
        event = asyncio.run(checker.checked(APPS[1], "cycle-7"))
    assert (event.app_id, event.availability, event.reason, event.cycle_id) == (
        "app-1",
        "tidak_aktif",
        "galat_lain",
        "cycle-7",
    )
    assert "check of app-1 failed unexpectedly" in caplog.text and "KeyError" in caplog.text


def test_a_one_shot_run_reports_every_application_when_checks_raise() -> None:
    # Before the guard, asyncio.gather ended the whole run with the first check's exception: no line for any.
    registry = Registry((PerangkatDaerah(id="dinkes", nama="Dinas Kesehatan", singkatan="DINKES"),), APPS)
    lines: list[str] = []
    events = asyncio.run(
        check_all(
            Checker(CheckerConfig(), AppSecrets.from_env({}), state=BrokenState("app-1")),
            registry,
            2,
            None,
            lambda e: lines.append(e.app_id),
        )
    )
    assert [e.app_id for e in events] == ["app-0", "app-1", "app-2"]
    assert {e.reason for e in events} == {"galat_lain"} and sorted(lines) == ["app-0", "app-1", "app-2"]
