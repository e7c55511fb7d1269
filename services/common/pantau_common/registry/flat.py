"""The registry as documents and as flat rows, both ways.

A *document* row is what a YAML registry holds and ``validation`` reads (nested: ``login``,
lists, ``kontak`` objects). A *flat* row is one line of a spreadsheet, a CSV file or a web form:
every value is text or a number, ``login.<key>`` columns, and a few columns in a short syntax:

- ``resolve``, ``allowed_suffixes``: items separated by spaces;
- ``maintenance``: windows separated by ``;``: ``senin,rabu 01:00-03:00`` (weekly, WIB) or
  ``2026-01-05T22:00/2026-01-06T02:00`` (once);
- ``kontak``: contacts separated by ``;``; in each, fields separated by ``|``: the address (an
  e-mail address, or a webhook's URL), then any of its name, its secret reference
  (``env:PANTAU_APP_SECRET_NAME`` or ``file:/var/run/secrets/pantau-apps/key``) and ``nonaktif``. An
  entry without ``|`` may list several e-mail addresses separated by spaces.

``app_document`` and ``pd_document`` turn a spec back into a document row that validates to
the same spec; ``flat_app`` and ``flat_pd`` flatten those, so that an export imports unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from .model import AppSpec, Contact, PerangkatDaerah
from .validation import LOGIN_KEYS

LIST_COLUMNS = ("resolve", "allowed_suffixes")
PD_COLUMNS = {"pd_nama": "nama", "pd_singkatan": "singkatan", "pd_jenis": "jenis"}
APP_COLUMNS = (
    "id",
    "pd",
    "nama",
    "url",
    "aktif",
    "internal",
    "interval_s",
    "max_age_days",
    "klasifikasi",
    "unit_pengembang",
    "tahun_operasi",
    "penanggung_jawab",
    *(f"login.{k}" for k in sorted(LOGIN_KEYS)),
    "resolve",
    "ca_bundle",
    "maintenance",
    "timeout_s",
    "retries",
    "confirm_after",
    "tls_warn_days",
    "sitemap_url",
    "feed_url",
    "allowed_suffixes",
    "googlebot_check",
    "kontak",
)
PD_FLAT_COLUMNS = ("id", "nama", "singkatan", "jenis", "aktif", "kontak")
_SEPARATORS = re.compile(r"[;\n]")


# --- flat -> document ------------------------------------------------------------------


def app_from_flat(row: Mapping[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """Return the document row of a flat application row, and the Perangkat Daerah columns it carried."""
    app: dict[str, Any] = {}
    pd: dict[str, Any] = {}
    for raw_key, value in row.items():
        key = (raw_key or "").strip()
        if key == "kontak":
            app["kontak"] = contacts_from_text(value)
        elif value in (None, "") or not key:
            continue
        elif key in PD_COLUMNS:
            pd[PD_COLUMNS[key]] = value
        elif key.startswith("login."):
            app.setdefault("login", {})[key[6:]] = value
        elif key in LIST_COLUMNS:
            app[key] = str(value).split()
        elif key == "maintenance":
            app[key] = windows_from_text(str(value))
        else:
            app[key] = value
    return app, pd


def pd_from_flat(row: Mapping[str, Any]) -> dict[str, Any]:
    """Return the document row of a flat Perangkat Daerah row."""
    pd = {k: v for k, v in row.items() if v not in (None, "") and k and k != "kontak"}
    if "kontak" in row:
        pd["kontak"] = contacts_from_text(row["kontak"])
    return pd


def contacts_from_text(cell: Any) -> list[dict[str, Any]]:
    """Parse a ``kontak`` cell into contact objects (validation judges them)."""
    found: list[dict[str, Any]] = []
    for entry in _SEPARATORS.split(str(cell or "")):
        if "|" in entry:
            found.append(_contact_fields([f.strip() for f in entry.split("|")]))
        else:
            found.extend({"surel": address} for address in entry.split())
    return found


def _contact_fields(fields: list[str]) -> dict[str, Any]:
    address, rest = fields[0], [f for f in fields[1:] if f]
    is_hook = address.lower().startswith(("http://", "https://"))
    contact: dict[str, Any] = {"webhook" if is_hook else "surel": address}
    for item in rest:
        if item.lower() == "nonaktif":
            contact["aktif"] = False
        elif item.startswith(("env:", "file:")):
            contact["secret_ref"] = item
        else:
            contact["nama"] = item
    return contact


def windows_from_text(text: str) -> list[dict[str, Any]]:
    """Parse a ``maintenance`` cell into window objects (validation judges them)."""
    windows: list[dict[str, Any]] = []
    for entry in (e.strip() for e in _SEPARATORS.split(text)):
        if "/" in entry:
            start, _, end = entry.partition("/")
            windows.append({"start": start.strip(), "end": end.strip()})
        elif entry:
            days, _, hours = entry.partition(" ")
            start, _, end = hours.strip().partition("-")
            windows.append({"days": [d.strip() for d in days.split(",") if d.strip()], "from": start, "to": end})
    return windows


# --- spec -> document -> flat ----------------------------------------------------------


def pd_document(pd: PerangkatDaerah) -> dict[str, Any]:
    """Return the document row that validates to ``pd`` (contacts only when known)."""
    doc: dict[str, Any] = {
        "id": pd.id,
        "nama": pd.nama,
        "singkatan": pd.singkatan,
        "jenis": pd.jenis,
        "aktif": pd.aktif,
    }
    if pd.kontak is not None:
        doc["kontak"] = [contact_document(c) for c in pd.kontak]
    return doc


def app_document(app: AppSpec) -> dict[str, Any]:
    """Return the document row that validates to ``app`` (contacts only when known)."""
    doc: dict[str, Any] = {
        "id": app.id,
        "pd": app.pd_id,
        "nama": app.nama,
        "url": app.url,
        "aktif": app.aktif,
        "internal": app.internal,
        "interval_s": app.interval_s,
        "max_age_days": app.max_age_days,
        **{k: app.config[k] for k in sorted(app.config)},
        **{k: v for k, v in vars(app.spbe).items() if v not in (None, "")},
    }
    if app.kontak is not None:
        doc["kontak"] = [contact_document(c) for c in app.kontak]
    return doc


def contact_document(contact: Contact) -> dict[str, Any]:
    """Return the ``kontak`` object of one contact."""
    doc: dict[str, Any] = {"surel" if contact.channel == "email" else "webhook": contact.address}
    if contact.nama:
        doc["nama"] = contact.nama
    if contact.secret_ref:
        doc["secret_ref"] = contact.secret_ref
    if not contact.aktif:
        doc["aktif"] = False
    return doc


def flat_app(doc: Mapping[str, Any]) -> dict[str, Any]:
    """Flatten an application's document row into the columns of ``APP_COLUMNS``."""
    row: dict[str, Any] = {c: "" for c in APP_COLUMNS}
    for key, value in doc.items():
        if key == "login":
            row.update({f"login.{k}": v for k, v in value.items()})
        else:
            row[key] = _flat_value(key, value)
    return row


def flat_pd(doc: Mapping[str, Any]) -> dict[str, Any]:
    """Flatten a Perangkat Daerah's document row into the columns of ``PD_FLAT_COLUMNS``."""
    return {c: _flat_value(c, doc[c]) if c in doc else "" for c in PD_FLAT_COLUMNS}


def _flat_value(key: str, value: Any) -> Any:
    if key == "kontak":
        return contacts_text(value)
    if key == "maintenance":
        return windows_text(value)
    if isinstance(value, bool):
        return "ya" if value else "tidak"
    if isinstance(value, list):
        return " ".join(str(v) for v in value)
    return value


def contacts_text(contacts: Sequence[Mapping[str, Any]]) -> str:
    """Write contact objects in the ``kontak`` cell's syntax."""
    return "; ".join(" | ".join(_contact_parts(c)) for c in contacts)


def _contact_parts(contact: Mapping[str, Any]) -> list[str]:
    parts = [str(contact.get("surel") or contact.get("webhook"))]
    parts += [str(contact[k]) for k in ("nama", "secret_ref") if contact.get(k)]
    return parts + (["nonaktif"] if contact.get("aktif") is False else [])


def windows_text(windows: Sequence[Mapping[str, Any]]) -> str:
    """Write maintenance windows in the ``maintenance`` cell's syntax."""
    return "; ".join(
        f"{w['start']}/{w['end']}" if "start" in w else f"{','.join(w['days'])} {w['from']}-{w['to']}" for w in windows
    )
