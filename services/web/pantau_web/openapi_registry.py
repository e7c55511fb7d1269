"""The registry's rows in the API description: what a client sends (the canonical JSON form) and
what it reads back (as loose as the shared validation lets a stored row be).

Built from the validation's own patterns and lists, so the description cannot drift from the
check. The server also reads the import's spellings (``"ya"``, ``"300"``); clients send JSON types.
"""

from __future__ import annotations

from typing import Any

from pantau_common.registry.maintenance import DAYS
from pantau_common.registry.model import KLASIFIKASI
from pantau_common.registry.validation import ID_PATTERN, JENIS
from pantau_common.secrets import APP_SECRET_FORMS, APP_SECRET_REF

Schema = dict[str, Any]

CODE = {"type": "string", "pattern": ID_PATTERN.pattern, "description": "Kode: huruf kecil, angka atau '-'."}
TEXT = {"type": "string"}
NAME = {"type": "string", "minLength": 1}
BOOL = {"type": "boolean"}
INT = {"type": "integer"}
HTTP_URL = {"type": "string", "pattern": "^https?://", "description": "URL http:// atau https://, tanpa kredensial."}
SECRET = {
    "type": "string",
    "pattern": APP_SECRET_REF.pattern,
    "description": f"Rujukan rahasia aplikasi {APP_SECRET_FORMS}; nilai rahasia tidak pernah dikirim.",
}


def closed(properties: dict[str, Schema], required: tuple[str, ...] = ()) -> Schema:
    """Describe an object that takes only the listed fields."""
    return {"type": "object", "additionalProperties": False, "required": list(required), "properties": properties}


def within(low: int, high: int) -> Schema:
    return {"type": "integer", "minimum": low, "maximum": high}


def optional_fields(row: Schema) -> Schema:
    """Describe a merge patch of ``row``: every field optional, ``null`` removes it (RFC 7396)."""
    fields = {k: {"anyOf": [v, {"type": "null"}]} for k, v in row["properties"].items()}
    return closed(fields)


CONTACT = {
    "oneOf": [
        closed({"surel": {"type": "string", "format": "email"}, "nama": TEXT, "aktif": BOOL}, ("surel",)),
        closed({"webhook": HTTP_URL, "secret_ref": SECRET, "nama": TEXT, "aktif": BOOL}, ("webhook", "secret_ref")),
    ],
    "description": "Penerima notifikasi: surel, atau webhook (https://) dengan rujukan kunci penanda tangan.",
}
CONTACTS = {
    "type": "array",
    "items": CONTACT,
    "description": "Menggantikan semua kontak baris ini ([] menghapusnya); bila tidak disebut, kontak tersimpan tetap.",
}
_LOGIN_REQUIRED = ("url", "username_field", "password_field", "username_secret", "password_secret")
LOGIN = closed(
    {
        "url": HTTP_URL,
        "username_field": NAME,
        "password_field": NAME,
        "username_secret": SECRET,
        "password_secret": SECRET,
        "success_marker": NAME,
        "failure_marker": NAME,
        "success_url": HTTP_URL,
        "display_name": NAME,
    },
    _LOGIN_REQUIRED,
)
CLOCK = {"type": "string", "pattern": "^[0-2][0-9]:[0-5][0-9]$"}
MOMENT = {"type": "string", "format": "date-time"}
WINDOW = {
    "oneOf": [
        closed(
            {"days": {"type": "array", "minItems": 1, "items": {"enum": list(DAYS)}}, "from": CLOCK, "to": CLOCK},
            ("days", "from", "to"),
        ),
        closed({"start": MOMENT, "end": MOMENT}, ("start", "end")),
    ],
    "description": "Mingguan (hari, jam HH:MM WIB) atau sekali (waktu ISO 8601).",
}
PD_FIELDS: dict[str, Schema] = {
    "id": CODE,
    "nama": NAME,
    "singkatan": {"type": "string", "description": "Bila kosong: sama dengan nama."},
    "jenis": {"enum": list(JENIS)},
    "aktif": BOOL,
    "kontak": CONTACTS,
}
APP_FIELDS: dict[str, Schema] = {
    "id": CODE,
    "pd": {**CODE, "description": "Kode Perangkat Daerah yang terdaftar."},
    "nama": NAME,
    "url": HTTP_URL,
    "aktif": BOOL,
    "internal": {"type": "boolean", "description": "Boleh beralamat di jaringan internal."},
    "interval_s": within(30, 86400 * 31),
    "max_age_days": within(1, 3650),
    "klasifikasi": {"enum": list(KLASIFIKASI)},
    "unit_pengembang": {"type": "string", "maxLength": 200},
    "tahun_operasi": within(1970, 2100),
    "penanggung_jawab": {"type": "string", "maxLength": 200},
    "login": LOGIN,
    "resolve": {"type": "array", "items": {"type": "string", "description": "host:port:alamat"}},
    "ca_bundle": {"type": "string", "pattern": "^/", "description": "Jalur mutlak berkas PEM CA khusus."},
    "maintenance": {"type": "array", "items": WINDOW},
    "timeout_s": within(1, 120),
    "retries": within(0, 5),
    "confirm_after": within(1, 10),
    "tls_warn_days": within(1, 365),
    "sitemap_url": HTTP_URL,
    "feed_url": HTTP_URL,
    "allowed_suffixes": {"type": "array", "items": NAME},
    "googlebot_check": BOOL,
    "kontak": CONTACTS,
}
NEW_PD = closed(PD_FIELDS, ("id", "nama"))
PD_ROW = closed(PD_FIELDS, ("nama",))
NEW_APP = closed(APP_FIELDS, ("id", "pd", "nama", "url"))
APP_ROW = closed(APP_FIELDS, ("pd", "nama", "url"))

# What is read back: every stored row has these; settings an import wrote in its own spelling
# (a marker as a number, a day as "Senin", a URL after a space) are only as strict as the
# validation that let them in.
PD_STORED: Schema = {
    "type": "object",
    "required": ["id", "nama", "singkatan", "jenis", "aktif", "kontak"],
    "properties": {**PD_FIELDS, "jenis": TEXT},
}
APP_STORED: Schema = {
    "type": "object",
    "required": ["id", "pd", "nama", "url", "aktif", "internal", "interval_s", "max_age_days", "kontak"],
    "properties": {
        **APP_FIELDS,
        "interval_s": INT,
        "max_age_days": INT,
        "login": {
            "type": "object",
            "required": list(_LOGIN_REQUIRED),
            "properties": {**{k: LOGIN["properties"][k] for k in _LOGIN_REQUIRED}, "url": TEXT},
        },
        "sitemap_url": TEXT,
        "feed_url": TEXT,
        "resolve": {"type": "array", "items": TEXT},
        "maintenance": {"type": "array", "items": {"type": "object"}},
        "allowed_suffixes": {"type": "array", "items": TEXT},
    },
}
SCHEMAS = {
    "PerangkatDaerahBaru": NEW_PD,
    "PerangkatDaerahIsi": PD_ROW,
    "PerangkatDaerahTambalan": optional_fields(PD_ROW),
    "PerangkatDaerah": PD_STORED,
    "AplikasiBaru": NEW_APP,
    "AplikasiIsi": APP_ROW,
    "AplikasiTambalan": optional_fields(APP_ROW),
    "AplikasiRegistri": APP_STORED,
}
