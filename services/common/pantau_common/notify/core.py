"""The notifier's pure core: a notification, the retry schedule and the webhook signature.

No I/O and no clock read here: the time comes in. ``verify_signature`` uses the standard library
only, so that a receiver can copy it as it is.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

EMAIL = "email"
WEBHOOK = "webhook"
WEBHOOK_TYPE = "pantau.notification.v1"
TIMESTAMP_HEADER = "X-Pantau-Timestamp"
SIGNATURE_HEADER = "X-Pantau-Signature"
DELIVERY_HEADER = "X-Pantau-Delivery"
SIGNATURE_SCHEME = "sha256="
DEFAULT_TOLERANCE_S = 300.0
_MAX_ERROR = 500
_MAX_EXPONENT = 30  # 2**30 times any sane base is past every cap


@dataclass(frozen=True)
class Notification:
    """One message to one recipient, as the workflow queued it."""

    id: int
    channel: str
    address: str  # an e-mail address, or the webhook URL
    subject: str
    body: str
    secret_ref: str | None = None  # the webhook signing key: env:NAME or file:/path
    payload: Mapping[str, Any] = field(default_factory=dict)
    attempts: int = 1  # the tries made so far, the current one included


class DeliveryError(Exception):
    """A try that did not deliver; ``permanent`` when trying again cannot help."""

    def __init__(self, reason: str, *, permanent: bool = False) -> None:
        super().__init__(reason)
        self.reason = reason[:_MAX_ERROR]
        self.permanent = permanent


@dataclass(frozen=True)
class RetryPolicy:
    """Exponential backoff: ``base_s``, twice that, four times ..., never more than ``cap_s``."""

    max_attempts: int = 6
    base_s: float = 30.0
    cap_s: float = 3600.0

    def delay_s(self, failures: int) -> float:
        """Return how long to wait after the ``failures``-th failed try."""
        exponent = min(max(failures - 1, 0), _MAX_EXPONENT)
        return float(min(self.cap_s, self.base_s * 2**exponent))

    def next_try_in(self, failures: int, *, permanent: bool = False) -> float | None:
        """Return the wait before the next try, or None when it is time to give up."""
        if permanent or failures >= self.max_attempts:
            return None
        return self.delay_s(failures)


def webhook_body(notification: Notification) -> bytes:
    """Return the JSON body a webhook receives (the same bytes on every try)."""
    document = {
        "type": WEBHOOK_TYPE,
        "delivery": str(notification.id),
        "subject": notification.subject,
        "text": notification.body,
        "data": dict(notification.payload),
    }
    return json.dumps(document, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode("utf-8")


def sign(secret: str, timestamp: str, body: bytes) -> str:
    """Return the hex HMAC-SHA256 of ``{timestamp}.{body}`` under ``secret``."""
    message = timestamp.encode("ascii") + b"." + body
    return hmac.new(secret.encode("utf-8"), message, hashlib.sha256).hexdigest()


def signature_headers(secret: str, timestamp: int, body: bytes) -> dict[str, str]:
    """Return the timestamp and signature headers of one try."""
    stamp = str(timestamp)
    return {TIMESTAMP_HEADER: stamp, SIGNATURE_HEADER: SIGNATURE_SCHEME + sign(secret, stamp, body)}


def verify_signature(
    secret: str,
    timestamp: str,
    body: bytes,
    signature: str,
    tolerance: float = DEFAULT_TOLERANCE_S,
    *,
    now: float,
) -> bool:
    """Tell whether ``signature`` is Pantau's for this body and timestamp, sent within ``tolerance`` s of ``now``."""
    if not (timestamp.isascii() and timestamp.isdigit()):
        return False
    if abs(now - int(timestamp)) > tolerance:
        return False  # an old request replayed, or a clock far off
    expected = SIGNATURE_SCHEME + sign(secret, timestamp, body)
    return hmac.compare_digest(expected.encode("ascii"), signature.strip().encode("utf-8"))
