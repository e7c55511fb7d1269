"""The ``pantau-reporter`` command line."""

from __future__ import annotations

from pathlib import Path

import pytest

from pantau_reporter.__main__ import main


def test_demo_ca_is_created_under_the_data_dir_and_kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PANTAU_DATA_DIR", str(tmp_path))
    assert main(["demo-ca"]) == 0
    cert = tmp_path / "demo-ca" / "signer.pem"
    before = cert.read_bytes()
    assert main(["demo-ca"]) == 0
    assert cert.read_bytes() == before
    assert main(["demo-ca", "--force"]) == 0
    assert cert.read_bytes() != before
    assert oct((tmp_path / "demo-ca" / "signer.key").stat().st_mode)[-3:] == "600"


def test_a_subcommand_is_required() -> None:
    with pytest.raises(SystemExit):
        main([])


def test_a_bad_setting_stops_the_command_with_the_variable_named(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("PANTAU_REPORTER_SIGNER", "bsree")
    assert main(["demo-ca"]) == 2
    assert "PANTAU_REPORTER_SIGNER" in capsys.readouterr().err


@pytest.mark.parametrize("bulan", ["9999-12", "2026-13", "desember", "1999-12"])
def test_a_bad_month_is_a_usage_error_not_a_traceback(bulan: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["laporan", "--bulan", bulan])
    assert stopped.value.code == 2
    err = capsys.readouterr().err
    assert "bulan tidak valid" in err and "Traceback" not in err
