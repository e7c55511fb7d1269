"""PANTAU_MESSAGE_KEEP_DAYS must outlast the Kafka topics' retention, or the retention job refuses to start."""

from __future__ import annotations

import pytest

from pantau_common.config import ConfigError
from pantau_common.retention import RetentionConfig
from pantau_common.settings import Settings
from pantau_contracts.topics import redelivery_days


def _config(**env: str) -> RetentionConfig:
    return RetentionConfig.from_settings(Settings.from_env(env))


def test_messages_are_kept_longer_than_kafka_keeps_them_by_default() -> None:
    assert _config().message_keep_days == 45 > redelivery_days()


def test_a_day_longer_than_the_topics_retention_is_enough() -> None:
    assert _config(PANTAU_MESSAGE_KEEP_DAYS=str(redelivery_days() + 1)).message_keep_days == redelivery_days() + 1


@pytest.mark.parametrize("days", ["7", "30", "0"])
def test_a_window_kafka_outlasts_is_refused_with_the_topics_retention(days: str) -> None:
    with pytest.raises(ConfigError, match=r"PANTAU_MESSAGE_KEEP_DAYS \(\d+\) harus lebih lama .* \(30 hari\)"):
        _config(PANTAU_MESSAGE_KEEP_DAYS=days)


@pytest.mark.parametrize("bad", ["sebulan", "-40"])
def test_a_value_that_is_not_a_number_of_days_is_refused(bad: str) -> None:
    with pytest.raises(ConfigError, match="PANTAU_MESSAGE_KEEP_DAYS"):
        _config(PANTAU_MESSAGE_KEEP_DAYS=bad)


def test_dead_letters_are_kept_half_a_year_unless_told_otherwise() -> None:
    assert _config().dead_letter_keep_days == 180
    assert _config(PANTAU_DEAD_LETTER_KEEP_DAYS="365").dead_letter_keep_days == 365


@pytest.mark.parametrize("bad", ["0", "selamanya", "-1"])
def test_an_unusable_dead_letter_window_is_refused(bad: str) -> None:
    with pytest.raises(ConfigError, match="PANTAU_DEAD_LETTER_KEEP_DAYS"):
        _config(PANTAU_DEAD_LETTER_KEEP_DAYS=bad)
