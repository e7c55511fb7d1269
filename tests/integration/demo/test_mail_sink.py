"""The launcher's local mail sink: under make up the notifier's e-mail lands in .eml files."""

from __future__ import annotations

import asyncio
from email import message_from_bytes, policy
from pathlib import Path
from types import ModuleType

import pytest
from pantau_testing import service_env

from pantau_common.notify.config import NotifyConfig
from pantau_common.notify.core import Notification
from pantau_common.notify.smtp import SmtpMailer
from pantau_common.settings import Settings

pytestmark = pytest.mark.integration
NOTICE = Notification(
    7, "email", "it@dinkes.bekasikota.go.id", "Aplikasi tidak aktif: Sistem Informasi Puskesmas", "Sejak 10.00 WIB."
)


def send_as_the_notifier(env: dict[str, str]) -> str:
    config = NotifyConfig.from_settings(Settings.from_env(env))
    assert config.smtp is not None
    return asyncio.run(SmtpMailer(config.smtp, env).send(NOTICE))


def test_the_notifier_delivers_to_the_mail_sink_which_keeps_each_message_as_a_file(
    launcher: ModuleType, free_port: int, tmp_path: Path
) -> None:
    run_dir = tmp_path / "run"
    env = {**service_env(Settings()), "PANTAU_DEMO_MAIL_PORT": str(free_port)}
    try:
        launcher.up(run_dir, env, only=["mail-sink"])
        receipt = send_as_the_notifier(launcher.with_mail_sink(env, run_dir))
    finally:
        launcher.down(run_dir, env, only=["mail-sink"])

    [eml] = (run_dir / "mail").glob("*.eml")
    message = message_from_bytes(eml.read_bytes(), policy=policy.default)
    assert (message["To"], message["Subject"]) == (NOTICE.address, NOTICE.subject)
    assert message["From"] == launcher.DEMO_SENDER
    assert "Sejak 10.00 WIB." in message.get_content()
    assert NOTICE.address in eml.name and eml.name in receipt


def test_a_configured_relay_or_no_sink_port_leaves_the_services_mail_settings_alone(
    launcher: ModuleType, tmp_path: Path
) -> None:
    relay = {"PANTAU_DEMO_MAIL_PORT": "18025", "PANTAU_NOTIFY_SMTP_HOST": "smtp.bekasikota.go.id"}

    for env in (relay, {"PANTAU_WEB_PORT": "8080"}):
        assert launcher.with_mail_sink(env, tmp_path) == env
        assert "mail-sink" not in [p.name for p in launcher.processes(launcher.with_mail_sink(env, tmp_path))]
