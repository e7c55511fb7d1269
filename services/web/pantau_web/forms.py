"""What every form shares: its fields read strictly, and its command written to the outbox once.

A form carries a ``command_id`` made when the page was shown; the command goes out under that
id, so a replayed form (a double click, the back button) finds the id taken and sends nothing.
"""

from __future__ import annotations

import uuid
from typing import Any

from flask import abort, current_app, flash, request

from pantau_common import outbox
from pantau_contracts import envelope

from .db import get_db

SOURCE = "/pantau/web"
REPLAYED = "Formulir ini sudah pernah dikirim; tidak dikirim ulang."


# What the refusal of a field calls it: the officials read Indonesian, not the form's field names.
FIELD_LABELS = {
    "command_id": "nomor formulir",
    "instance_id": "nomor siklus",
    "expected_step": "langkah",
    "pelaksana_id": "Pelaksana",
    "instruksi": "instruksi",
    "sifat": "sifat",
    "resends": "jumlah pengiriman",
}
RELOAD = "Muat ulang halaman, lalu kirim kembali."


def uuid_field(name: str) -> str:
    try:
        return str(uuid.UUID(request.form.get(name, "")))
    except ValueError:
        abort(400, description=f"Isian {FIELD_LABELS[name]} tidak sah. {RELOAD}")


def int_field(name: str) -> int:
    try:
        return int(request.form.get(name, ""))
    except ValueError:
        abort(400, description=f"Isian {FIELD_LABELS[name]} tidak sah. {RELOAD}")


def choice(name: str, literal: Any) -> Any:
    value = request.form.get(name, "")
    if value not in literal.__args__:
        abort(400, description=f"Pilihan {FIELD_LABELS[name]} tidak sah. {RELOAD}")
    return value


def expected_step() -> int:
    step = int_field("expected_step")
    if not 1 <= step <= 7:
        abort(400, description="Langkah tidak sah.")
    return step


class FormError(ValueError):
    """A field is missing or invalid; the message says which, in Indonesian, for the page to show."""


def required(name: str, what: str, limit: int = 4000) -> str:
    """Return a required text field, stripped; raise FormError if it is empty or too long."""
    value = request.form.get(name, "").strip()
    if not value:
        raise FormError(f"{what} wajib diisi.")
    if len(value) > limit:
        raise FormError(f"{what} terlalu panjang (paling banyak {limit} karakter).")
    return value


def commands_topic() -> str:
    return current_app.config["PANTAU_SETTINGS"].topics.sop_commands  # type: ignore[no-any-return]


def queue(db: Any, command: Any, key: str, command_id: str) -> bool:
    """Write ``command`` to the outbox in the caller's transaction; False if the form was sent before."""
    env = envelope(command, source=SOURCE, subject=key, id=command_id)
    return outbox.add(db, env, commands_topic(), key)


def send(command: Any, key: str) -> str:
    """Send the form's command keyed by ``key``, once; return the command id to show its answer."""
    command_id = uuid_field("command_id")
    db = get_db()
    with db.transaction():
        fresh = queue(db, command, key, command_id)
    if not fresh:
        flash(REPLAYED, "info")
    return command_id
