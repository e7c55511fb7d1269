"""Password hashing (scrypt via Werkzeug): only hashes are stored, never passwords."""

from __future__ import annotations

import secrets

from werkzeug.security import check_password_hash, generate_password_hash

MIN_LENGTH = 10


def hash_password(password: str) -> str:
    """Return a salted scrypt hash of ``password``."""
    if len(password) < MIN_LENGTH:
        raise ValueError(f"password must have at least {MIN_LENGTH} characters")
    return generate_password_hash(password, method="scrypt")


def verify_password(stored_hash: str, password: str) -> bool:
    """Return whether ``password`` matches ``stored_hash``."""
    return check_password_hash(stored_hash, password)


def generate_password() -> str:
    """Return a random password for a new demo or initial account."""
    return secrets.token_urlsafe(12)
