"""Who may see the reporter's internal pages: the web with the shared token, or this host when none is set."""

from __future__ import annotations

from pathlib import Path

import pytest

from pantau_common import internal
from pantau_common.config import ConfigError
from pantau_common.settings import Settings

ENV = {"PANTAU_TOKEN": "rahasia-bersama-31"}


def test_with_a_token_only_its_holder_is_admitted() -> None:
    assert internal.admits("env:PANTAU_TOKEN", ENV, "rahasia-bersama-31", "10.0.0.7")
    assert not internal.admits("env:PANTAU_TOKEN", ENV, "rahasia-bersama-3", "10.0.0.7")
    assert not internal.admits("env:PANTAU_TOKEN", ENV, None, "127.0.0.1")  # this host needs it too


def test_without_a_token_only_this_host_is_admitted() -> None:
    assert internal.admits("", {}, None, "127.0.0.1")
    assert internal.admits("", {}, None, "::1")
    assert not internal.admits("", {}, None, "10.0.0.7")
    assert not internal.admits("", {}, "apa-saja", None)


def test_an_unreadable_or_empty_token_admits_no_one(tmp_path: Path) -> None:
    assert not internal.admits(f"file:{tmp_path}/tidak-ada", {}, "", "127.0.0.1")
    (tmp_path / "kosong").write_text("\n")
    assert not internal.admits(f"file:{tmp_path}/kosong", {}, "", "127.0.0.1")


def test_the_setting_must_be_a_reference_not_the_token() -> None:
    with pytest.raises(ConfigError, match="PANTAU_REPORTER_INTERNAL_TOKEN_REF"):
        internal.token_ref(Settings(extra={"PANTAU_REPORTER_INTERNAL_TOKEN_REF": "rahasia-bersama-31"}))
    assert internal.token_ref(Settings()) == ""
