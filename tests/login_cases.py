"""What the login tests share: the monitoring account's spec for a login page, and the reason of a login
no posted form can do."""

from __future__ import annotations

from pantau_common.registry.model import LoginSpec

USER = "pelaksana"
MANUAL = "pemeriksa tidak dapat login otomatis, periksa login manual"


def login_spec(url: str, username_field: str = "username", password_field: str = "password") -> LoginSpec:
    """Return the registry's login of the monitoring account at ``url``, its secrets from the environment."""
    return LoginSpec(
        url=url,
        username_field=username_field,
        password_field=password_field,
        username_secret="env:PANTAU_APP_SECRET_U",
        password_secret="env:PANTAU_APP_SECRET_P",
    )
