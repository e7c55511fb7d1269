"""The heartbeat: touched from the event loop, read by the same rule as the liveness probe."""

from __future__ import annotations

import asyncio
import os
import time

import pytest

from pantau_common.config import ConfigError
from pantau_common.heartbeat import HeartbeatConfig, beat, is_fresh, keep_beating, run_beside
from pantau_common.settings import Settings


def test_a_fresh_beat_passes_and_an_old_one_fails(tmp_path):
    path = str(tmp_path / "heartbeat")
    beat(path)
    os.utime(path, (time.time() - 61, time.time() - 61))

    assert not is_fresh(path, 60)
    beat(path)
    assert is_fresh(path, 60)
    assert not is_fresh(str(tmp_path / "missing"), 60)


def test_the_worker_beats_while_its_job_runs_and_stops_with_it(tmp_path):
    path = tmp_path / "heartbeat"
    config = HeartbeatConfig(str(path), max_age_s=0.2)

    async def job() -> None:
        await asyncio.sleep(0.2)

    asyncio.run(asyncio.wait_for(run_beside(job(), lambda stop: keep_beating(config, stop)), 5))

    assert path.exists()


def test_a_hung_loop_stops_beating(tmp_path):
    path = tmp_path / "heartbeat"
    config = HeartbeatConfig(str(path), max_age_s=0.2)

    async def hung_job() -> None:
        await asyncio.sleep(0.01)
        beaten = path.stat().st_mtime
        time.sleep(0.3)  # a blocking call: nothing else on the loop runs
        assert path.stat().st_mtime == beaten
        assert not is_fresh(str(path), config.max_age_s)

    asyncio.run(run_beside(hung_job(), lambda stop: keep_beating(config, stop)))


def test_no_file_no_heartbeat_and_the_settings_agree_with_the_probe():
    assert HeartbeatConfig.from_settings(Settings()) == HeartbeatConfig("", 60.0)
    env = {"PANTAU_HEARTBEAT_FILE": "/tmp/heartbeat", "PANTAU_HEARTBEAT_MAX_AGE_SECONDS": "60"}
    config = HeartbeatConfig.from_settings(Settings.from_env(env))
    assert (config.path, config.max_age_s, config.every_s) == ("/tmp/heartbeat", 60.0, 10.0)


@pytest.mark.parametrize("bad", ["x", "0", "-3"])
def test_a_bad_max_age_is_an_error_naming_the_variable(bad):
    with pytest.raises(ConfigError, match="PANTAU_HEARTBEAT_MAX_AGE_SECONDS"):
        HeartbeatConfig.from_settings(Settings.from_env({"PANTAU_HEARTBEAT_MAX_AGE_SECONDS": bad}))
