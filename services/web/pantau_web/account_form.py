"""The admin's account form and the password change, read and checked without I/O.

Each check answers in Indonesian at its field, so the page can show every error at once.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Mapping
from typing import Any

from pantau_common.passwords import MIN_LENGTH
from pantau_contracts.definition import DEPARTMENT_ROLES, ROLES

USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{2,49}$")
NIP = re.compile(r"^[0-9]{18}$")
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
TEXT_LIMIT = 200


def read_account(
    form: Mapping[str, str], departments: Collection[str], *, new: bool
) -> tuple[dict[str, Any], dict[str, str]]:
    """Return the account's values and the errors by field; an official keeps no Perangkat Daerah."""
    values: dict[str, Any] = {
        name: form.get(name, "").strip() for name in ("nama", "role", "pd_id", "jabatan", "nip", "pangkat")
    }
    values["email"] = form.get("email", "").strip().lower()
    if new:
        values["username"] = form.get("username", "").strip().lower()
    errors = _errors(values, departments)
    if values["role"] not in DEPARTMENT_ROLES:
        values["pd_id"] = None
    return values, errors


def _errors(values: dict[str, Any], departments: Collection[str]) -> dict[str, str]:
    checks: dict[str, Callable[[str], str | None]] = {
        "username": _username,
        "nama": lambda v: _text(v, "Nama", required=True),
        "role": lambda v: None if v in ROLES else "Pilih peran yang tersedia.",
        "jabatan": lambda v: _text(v, "Jabatan"),
        "pangkat": lambda v: _text(v, "Pangkat/golongan"),
        "nip": lambda v: None if not v or NIP.match(v) else "NIP terdiri atas 18 angka.",
        "email": lambda v: None if not v or EMAIL.match(v) else "Alamat surel tidak sah.",
    }
    errors = {name: check(values[name]) for name, check in checks.items() if name in values}
    errors["pd_id"] = _department(values["role"], values["pd_id"], departments)
    return {name: message for name, message in errors.items() if message}


def _username(value: str) -> str | None:
    if USERNAME.match(value):
        return None
    return "Nama pengguna 3–50 karakter: huruf kecil, angka, titik, garis bawah, atau tanda hubung."


def _text(value: str, what: str, *, required: bool = False) -> str | None:
    if required and not value:
        return f"{what} wajib diisi."
    if len(value) > TEXT_LIMIT:
        return f"{what} terlalu panjang (paling banyak {TEXT_LIMIT} karakter)."
    return None


def _department(role: str, pd_id: str, departments: Collection[str]) -> str | None:
    if role not in DEPARTMENT_ROLES:
        return None
    if not pd_id:
        return "Akun Perangkat Daerah wajib terikat pada satu Perangkat Daerah."
    return None if pd_id in departments else "Perangkat Daerah tidak dikenal."


def password_errors(current_ok: bool, current: str, new: str, repeated: str) -> dict[str, str]:
    """Return what is wrong with a password change, by field (empty when it may go ahead)."""
    errors = {}
    if not current_ok:
        errors["current"] = "Kata sandi saat ini salah."
    if len(new) < MIN_LENGTH:
        errors["new"] = f"Kata sandi baru paling sedikit {MIN_LENGTH} karakter."
    elif new == current:
        errors["new"] = "Kata sandi baru harus berbeda dari kata sandi saat ini."
    if new != repeated:
        errors["repeated"] = "Ulangan kata sandi baru tidak sama."
    return errors


FIELD_LABELS = {
    "username": "Nama pengguna",
    "nama": "Nama lengkap",
    "role": "Peran",
    "pd_id": "Perangkat Daerah",
    "jabatan": "Jabatan",
    "nip": "NIP",
    "pangkat": "Pangkat/golongan",
    "email": "Alamat surel",
}
