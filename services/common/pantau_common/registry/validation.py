"""Registry rows: validation of Perangkat Daerah and application entries into typed specs.

Every error is collected with its section, row and field so that a Pelaksana can fix a
whole file at once; nothing is applied when any row is invalid.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from ..netguard import AddressPolicy, is_ip_literal, refusal
from ..secrets import APP_SECRET_FORMS, is_app_secret_ref
from .maintenance import parse_windows
from .model import KLASIFIKASI, AppSpec, Contact, PerangkatDaerah, Registry, Spbe, parse_resolve

ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]{0,62}$")
SECRET_REF_ERROR = f"harus rujukan rahasia aplikasi {APP_SECRET_FORMS} (bukan nilai, bukan rahasia lain)"
# A real-looking address: dot-atoms at both sides of the @, a domain with a dot and a TLD of letters.
_ATOM = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
EMAIL = re.compile(rf"^{_ATOM}(?:\.{_ATOM})*@(?:{_LABEL}\.)+[A-Za-z]{{2,63}}$")
# Host names that are this machine whatever the DNS says (a webhook there would reach Pantau's own services).
LOCAL_NAMES = ("localhost", "localhost.")
JENIS = ("dinas", "badan", "kecamatan", "sekretariat", "inspektorat", "bagian", "kelurahan", "lainnya")
PD_KEYS = frozenset({"id", "nama", "singkatan", "jenis", "kontak", "aktif"})
CONTACT_KEYS = frozenset({"surel", "webhook", "secret_ref", "nama", "aktif"})
SPBE_KEYS = frozenset({"klasifikasi", "unit_pengembang", "tahun_operasi", "penanggung_jawab"})
LOGIN_KEYS = frozenset(
    {
        "url",
        "username_field",
        "password_field",
        "username_secret",
        "password_secret",
        "success_marker",
        "failure_marker",
        "success_url",
        "display_name",
    }
)
APP_KEYS = frozenset(
    {
        "id",
        "pd",
        "nama",
        "url",
        "internal",
        "aktif",
        "interval_s",
        "max_age_days",
        "login",
        "resolve",
        "ca_bundle",
        "retries",
        "confirm_after",
        "sitemap_url",
        "feed_url",
        "maintenance",
        "allowed_suffixes",
        "tls_warn_days",
        "googlebot_check",
        "timeout_s",
        "kontak",
        *SPBE_KEYS,
    }
)
CONFIG_KEYS = APP_KEYS - {"id", "pd", "nama", "url", "internal", "aktif", "interval_s", "max_age_days", "kontak"}
CONFIG_KEYS -= SPBE_KEYS


@dataclass(frozen=True)
class RowError:
    """One problem in one row of a registry file."""

    section: str
    row: int
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.section} baris {self.row}, kolom {self.field}: {self.message}"


class RegistryInvalidError(ValueError):
    """A registry file with one or more invalid rows; ``errors`` lists them all."""

    def __init__(self, errors: Sequence[RowError]) -> None:
        super().__init__(f"{len(errors)} kesalahan di registri")
        self.errors = tuple(errors)


def validate_registry(raw: Mapping[str, Any], known_pd_ids: Iterable[str] = (), row_offset: int = 0) -> Registry:
    """Validate a whole registry document; raise RegistryInvalidError with every error.

    ``row_offset`` shifts the reported row numbers (1 for a spreadsheet with a header row).
    """
    errors: list[RowError] = []
    pds = _validate_section(raw.get("perangkat_daerah") or [], "perangkat_daerah", validate_pd, errors, row_offset)
    pd_ids = {p.id for p in pds} | set(known_pd_ids)
    apps = _validate_section(
        raw.get("applications") or [],
        "applications",
        lambda r, e: validate_app(r, e, pd_ids),
        errors,
        row_offset,
    )
    _check_duplicates("perangkat_daerah", [p.id for p in pds], errors, row_offset)
    _check_duplicates("applications", [a.id for a in apps], errors, row_offset)
    if not pds and not apps and not errors:
        errors.append(RowError("registri", 0, "-", "berkas tidak berisi perangkat_daerah maupun applications"))
    if errors:
        raise RegistryInvalidError(errors)
    return Registry(tuple(pds), tuple(apps))


def _validate_section(rows: Any, section: str, check: Any, errors: list[RowError], row_offset: int) -> list[Any]:
    if not isinstance(rows, list):
        errors.append(RowError(section, 0, "-", "harus berupa daftar"))
        return []
    valid = []
    for number, row in enumerate(rows, start=1 + row_offset):
        row_errors: list[tuple[str, str]] = []
        spec = check(row, row_errors) if isinstance(row, dict) else None
        if not isinstance(row, dict):
            row_errors.append(("-", "bukan objek"))
        errors.extend(RowError(section, number, f, m) for f, m in row_errors)
        if not row_errors and spec is not None:
            valid.append(spec)
    return valid


def _check_duplicates(section: str, ids: list[str], errors: list[RowError], row_offset: int) -> None:
    seen: set[str] = set()
    for number, ident in enumerate(ids, start=1 + row_offset):
        if ident in seen:
            errors.append(RowError(section, number, "id", f"id {ident!r} ganda"))
        seen.add(ident)


def validate_pd(row: Mapping[str, Any], errors: list[tuple[str, str]]) -> PerangkatDaerah | None:
    """Validate one Perangkat Daerah row, appending (field, message) errors."""
    _unknown_keys(row, PD_KEYS, errors)
    _unstorable(row, errors)
    ident = _ident(row, errors)
    nama = _text(row, "nama", errors)
    singkatan = _text(row, "singkatan", errors, default=nama)
    jenis = str(row.get("jenis") or "dinas").strip().lower()
    if jenis not in JENIS:
        errors.append(("jenis", f"{jenis!r} bukan salah satu dari {', '.join(JENIS)}"))
    kontak = validate_contacts(row.get("kontak"), errors)
    aktif = _bool(row, "aktif", True, errors)
    if errors:
        return None
    return PerangkatDaerah(ident, nama, singkatan, jenis, kontak, aktif)


def validate_app(row: Mapping[str, Any], errors: list[tuple[str, str]], pd_ids: set[str]) -> AppSpec | None:
    """Validate one application row, appending (field, message) errors."""
    _unknown_keys(row, APP_KEYS, errors)
    _unstorable(row, errors)
    ident = _ident(row, errors)
    pd_id = _text(row, "pd", errors)
    if pd_id and pd_id not in pd_ids:
        errors.append(("pd", f"Perangkat Daerah {pd_id!r} tidak terdaftar"))
    url = _url(row.get("url"), "url", errors)
    spec = AppSpec(
        id=ident,
        pd_id=pd_id,
        nama=_text(row, "nama", errors),
        url=url,
        internal=_bool(row, "internal", False, errors),
        aktif=_bool(row, "aktif", True, errors),
        interval_s=_int(row, "interval_s", 300, 30, 86400 * 31, errors),
        max_age_days=_int(row, "max_age_days", 30, 1, 3650, errors),
        config=_config(row, errors),
        kontak=validate_contacts(row.get("kontak"), errors),
        spbe=_spbe(row, errors),
    )
    return None if errors else spec


def _spbe(row: Mapping[str, Any], errors: list[tuple[str, str]]) -> Spbe:
    klasifikasi = _optional_text(row, "klasifikasi", 40).lower() or None
    if klasifikasi is not None and klasifikasi not in KLASIFIKASI:
        errors.append(("klasifikasi", "harus layanan_publik atau administrasi_pemerintahan"))
        klasifikasi = None
    tahun = _int(row, "tahun_operasi", 0, 1970, 2100, errors) if row.get("tahun_operasi") not in (None, "") else None
    return Spbe(
        klasifikasi=klasifikasi,
        unit_pengembang=_optional_text(row, "unit_pengembang", 200, errors),
        tahun_operasi=tahun,
        penanggung_jawab=_optional_text(row, "penanggung_jawab", 200, errors),
    )


def _optional_text(row: Mapping[str, Any], name: str, limit: int, errors: list[tuple[str, str]] | None = None) -> str:
    if _not_text(row.get(name), name, errors):
        return ""
    text = str(row.get(name) or "").strip()
    if len(text) > limit and errors is not None:
        errors.append((name, f"terlalu panjang (paling banyak {limit} karakter)"))
    return text


def validate_contacts(raw: Any, errors: list[tuple[str, str]]) -> tuple[Contact, ...] | None:
    """Validate a row's ``kontak`` list; None when the row has none (its stored contacts stay)."""
    if raw is None:
        return None
    if not isinstance(raw, list):
        errors.append(("kontak", "harus daftar {surel: ...} atau {webhook: ..., secret_ref: ...}"))
        return None
    contacts = []
    for number, item in enumerate(raw, start=1):
        item_errors: list[tuple[str, str]] = []
        contact = _contact(item, item_errors)
        errors.extend((_nested(f"kontak[{number}]", f), m) for f, m in item_errors)
        if contact is not None and not item_errors:
            contacts.append(contact)
    return tuple(contacts)


def _nested(parent: str, name: str) -> str:
    return parent if name == "-" else f"{parent}.{name}"


def _contact(raw: Any, errors: list[tuple[str, str]]) -> Contact | None:
    if not isinstance(raw, dict):
        errors.append(("-", "harus objek {surel: ...} atau {webhook: ..., secret_ref: ...}"))
        return None
    _unknown_keys(raw, CONTACT_KEYS, errors)
    if (raw.get("surel") is None) == (raw.get("webhook") is None):
        errors.append(("-", "isi tepat satu dari surel atau webhook"))
        return None
    nama, aktif = str(raw.get("nama") or "").strip(), _bool(raw, "aktif", True, errors)
    if raw.get("surel") is not None:
        if raw.get("secret_ref") is not None:
            errors.append(("secret_ref", "hanya untuk webhook"))
        return Contact("email", _email(raw["surel"], errors), nama, None, aktif)
    return Contact("webhook", _webhook(raw["webhook"], errors), nama, _webhook_secret(raw, errors), aktif)


def _email(value: Any, errors: list[tuple[str, str]]) -> str:
    text = str(value).strip()
    if len(text) > 254 or not EMAIL.fullmatch(text):
        errors.append(("surel", f"{text!r} bukan alamat surel yang sah"))
    return text


def _webhook(value: Any, errors: list[tuple[str, str]]) -> str:
    url_errors: list[tuple[str, str]] = []
    text = _url(value, "webhook", url_errors)
    parts = urlsplit(text) if not url_errors else None
    if parts is not None and parts.hostname and _internal_host(parts.hostname):
        # The notifier refuses it at send time too (names are only known then): refused here, it is never saved.
        url_errors.append(("webhook", "alamat webhook diblokir: alamat internal/privat"))
    elif parts is not None and parts.scheme != "https":
        url_errors.append(("webhook", "harus https://"))
    errors.extend(url_errors)
    return text


def _internal_host(host: str) -> bool:
    """Tell whether ``host`` is known, without DNS, to be this machine or a non-public address."""
    if host.lower() in LOCAL_NAMES or host.lower().endswith((".localhost", ".localhost.")):
        return True
    return is_ip_literal(host) and refusal(host.strip("[]"), AddressPolicy()) is not None


def _webhook_secret(raw: Mapping[str, Any], errors: list[tuple[str, str]]) -> str | None:
    ref = raw.get("secret_ref")
    if ref is None:
        errors.append(("secret_ref", f"wajib untuk webhook: rujukan kunci penanda tangan {APP_SECRET_FORMS}"))
        return None
    if not isinstance(ref, str) or not is_app_secret_ref(ref):
        errors.append(("secret_ref", SECRET_REF_ERROR))
    return str(ref)


def _config(row: Mapping[str, Any], errors: list[tuple[str, str]]) -> dict[str, Any]:
    config = {k: row[k] for k in CONFIG_KEYS if row.get(k) is not None}
    if "login" in config:
        _login(config["login"], errors)
    if "resolve" in config:
        config["resolve"] = _resolve(config["resolve"], errors)
    for name, low, high in (
        ("retries", 0, 5),
        ("confirm_after", 1, 10),
        ("tls_warn_days", 1, 365),
        ("timeout_s", 1, 120),
    ):
        if name in config:
            config[name] = _int(config, name, 0, low, high, errors)
    for name in ("sitemap_url", "feed_url"):
        if name in config:
            _url(config[name], name, errors)
    if "allowed_suffixes" in config and not _str_list(config["allowed_suffixes"]):
        errors.append(("allowed_suffixes", "harus daftar akhiran domain"))
    if "maintenance" in config:
        _maintenance(config["maintenance"], errors)
    if "googlebot_check" in config:
        config["googlebot_check"] = _bool(config, "googlebot_check", True, errors)
    if "ca_bundle" in config and not str(config["ca_bundle"]).startswith("/"):
        errors.append(("ca_bundle", "harus jalur berkas PEM yang mutlak, mis. /etc/pantau/ca/dinkes.pem"))
    return config


def _login(raw: Any, errors: list[tuple[str, str]]) -> None:
    if not isinstance(raw, dict):
        errors.append(("login", "harus berupa objek"))
        return
    _unknown_keys(raw, LOGIN_KEYS, errors, prefix="login.")
    for key in ("url", "username_field", "password_field", "username_secret", "password_secret"):
        if not isinstance(raw.get(key), str) or not raw[key].strip():
            errors.append((f"login.{key}", "wajib diisi"))
    if isinstance(raw.get("url"), str):
        _url(raw["url"], "login.url", errors)
    for key in ("username_secret", "password_secret"):
        value = raw.get(key)
        if isinstance(value, str) and value and not is_app_secret_ref(value):
            errors.append((f"login.{key}", SECRET_REF_ERROR))


def _resolve(raw: Any, errors: list[tuple[str, str]]) -> list[str]:
    items = [raw] if isinstance(raw, str) else raw
    if not _str_list(items):
        errors.append(("resolve", "harus daftar host:port:alamat"))
        return []
    for item in items:
        try:
            parse_resolve(item)
        except ValueError as exc:
            errors.append(("resolve", str(exc)))
    return list(items)


def _maintenance(raw: Any, errors: list[tuple[str, str]]) -> None:
    try:
        parse_windows(raw)
    except ValueError as exc:
        errors.append(("maintenance", str(exc)))


def _str_list(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) and v.strip() for v in value)


def _unknown_keys(
    row: Mapping[str, Any], allowed: frozenset[str], errors: list[tuple[str, str]], prefix: str = ""
) -> None:
    for key in sorted(set(row) - allowed):
        errors.append((f"{prefix}{key}", "kolom tidak dikenal"))


def _unstorable(row: Mapping[str, Any], errors: list[tuple[str, str]]) -> None:
    """Report each field holding what PostgreSQL cannot store: a NUL, a lone surrogate, an infinite number."""
    for key, value in row.items():
        if not _storable(value):
            errors.append((key if _storable(key) else "-", "memuat karakter atau bilangan yang tidak dapat disimpan"))


def _storable(value: Any) -> bool:
    if isinstance(value, str):
        return "\x00" not in value and value.encode("utf-8", "replace").decode("utf-8") == value
    if isinstance(value, float):
        return math.isfinite(value)
    if isinstance(value, Mapping):
        return all(_storable(k) and _storable(v) for k, v in value.items())
    if isinstance(value, list):
        return all(_storable(v) for v in value)
    return True


def _ident(row: Mapping[str, Any], errors: list[tuple[str, str]]) -> str:
    if _not_text(row.get("id"), "id", errors):
        return ""
    value = str(row.get("id") or "").strip()
    if not ID_PATTERN.match(value):
        errors.append(("id", f"{value!r} harus huruf kecil, angka atau '-' (maks. 63)"))
    return value


def _not_text(value: Any, name: str, errors: list[tuple[str, str]] | None) -> bool:
    """Say (with an error) whether a field holds an object or a list where text belongs: its Python
    form ("{'a': 1}") would otherwise be kept as the text."""
    if not isinstance(value, Mapping | list):
        return False
    if errors is not None:
        errors.append((name, "harus teks, bukan daftar atau objek"))
    return True


def _text(row: Mapping[str, Any], name: str, errors: list[tuple[str, str]], default: str = "") -> str:
    value = row.get(name)
    if _not_text(value, name, errors):
        return ""
    if value is None or (isinstance(value, str) and not value.strip()):
        if default:
            return default
        errors.append((name, "wajib diisi"))
        return ""
    return str(value).strip()


def _url(value: Any, name: str, errors: list[tuple[str, str]]) -> str:
    if _not_text(value, name, errors):
        return ""
    text = str(value or "").strip()
    try:
        parts = urlsplit(text)
    except ValueError:  # e.g. an unclosed [IPv6 address]
        errors.append((name, f"{text!r} bukan URL http(s) yang sah"))
        return text
    # Written in lower case: the database (and many a client) reads the scheme literally.
    if not text.startswith(("http://", "https://")) or not parts.hostname:
        errors.append((name, f"{text!r} bukan URL http(s) yang sah"))
    elif parts.username or parts.password:
        errors.append((name, "URL tidak boleh memuat kredensial"))
    return text


def _bool(row: Mapping[str, Any], name: str, default: bool, errors: list[tuple[str, str]]) -> bool:
    value = row.get(name)
    if value is None or value == "":
        return default
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in ("true", "ya", "yes", "1", "y"):
        return True
    if text in ("false", "tidak", "no", "0", "n"):
        return False
    errors.append((name, f"{value!r} bukan ya/tidak"))
    return default


def _int(row: Mapping[str, Any], name: str, default: int, low: int, high: int, errors: list[tuple[str, str]]) -> int:
    value = row.get(name)
    if value is None or value == "":
        return default
    if isinstance(value, float) and value.is_integer():  # JSON and YAML may write 3 as 3.0
        value = int(value)
    try:
        number = int(str(value).strip()) if not isinstance(value, bool) else None
    except ValueError:
        number = None
    if number is None or not low <= number <= high:
        errors.append((name, f"{value!r} harus bilangan bulat {low}..{high}"))
        return default
    return number
