"""The JSON API's description, OpenAPI 3.1, served at ``/api/openapi.json``.

Written by hand next to the routes it describes; a test checks that every ``/api/`` route of the
app is here, and Schemathesis checks the live answers against it.
"""

from __future__ import annotations

from typing import Any

from flask import Blueprint

from pantau_contracts.vocabulary import FOLLOWUP_STATE_LABELS

from . import openapi_registry as registry
from .auth import open_to_departments

bp = Blueprint("openapi", __name__)
Schema = dict[str, Any]


def nullable(kind: str, **extra: Any) -> Schema:
    return {"type": [kind, "null"], **extra}


def record(properties: dict[str, Schema]) -> Schema:
    """Describe a row: every listed field is there; fields added later do not break a client."""
    return {"type": "object", "required": sorted(properties), "properties": properties}


TIME = {"type": "string", "format": "date-time"}
OPTIONAL_TIME = nullable("string", format="date-time")
UUID = {"type": "string", "format": "uuid"}
TEXT = {"type": "string"}
INT = {"type": "integer"}

APPLICATION = record(
    {
        "id": TEXT,
        "nama": TEXT,
        "url": TEXT,
        "aktif": {"type": "boolean"},
        "pd_id": TEXT,
        "pd_nama": TEXT,
        "singkatan": TEXT,
        "availability": nullable("string", enum=["aktif", "tidak_aktif", None]),
        "reason": nullable("string"),
        "http_status": nullable("integer"),
        "total_ms": nullable("number"),
        "freshness": nullable("string"),
        "login": nullable("string"),
        "checked_at": OPTIONAL_TIME,
        "findings": INT,
    }
)
CYCLE = record(
    {
        "id": UUID,
        "cycle_no": TEXT,
        "step": {"type": "integer", "minimum": 1, "maximum": 7},
        "phase": TEXT,
        "status": {"enum": ["berjalan", "selesai"]},
        "started_by": INT,
        "started_by_nama": TEXT,
        "pelaksana_id": nullable("integer"),
        "pelaksana_nama": nullable("string"),
        "note": TEXT,
        "scope_count": INT,
        "sla": nullable("string", enum=["peringatan", "terlambat", None]),
        "created_at": TIME,
        "updated_at": TIME,
    }
)
STEP_VISIT = record(
    {
        "seq": INT,
        "step": INT,
        "role": TEXT,
        "started_at": TIME,
        "completed_at": OPTIONAL_TIME,
        "actor_id": nullable("integer"),
        "actor_nama": nullable("string"),
        "outcome": nullable("string"),
        "note": TEXT,
        "mutu_baku_s": nullable("integer"),
    }
)
DOCUMENT = record(
    {
        "id": INT,
        "kind": TEXT,
        "version": INT,
        "format": {"enum": ["pdf", "docx"]},
        "nomor": nullable("string"),
        "signed": {"type": "boolean"},
        "sha256": {"type": "string", "pattern": "^[0-9a-f]{64}$"},
        "size": INT,
        "created_at": TIME,
    }
)
FOLLOW_UP = record(
    {
        "id": UUID,
        "instance_id": UUID,
        "cycle_no": TEXT,
        "app_id": TEXT,
        "app_nama": TEXT,
        "pd_id": TEXT,
        "pd_nama": TEXT,
        "code": TEXT,
        "category": TEXT,
        "severity": TEXT,
        "evidence": TEXT,
        "nota_nomor": TEXT,
        "state": {"enum": list(FOLLOWUP_STATE_LABELS)},
        "terlambat": {"type": "boolean"},
        "dibuka_kembali": {"type": "boolean"},
        "opened_at": TIME,
        "due_at": TIME,
        "closed_at": OPTIONAL_TIME,
    }
)
FOLLOW_UP_CHANGE = record(
    {
        "id": INT,
        "change": TEXT,
        "state": TEXT,
        "note": TEXT,
        "at": TIME,
        "actor_nama": nullable("string"),
        "attachment_id": nullable("integer"),
    }
)
PROBLEM = {
    "type": "object",
    "required": ["type", "title", "status", "detail"],
    "properties": {"type": TEXT, "title": TEXT, "status": INT, "detail": TEXT},
}
FIELD_ERROR = record({"field": TEXT, "message": TEXT})
FIELD_PROBLEM = {
    "allOf": [
        {"$ref": "#/components/schemas/Problem"},
        {
            "type": "object",
            "required": ["errors"],
            "properties": {"errors": {"type": "array", "minItems": 1, "items": FIELD_ERROR}},
        },
    ],
    "description": "Setiap kesalahan isian (field: nama isian, mis. url, login.password_secret, kontak[2].surel;"
    " kosong untuk seluruh badan) dengan pesannya.",
}


def _json(schema: Schema, what: str) -> Schema:
    return {"description": what, "content": {"application/json": {"schema": schema}}}


def _problem(what: str) -> Schema:
    return {
        "description": what,
        "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}},
    }


ERRORS = {
    "401": _problem("Tanpa token atau sesi yang sah."),
    "403": _problem("Token tanpa cakupan yang diperlukan, atau peran yang tidak berwenang."),
    "404": _problem("Tidak ada, atau tidak dapat diakses oleh akun ini (akun Perangkat Daerah hanya melihat datanya)."),
}


READ = [{"token": ["baca"]}, {"sesi": []}]
WRITE = [{"token": ["tulis_registri"]}, {"sesi": []}]
WRITE_ERRORS = {
    "400": _problem(
        "Badan bukan JSON yang sah, bertingkat lebih dari 16 tingkat,"
        " atau sesi peramban tanpa token CSRF (X-CSRFToken)."
    ),
    **ERRORS,
    "415": _problem("Badan permintaan bukan JSON."),
    "422": {
        "description": "Isian tidak sah; tidak ada yang disimpan.",
        "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/MasalahIsian"}}},
    },
}
WRITERS = " Hanya Administrator dan Kasie; akun Perangkat Daerah tidak pernah (404)."
OFFICIALS = "Untuk pejabat Diskominfostandi; akun Perangkat Daerah mendapat 404."


def _list_of(key: str, ref: str) -> Schema:
    items = {"type": "array", "items": {"$ref": f"#/components/schemas/{ref}"}}
    return {"type": "object", "required": [key], "properties": {key: items}}


def _get(summary: str, ok: Schema, parameters: list[Schema] | None = None) -> Schema:
    """Describe a read: it needs the ``baca`` scope, and answers 200 or a problem."""
    operation: Schema = {"summary": summary, "responses": {"200": ok, **ERRORS}}
    if parameters:
        operation["parameters"] = parameters
    return {"get": operation}


def _path_id(name: str, what: str, schema: Schema = UUID) -> Schema:
    return {"name": name, "in": "path", "required": True, "description": what, "schema": schema}


def _write(summary: str, body: Schema, row: str, created: bool = False) -> Schema:
    """Describe a registry write: it needs the ``tulis_registri`` scope and an editor's account."""
    answer = _json(_ref(row), "Baris yang tersimpan.")
    if created:
        where = {"required": True, "description": "Alamat baris baru.", "schema": TEXT}
        answer = {**answer, "headers": {"Location": where}}
    return {
        "summary": summary,
        "description": summary + "." + WRITERS + " Perubahan dicatat di riwayat registri (sumber: api).",
        "security": WRITE,
        "requestBody": {"required": True, "content": body},
        "responses": {"201" if created else "200": answer, **WRITE_ERRORS},
    }


def _body(name: str, *media: str) -> Schema:
    return {m: {"schema": _ref(name)} for m in media or ("application/json",)}


def _registry_item(noun: str, key: str, stored: str, prefix: str) -> Schema:
    """Describe one registry row's address: read it, replace it (PUT), patch it (PATCH)."""
    read = {"summary": f"Satu {noun} di registri", "responses": {"200": _json(_ref(stored), noun), **ERRORS}}
    merge = _body(f"{prefix}Tambalan", "application/merge-patch+json", "application/json")
    return {
        "parameters": [_path_id(key, f"Kode {noun}.", registry.CODE)],
        "get": {**read, "description": f"Pengaturan {noun} seperti di berkas registri. {OFFICIALS}"},
        "put": _write(f"Ganti {noun} (isian yang tidak disebut kembali ke bawaannya)", _body(f"{prefix}Isi"), stored),
        "patch": _write(f'Ubah sebagian {noun} (JSON merge patch; {{"aktif": false}} menonaktifkan)', merge, stored),
    }


def _query(name: str, what: str, schema: Schema) -> Schema:
    return {"name": name, "in": "query", "required": False, "description": what, "schema": schema}


def _ref(name: str) -> Schema:
    return {"$ref": f"#/components/schemas/{name}"}


APPLICATION_PAGE: Schema = {
    **_list_of("aplikasi", "Aplikasi"),
    "properties": {
        **_list_of("aplikasi", "Aplikasi")["properties"],
        "berikutnya": {
            **nullable("string"),
            "description": "Hanya bila ada batas: alamat halaman berikutnya (juga di header Link), null di halaman"
            " terakhir.",
        },
    },
}
APPLICATION_PAGING = [
    _query(
        "batas",
        "Banyaknya aplikasi per halaman. Tanpa batas: semua aplikasi, urut Perangkat Daerah dan nama; dengan"
        " batas: satu halaman, urut kode aplikasi, dan alamat halaman berikutnya di 'berikutnya'.",
        {"type": "integer", "minimum": 1, "maximum": 1000},
    ),
    _query("setelah", "Hanya dengan batas: aplikasi yang kodenya sesudah kode ini (dari 'berikutnya').", TEXT),
]


def _paged(operation: Schema) -> Schema:
    """Add what a paged read answers besides: 400 for a page size out of range, the next page's Link."""
    link = {"description": 'Alamat halaman berikutnya (rel="next"), bila ada batas.', "schema": TEXT}
    ok = {**operation["responses"]["200"], "headers": {"Link": link}}
    bad = _problem("batas di luar 1 sampai 1000.")
    return {**operation, "responses": {**operation["responses"], "200": ok, "400": bad}}


FOLLOW_UP_FILTERS = [
    _query("status", "Hanya tindak lanjut berstatus ini.", {"enum": list(FOLLOWUP_STATE_LABELS)}),
    _query("terlambat", "1: hanya yang terlambat.", {"enum": ["1"]}),
    _query("pd", "Kode Perangkat Daerah (diabaikan untuk akun Perangkat Daerah).", TEXT),
]
PATHS: dict[str, Schema] = {
    "/api/aplikasi": {
        "get": _paged(
            _get(
                "Aplikasi beserta hasil pemeriksaan terakhirnya",
                _json(APPLICATION_PAGE, "Aplikasi yang dapat dilihat akun ini (satu halaman bila ada batas)."),
                APPLICATION_PAGING,
            )["get"]
        ),
        "post": _write("Tambah aplikasi ke registri", _body("AplikasiBaru"), "AplikasiRegistri", created=True),
    },
    "/api/aplikasi/{app_id}": _registry_item("aplikasi", "app_id", "AplikasiRegistri", "Aplikasi"),
    "/api/perangkat-daerah": {
        "post": _write("Tambah Perangkat Daerah", _body("PerangkatDaerahBaru"), "PerangkatDaerah", created=True),
    },
    "/api/perangkat-daerah/{pd_id}": _registry_item("Perangkat Daerah", "pd_id", "PerangkatDaerah", "PerangkatDaerah"),
    "/api/siklus": _get(
        "Siklus monev terbaru dan yang menunggu tindakan akun ini",
        _json(
            {
                "type": "object",
                "required": ["siklus", "menunggu_saya"],
                "properties": {
                    "siklus": {"type": "array", "items": _ref("Siklus")},
                    "menunggu_saya": {"type": "array", "items": UUID},
                },
            },
            "Siklus terbaru.",
        ),
    ),
    "/api/siklus/{instance_id}": _get(
        "Satu siklus monev: riwayat langkah dan dokumennya",
        _json(
            {
                "type": "object",
                "required": ["siklus", "riwayat", "dokumen"],
                "properties": {
                    "siklus": _ref("Siklus"),
                    "riwayat": {"type": "array", "items": _ref("KunjunganLangkah")},
                    "dokumen": {"type": "array", "items": _ref("Dokumen")},
                },
            },
            "Siklus dengan riwayat dan dokumennya.",
        ),
        [_path_id("instance_id", "Identitas siklus.")],
    ),
    "/api/tindak-lanjut": _get(
        "Tindak lanjut yang dapat dilihat akun ini",
        _json(_list_of("tindak_lanjut", "TindakLanjut"), "Tindak lanjut, yang terbuka dan terlambat lebih dulu."),
        FOLLOW_UP_FILTERS,
    ),
    "/api/tindak-lanjut/{followup_id}": _get(
        "Satu tindak lanjut dengan riwayatnya",
        _json(
            {
                "type": "object",
                "required": ["tindak_lanjut", "riwayat"],
                "properties": {
                    "tindak_lanjut": _ref("TindakLanjut"),
                    "riwayat": {"type": "array", "items": _ref("PerubahanTindakLanjut")},
                },
            },
            "Tindak lanjut dan riwayatnya.",
        ),
        [_path_id("followup_id", "Identitas tindak lanjut.")],
    ),
    "/api/openapi.json": {
        "get": {
            "summary": "Deskripsi API ini (OpenAPI 3.1)",
            "security": [],
            "responses": {"200": _json({"type": "object", "required": ["openapi", "paths"]}, "Deskripsi OpenAPI.")},
        }
    },
}
SCHEMAS = {
    "Aplikasi": APPLICATION,
    "Siklus": CYCLE,
    "KunjunganLangkah": STEP_VISIT,
    "Dokumen": DOCUMENT,
    "TindakLanjut": FOLLOW_UP,
    "PerubahanTindakLanjut": FOLLOW_UP_CHANGE,
    "Problem": PROBLEM,
    "MasalahIsian": FIELD_PROBLEM,
    **registry.SCHEMAS,
}
SECURITY_SCHEMES = {
    "token": {
        "type": "http",
        "scheme": "bearer",
        "description": "Token API dari Administrator (halaman Token API), Authorization: Bearer <token>."
        " Cakupan: baca (semua GET), tulis_registri (menulis registri). Token bertindak sebagai akunnya:"
        " peran dan Perangkat Daerah yang sama.",
    },
    "sesi": {"type": "apiKey", "in": "cookie", "name": "session", "description": "Sesi peramban setelah masuk."},
}


def description() -> Schema:
    """Return the OpenAPI 3.1 document of every JSON route."""
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "API Pantau",
            "version": "1",
            "description": "Data monitoring dan evaluasi aplikasi Perangkat Daerah Kota Bekasi. Galat dijawab sebagai"
            " application/problem+json (RFC 9457).",
        },
        "servers": [{"url": "/"}],
        "security": READ,
        "paths": PATHS,
        "components": {"schemas": SCHEMAS, "securitySchemes": SECURITY_SCHEMES},
    }


@bp.route("/api/openapi.json")
@open_to_departments
def serve() -> Any:
    return description()
