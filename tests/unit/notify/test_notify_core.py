"""The notifier's pure part: the retry schedule, the webhook body, its signature and its check."""

from __future__ import annotations

import email
import hashlib
import hmac
import json
import re
from email.policy import default as default_policy
from pathlib import Path

import pytest

from pantau_common.notify.core import (
    DELIVERY_HEADER,
    SIGNATURE_HEADER,
    TIMESTAMP_HEADER,
    DeliveryError,
    Notification,
    RetryPolicy,
    sign,
    signature_headers,
    verify_signature,
    webhook_body,
)
from pantau_common.notify.smtp import email_bytes

SECRET = "kunci-rahasia-dinas"
NOW = 1_760_000_000
NOTE = Notification(
    id=42,
    channel="webhook",
    address="https://gateway.example/hook",
    subject="Tindak lanjut baru: situs Dinkes",
    body="Situs dinkes.bekasikota.go.id memuat konten judi online.",
    secret_ref="env:PANTAU_APP_SECRET_HOOK",
    payload={"kind": "follow_up.opened", "pd_id": "dinkes"},
)


def test_the_schedule_doubles_from_the_base_up_to_the_cap() -> None:
    policy = RetryPolicy(max_attempts=10, base_s=30, cap_s=300)

    assert [policy.delay_s(n) for n in range(1, 7)] == [30, 60, 120, 240, 300, 300]


def test_the_default_schedule_tries_six_times_then_gives_up() -> None:
    policy = RetryPolicy()

    waits = [policy.next_try_in(n) for n in range(1, 7)]

    assert waits == [30, 60, 120, 240, 480, None]


def test_a_permanent_failure_gives_up_at_once() -> None:
    assert RetryPolicy().next_try_in(1, permanent=True) is None


def test_a_zero_base_retries_without_waiting() -> None:
    assert RetryPolicy(max_attempts=4, base_s=0).next_try_in(3) == 0


def test_a_huge_number_of_failures_stays_at_the_cap() -> None:
    assert RetryPolicy(max_attempts=10_000, cap_s=3600).delay_s(5_000) == 3600


def test_a_long_reason_is_cut_for_the_table() -> None:
    assert len(DeliveryError("x" * 5000).reason) == 500


def test_the_webhook_body_is_json_with_the_text_and_the_data() -> None:
    document = json.loads(webhook_body(NOTE))

    assert document == {
        "type": "pantau.notification.v1",
        "delivery": "42",
        "subject": NOTE.subject,
        "text": NOTE.body,
        "data": {"kind": "follow_up.opened", "pd_id": "dinkes"},
    }
    assert webhook_body(NOTE) == webhook_body(NOTE)


def test_the_signature_is_hmac_sha256_over_timestamp_dot_body() -> None:
    body = webhook_body(NOTE)
    expected = hmac.new(SECRET.encode(), f"{NOW}.".encode() + body, hashlib.sha256).hexdigest()

    headers = signature_headers(SECRET, NOW, body)

    assert headers == {TIMESTAMP_HEADER: str(NOW), SIGNATURE_HEADER: f"sha256={expected}"}
    assert DELIVERY_HEADER == "X-Pantau-Delivery"


def test_a_signature_made_by_pantau_verifies() -> None:
    body = webhook_body(NOTE)
    headers = signature_headers(SECRET, NOW, body)

    assert verify_signature(SECRET, headers[TIMESTAMP_HEADER], body, headers[SIGNATURE_HEADER], now=NOW + 60)


@pytest.mark.parametrize(
    ("secret", "timestamp", "body", "now"),
    [
        ("kunci-lain", str(NOW), b"{}", NOW),  # another secret
        (SECRET, str(NOW), b'{"x":1}', NOW),  # another body
        (SECRET, str(NOW + 1), b"{}", NOW),  # another timestamp
        (SECRET, str(NOW), b"{}", NOW + 301),  # too old: a replay
        (SECRET, "1_760_000_000", b"{}", NOW),  # not plain digits
        (SECRET, "", b"{}", NOW),
    ],
)
def test_a_changed_or_stale_delivery_does_not_verify(secret: str, timestamp: str, body: bytes, now: int) -> None:
    signature = "sha256=" + sign(SECRET, str(NOW), b"{}")

    assert not verify_signature(secret, timestamp, body, signature, now=now)


@pytest.mark.parametrize("signature", ["", "sha256=", "sha256=zz", "md5=abc", "sha256=ü"])
def test_a_malformed_signature_does_not_verify(signature: str) -> None:
    assert not verify_signature(SECRET, str(NOW), b"{}", signature, now=NOW)


def test_the_tolerance_is_the_receivers_choice() -> None:
    signature = "sha256=" + sign(SECRET, str(NOW), b"{}")

    assert verify_signature(SECRET, str(NOW), b"{}", signature, tolerance=3600, now=NOW + 3000)


def test_the_email_carries_utf8_headers_and_body_and_a_stable_message_id() -> None:
    note = Notification(
        7, "email", "kepala@dinkes.bekasikota.go.id", "Situs tidak aktif — segera periksa", "Mohon ditindaklanjuti."
    )

    raw = email_bytes(note, "Pantau Diskominfo <pantau@bekasikota.go.id>")
    message = email.message_from_bytes(raw, policy=default_policy)

    assert raw.isascii() and b"\r\n" in raw
    assert message["Subject"] == note.subject and message["To"] == note.address
    assert message["Message-ID"] == "<pantau-notifikasi-7@bekasikota.go.id>"
    assert message.get_content().strip() == note.body


def test_a_subject_with_a_line_break_is_refused_for_good() -> None:
    note = Notification(7, "email", "a@b.go.id", "Judul\r\nBcc: lain@contoh.id", "isi")

    with pytest.raises(DeliveryError) as caught:
        email_bytes(note, "pantau@bekasikota.go.id")

    assert caught.value.permanent


def test_the_example_delivery_in_the_docs_verifies() -> None:
    doc = (Path(__file__).parents[3] / "docs" / "notifications.md").read_text("utf-8")
    example = json.loads(re.search(r"```json\n(.*?)\n```", doc, re.S).group(1))  # type: ignore[union-attr]
    headers = dict(re.findall(r"^(X-Pantau-[A-Za-z]+): (.+)$", doc, re.M))
    body = json.dumps(example, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode()
    stamp = headers[TIMESTAMP_HEADER]

    assert verify_signature("contoh-rahasia-gateway", stamp, body, headers[SIGNATURE_HEADER], now=int(stamp))
    assert headers[DELIVERY_HEADER] == example["delivery"]
