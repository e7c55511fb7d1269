"""The notifier: sends the rows of the ``notifications`` table by e-mail (SMTP) and signed webhooks.

The workflow writes a row in the same transaction as the change it announces (its ``dedup_key``
keeps a redelivered event from adding a second); the relay here sends it, retries with backoff
and dead-letters it after the last try. See docs/notifications.md.

- ``core``: the pure part (notification, retry schedule, webhook body and signature);
- ``config``: PANTAU_NOTIFY_* into a frozen ``NotifyConfig``;
- ``smtp``, ``webhook``: the channels;
- ``store_pg``: the SQL; ``relay``: the loop.
"""

from ..config import ConfigError
from .config import NotifyConfig, SmtpConfig, smtp_config
from .core import DeliveryError, Notification, RetryPolicy, verify_signature
from .relay import NotificationRelay, notification_relay
from .smtp import SmtpMailer, SmtpSender
from .webhook import WebhookSender

__all__ = [
    "ConfigError",
    "DeliveryError",
    "Notification",
    "NotificationRelay",
    "NotifyConfig",
    "RetryPolicy",
    "SmtpConfig",
    "SmtpMailer",
    "SmtpSender",
    "WebhookSender",
    "notification_relay",
    "smtp_config",
    "verify_signature",
]
