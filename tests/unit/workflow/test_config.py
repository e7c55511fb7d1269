"""The workflow's settings: parsed once, with errors that name the variable."""

from __future__ import annotations

from datetime import timedelta

import pytest

from pantau_common.settings import Settings
from pantau_workflow.config import ConfigError, WorkflowConfig, workflow_config


def config(**env: str) -> WorkflowConfig:
    return workflow_config(Settings.from_env({f"PANTAU_{k}": v for k, v in env.items()}))


def test_the_defaults_run_the_monthly_schedule_and_the_relay():
    assert config() == WorkflowConfig(timedelta(minutes=30), 1, 5.0, True)


def test_the_variables_set_the_round_the_schedule_the_tick_and_the_relay():
    parsed = config(
        WORKFLOW_ROUND_TIMEOUT_MINUTES="3",
        WORKFLOW_MONTHLY_DAY="5",
        WORKFLOW_TICK_SECONDS="0.5",
        WORKFLOW_RELAY="off",
    )
    assert parsed == WorkflowConfig(timedelta(minutes=3), 5, 0.5, False)
    assert (parsed.policy.round_timeout, parsed.policy.monthly_day) == (timedelta(minutes=3), 5)


def test_the_variables_set_static_membership_and_the_status_batches():
    parsed = config(WORKFLOW_INSTANCE_ID=" workflow-0 ", WORKFLOW_BATCH_SIZE="200", WORKFLOW_BATCH_WAIT_MS="20")
    assert (parsed.instance_id, parsed.batch_size, parsed.batch_wait_s) == ("workflow-0", 200, 0.02)
    assert config(WORKFLOW_INSTANCE_ID="").instance_id is None  # dynamic membership


def test_day_0_turns_the_monthly_schedule_off():
    assert config(WORKFLOW_MONTHLY_DAY="0").policy.monthly_day is None


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("WORKFLOW_ROUND_TIMEOUT_MINUTES", "setengah jam"),
        ("WORKFLOW_ROUND_TIMEOUT_MINUTES", "0"),
        ("WORKFLOW_MONTHLY_DAY", "32"),
        ("WORKFLOW_MONTHLY_DAY", "satu"),
        ("WORKFLOW_TICK_SECONDS", "-1"),
        ("WORKFLOW_RELAY", "mungkin"),
    ],
)
def test_an_invalid_value_is_refused_naming_its_variable(name, value):
    with pytest.raises(ConfigError, match=f"PANTAU_{name}"):
        config(**{name: value})


def test_the_metrics_are_read_every_fifteen_seconds_unless_set():
    assert (config().metrics_every_s, config(WORKFLOW_METRICS_SECONDS="1").metrics_every_s) == (15.0, 1.0)
    with pytest.raises(ConfigError, match="PANTAU_WORKFLOW_METRICS_SECONDS"):
        config(WORKFLOW_METRICS_SECONDS="sering")
