"""Signed webhooks: the notification as JSON, POSTed with an HMAC-SHA256 signature.

Headers: ``X-Pantau-Timestamp`` (Unix seconds), ``X-Pantau-Signature: sha256=<hex>`` over
``{timestamp}.{body}``, ``X-Pantau-Delivery`` (the notification id, the same on every try, for
idempotent receivers) and ``User-Agent: Pantau``. A 2xx answer delivers; redirects are not followed.
Every connection goes through the address guard (``guard``): a host with an internal or private
address is refused for good, unless allowed (PANTAU_NOTIFY_WEBHOOK_ALLOW_ADDRESSES).
Error texts never hold the URL: a gateway's URL may carry a token.
"""

from __future__ import annotations

import ssl
import time
from collections.abc import Callable

import httpx

from ..netguard import IPNetwork
from ..secrets import AppSecrets, SecretRefusedError, SecretUnavailableError
from .core import DELIVERY_HEADER, DeliveryError, Notification, signature_headers, webhook_body
from .guard import AddressBlockedError, guarded_transport

USER_AGENT = "Pantau"
BLOCKED = "alamat webhook diblokir: alamat internal/privat"
_RECEIPT_BYTES = 200


class WebhookSender:
    """POST notifications to their webhook URLs, signed with each contact's secret (an application's secret only:
    a signature keyed by another would let the receiver test guesses of it)."""

    def __init__(
        self,
        timeout_s: float,
        secrets: AppSecrets,
        *,
        ca_bundle: str | None = None,
        allow: tuple[IPNetwork, ...] = (),
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._timeout_s = timeout_s
        self._secrets = secrets
        self._clock = clock
        verify = ssl.create_default_context(cafile=ca_bundle) if ca_bundle else True
        # No proxy from the environment either: the guard must see the receiver's own address.
        self._client = httpx.AsyncClient(
            timeout=timeout_s, follow_redirects=False, transport=guarded_transport(allow, verify), trust_env=False
        )

    async def aclose(self) -> None:
        """Close the HTTP connections."""
        await self._client.aclose()

    async def send(self, notification: Notification) -> str:
        """Deliver one notification; return the receiver's status and the start of its answer."""
        body = webhook_body(notification)
        headers = self._headers(notification, body)
        try:
            async with self._client.stream("POST", notification.address, content=body, headers=headers) as response:
                return await _receipt(response)
        except (httpx.InvalidURL, httpx.UnsupportedProtocol):
            raise DeliveryError("alamat webhook tidak sah", permanent=True) from None
        except AddressBlockedError as exc:
            raise DeliveryError(f"{BLOCKED}: {exc}", permanent=True) from None
        except httpx.TimeoutException:
            raise DeliveryError(f"webhook tidak menjawab dalam {self._timeout_s:g} detik") from None
        except httpx.HTTPError as exc:
            raise DeliveryError(f"webhook tidak terjangkau ({type(exc).__name__})") from None

    def _headers(self, notification: Notification, body: bytes) -> dict[str, str]:
        signed = signature_headers(self._secret(notification), int(self._clock()), body)
        return {
            **signed,
            DELIVERY_HEADER: str(notification.id),
            "Content-Type": "application/json; charset=utf-8",
            "User-Agent": USER_AGENT,
        }

    def _secret(self, notification: Notification) -> str:
        if not notification.secret_ref:
            raise DeliveryError(
                "kontak webhook tanpa secret_ref: pesan tanpa tanda tangan tidak dikirim", permanent=True
            )
        try:
            return self._secrets.read(notification.secret_ref)
        except SecretRefusedError:
            raise DeliveryError(
                "secret_ref webhook berada di luar tempat rahasia aplikasi: pesan tidak dikirim", permanent=True
            ) from None
        except SecretUnavailableError as exc:
            raise DeliveryError(f"kunci webhook tidak tersedia: {exc}") from None


async def _receipt(response: httpx.Response) -> str:
    if response.is_redirect:
        raise DeliveryError(f"webhook mengalihkan (HTTP {response.status_code}); pengalihan tidak diikuti")
    if not response.is_success:
        raise DeliveryError(f"webhook menjawab HTTP {response.status_code}")
    head = b""
    async for chunk in response.aiter_bytes():
        head += chunk
        if len(head) >= _RECEIPT_BYTES:
            break
    text = " ".join(head[:_RECEIPT_BYTES].decode("utf-8", "replace").split())
    return f"{response.status_code} {text}".strip()
