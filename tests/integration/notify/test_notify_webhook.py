"""Signed webhooks against a real HTTP receiver on 127.0.0.1: retries, exactly one delivery, dead letters."""

from __future__ import annotations

import asyncio
import json
import logging
import time
from pathlib import Path

import pytest
from notify_parts import HOOK_SECRET, LOOPBACK, SECRET_ENV, Receiver, add_notification, notification_row
from pantau_testing import query

from pantau_common.netguard import IPNetwork, parse_networks
from pantau_common.notify import NotificationRelay, NotifyConfig, RetryPolicy, WebhookSender, verify_signature
from pantau_common.notify.relay import notification_relay
from pantau_common.secrets import APP_SECRETS_DIR, AppSecrets

pytestmark = pytest.mark.integration
HOOK_REF = "env:PANTAU_APP_SECRET_TEST_HOOK"


async def _run(
    url: str, max_attempts: int = 6, rounds: int = 10, allow: tuple[IPNetwork, ...] = LOOPBACK
) -> NotificationRelay:
    """Run a relay without backoff for a few rounds, more than the tries it may make."""
    config = NotifyConfig(retry=RetryPolicy(max_attempts=max_attempts, base_s=0))
    sender = WebhookSender(5.0, AppSecrets.from_env(SECRET_ENV), allow=allow)
    relay = NotificationRelay(url, {"webhook": sender}, config)
    try:
        for _ in range(rounds):
            await relay.run_once()
    finally:
        await sender.aclose()
    return relay


def test_a_receiver_that_fails_three_times_then_succeeds_gets_the_message_exactly_once(
    database_url: str, receiver: Receiver, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    receiver.script = [500, 500, 500]
    sent_id = add_notification(database_url, "webhook", receiver.url, secret_ref=HOOK_REF)

    relay = asyncio.run(_run(database_url))

    assert receiver.deliveries() == [str(sent_id)] * 4
    assert len({hit.body for hit in receiver.hits}) == 1  # the same message every time
    row = notification_row(database_url, sent_id)
    assert row["sent_at"] is not None and row["attempts"] == 4 and relay.sent == 1
    assert row["receipt"] == '200 {"diterima": true}'
    assert HOOK_SECRET not in caplog.text


def test_every_try_is_signed_with_the_contacts_secret(database_url: str, receiver: Receiver) -> None:
    receiver.script = [500]
    add_notification(database_url, "webhook", receiver.url, secret_ref=HOOK_REF)

    asyncio.run(_run(database_url))

    for hit in receiver.hits:
        stamp, signature = hit.headers["x-pantau-timestamp"], hit.headers["x-pantau-signature"]
        assert verify_signature(HOOK_SECRET, stamp, hit.body, signature, now=time.time())
        assert not verify_signature("kunci-lain", stamp, hit.body, signature, now=time.time())
        assert hit.headers["user-agent"] == "Pantau" and hit.headers["content-type"].startswith("application/json")
    document = json.loads(receiver.hits[-1].body)
    assert document["type"] == "pantau.notification.v1" and document["data"]["pd_id"] == "dinkes"
    assert HOOK_SECRET.encode() not in receiver.hits[-1].body


def test_a_receiver_that_always_fails_ends_dead_with_a_dead_letter(database_url: str, receiver: Receiver) -> None:
    receiver.then = 500
    sent_id = add_notification(database_url, "webhook", receiver.url, secret_ref=HOOK_REF)

    asyncio.run(_run(database_url, max_attempts=3))

    row = notification_row(database_url, sent_id)
    assert len(receiver.hits) == 3
    assert row["dead_at"] is not None and row["sent_at"] is None and row["attempts"] == 3
    assert row["last_error"] == "webhook menjawab HTTP 500"
    [letter] = query(database_url, "SELECT * FROM dead_letters")
    assert (letter["consumer"], letter["topic"], letter["offset"]) == ("notifier", "notifications", sent_id)
    assert "gagal setelah 3 kali: webhook menjawab HTTP 500" in letter["reason"]


def test_a_redirect_is_not_followed(database_url: str, receiver: Receiver) -> None:
    receiver.script = [302]
    sent_id = add_notification(database_url, "webhook", receiver.url, secret_ref=HOOK_REF)

    asyncio.run(_run(database_url, rounds=1))

    assert [hit.path for hit in receiver.hits] == ["/hook"]
    assert "pengalihan tidak diikuti" in notification_row(database_url, sent_id)["last_error"]


def test_a_contact_without_a_secret_is_never_sent_unsigned(database_url: str, receiver: Receiver) -> None:
    sent_id = add_notification(database_url, "webhook", receiver.url, secret_ref=None)

    asyncio.run(_run(database_url, rounds=2))

    row = notification_row(database_url, sent_id)
    assert receiver.hits == [] and row["dead_at"] is not None and row["attempts"] == 1
    assert "tanpa secret_ref" in row["last_error"]


def test_an_unreachable_receiver_is_a_retry_whose_error_hides_the_url(database_url: str) -> None:
    url = "http://127.0.0.1:9/hook?token=rahasia-gateway"
    sent_id = add_notification(database_url, "webhook", url, secret_ref=HOOK_REF)

    asyncio.run(_run(database_url, rounds=1))

    row = notification_row(database_url, sent_id)
    assert row["dead_at"] is None and row["last_error"] == "webhook tidak terjangkau (ConnectError)"


def test_without_an_allowance_a_webhook_on_loopback_gets_nothing_and_fails_for_good(
    database_url: str, receiver: Receiver
) -> None:
    sent_id = add_notification(database_url, "webhook", receiver.url, secret_ref=HOOK_REF)

    relay = asyncio.run(_run(database_url, rounds=3, allow=()))

    row = notification_row(database_url, sent_id)
    assert receiver.hits == [] and relay.sent == 0
    assert row["dead_at"] is not None and row["sent_at"] is None and row["attempts"] == 1
    assert (
        row["last_error"] == "alamat webhook diblokir: alamat internal/privat: 127.0.0.1 bukan alamat publik (loopback)"
    )
    [letter] = query(database_url, 'SELECT reason FROM dead_letters WHERE "offset" = %s', (sent_id,))
    assert "alamat webhook diblokir: alamat internal/privat" in letter["reason"]


@pytest.mark.parametrize(
    "address",
    [
        "http://169.254.169.254/latest/meta-data/",
        "http://10.20.30.40:5432/",
        "http://[::1]:9092/",
        "http://0.0.0.0:80/",
    ],
)
def test_the_metadata_address_and_private_ranges_are_refused_without_a_connection(
    database_url: str, address: str
) -> None:
    sent_id = add_notification(database_url, "webhook", address, secret_ref=HOOK_REF)

    asyncio.run(_run(database_url, rounds=1, allow=()))

    row = notification_row(database_url, sent_id)
    assert row["dead_at"] is not None and row["attempts"] == 1
    assert row["last_error"].startswith("alamat webhook diblokir: alamat internal/privat: ")


def test_a_name_that_resolves_to_loopback_is_refused(database_url: str, receiver: Receiver) -> None:
    # "localhost" is a name: only the resolver, at send time, says it is 127.0.0.1 (or ::1).
    by_name = receiver.url.replace("127.0.0.1", "localhost")
    sent_id = add_notification(database_url, "webhook", by_name, secret_ref=HOOK_REF)

    asyncio.run(_run(database_url, rounds=2, allow=()))

    row = notification_row(database_url, sent_id)
    assert receiver.hits == [] and row["dead_at"] is not None
    assert row["last_error"].startswith("alamat webhook diblokir: alamat internal/privat: ")


def test_a_name_whose_addresses_are_all_allowed_is_delivered_to_the_checked_address(
    database_url: str, receiver: Receiver
) -> None:
    by_name = receiver.url.replace("127.0.0.1", "localhost")
    sent_id = add_notification(database_url, "webhook", by_name, secret_ref=HOOK_REF)

    asyncio.run(_run(database_url, rounds=1, allow=parse_networks("127.0.0.1/32, ::1/128")))

    assert receiver.deliveries() == [str(sent_id)]
    assert notification_row(database_url, sent_id)["sent_at"] is not None


def test_a_redirect_from_an_allowed_receiver_to_an_internal_service_reaches_nothing(
    database_url: str, receiver: Receiver, internal_service: Receiver
) -> None:
    receiver.script = [307]
    receiver.location = internal_service.url.replace("/hook", "/admin/hapus-semua")
    sent_id = add_notification(database_url, "webhook", receiver.url, secret_ref=HOOK_REF)

    asyncio.run(_run(database_url, rounds=1))

    assert [hit.path for hit in receiver.hits] == ["/hook"] and internal_service.hits == []
    assert "pengalihan tidak diikuti" in notification_row(database_url, sent_id)["last_error"]


DATABASE_URI = "postgresql://pantau:sandi-basis-data-7f3a@pantau-db-rw:5432/pantau"


def _worker_environment(apps_dir: Path) -> dict[str, str]:
    """Return the notifier's environment: its own secrets beside the applications' (the hook's key)."""
    return {
        "PANTAU_DATABASE_URI": DATABASE_URI,
        "KAFKA_SASL_PASSWORD": "sandi-kafka-sasl-19be",
        "PANTAU_APP_SECRETS_DIR": str(apps_dir),
        **SECRET_ENV,
    }


async def _relay_once(database_url: str, environ: dict[str, str]) -> None:
    """Run one round of the relay the workflow builds from its environment."""
    config = NotifyConfig(retry=RetryPolicy(max_attempts=3, base_s=0), webhook_allow=LOOPBACK)
    async with notification_relay(database_url, config, environ) as relay:
        await relay.run_once()


@pytest.mark.parametrize(
    "ref",
    [
        "env:PANTAU_DATABASE_URI",
        "env:KAFKA_SASL_PASSWORD",
        "file:/etc/passwd",
        f"file:{APP_SECRETS_DIR}/../bocor",
        f"file:{APP_SECRETS_DIR}/tautan-keluar",
    ],
)
def test_a_webhook_keyed_by_the_workers_own_secret_is_never_sent(
    database_url: str, receiver: Receiver, tmp_path: Path, caplog: pytest.LogCaptureFixture, ref: str
) -> None:
    caplog.set_level(logging.DEBUG)
    apps_dir = tmp_path / "pantau-apps"
    apps_dir.mkdir()
    (tmp_path / "bocor").write_text(DATABASE_URI + "\n")
    (apps_dir / "tautan-keluar").symlink_to(tmp_path / "bocor")  # a link out of the directory
    sent_id = add_notification(database_url, "webhook", receiver.url, secret_ref=ref)

    asyncio.run(_relay_once(database_url, _worker_environment(apps_dir)))

    row = notification_row(database_url, sent_id)
    assert receiver.hits == [] and row["dead_at"] is not None and row["attempts"] == 1
    assert row["last_error"] == "secret_ref webhook berada di luar tempat rahasia aplikasi: pesan tidak dikirim"
    assert "sandi-basis-data" not in caplog.text and "sandi-kafka" not in caplog.text


def test_a_webhook_keyed_by_an_applications_secret_file_is_sent(
    database_url: str, receiver: Receiver, tmp_path: Path
) -> None:
    apps_dir = tmp_path / "pantau-apps"
    apps_dir.mkdir()
    (apps_dir / "dinkes-hook").write_text(HOOK_SECRET + "\n")
    sent_id = add_notification(database_url, "webhook", receiver.url, secret_ref=f"file:{APP_SECRETS_DIR}/dinkes-hook")

    asyncio.run(_relay_once(database_url, _worker_environment(apps_dir)))

    [hit] = receiver.hits
    stamp, signature = hit.headers["x-pantau-timestamp"], hit.headers["x-pantau-signature"]
    assert verify_signature(HOOK_SECRET, stamp, hit.body, signature, now=time.time())
    assert notification_row(database_url, sent_id)["sent_at"] is not None
