"""Reading registry files (YAML, CSV, Excel) into the plain document the core validates.

In a flat file (CSV, or a spreadsheet's sheet) the ``kontak`` column holds e-mail addresses
separated by ``;``: a row with the column gets exactly those contacts (none when it is empty).
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml

from .core.registry import Registry
from .core.registry_validation import RegistryInvalidError, RowError, validate_registry

_LIST_COLUMNS = ("resolve", "allowed_suffixes")
_PD_COLUMNS = {"pd_nama": "nama", "pd_singkatan": "singkatan", "pd_jenis": "jenis"}
_MAX_FILE_BYTES = 20_000_000


def load_registry(path: str | Path, known_pd_ids: Iterable[str] = ()) -> Registry:
    """Read and validate a registry file; raise RegistryInvalidError listing every error."""
    path = Path(path)
    suffix = path.suffix.lower()
    if path.stat().st_size > _MAX_FILE_BYTES:
        raise RegistryInvalidError([RowError("berkas", 0, "-", "berkas terlalu besar")])
    if suffix in (".yaml", ".yml"):
        return validate_registry(_yaml(path), known_pd_ids)
    if suffix == ".csv":
        return validate_registry(_csv(path), known_pd_ids, row_offset=1)
    if suffix in (".xlsx", ".xlsm"):
        return validate_registry(_xlsx(path), known_pd_ids, row_offset=1)
    raise RegistryInvalidError([RowError("berkas", 0, "-", f"format {suffix!r} tidak didukung (yaml, csv, xlsx)")])


def _yaml(path: Path) -> dict[str, Any]:
    try:
        doc = yaml.safe_load(path.read_text("utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise RegistryInvalidError([RowError("berkas", _yaml_line(exc), "-", f"YAML tidak sah: {exc}")]) from None
    if not isinstance(doc, dict):
        raise RegistryInvalidError([RowError("berkas", 0, "-", "isi harus pemetaan perangkat_daerah/applications")])
    return doc


def _yaml_line(exc: Exception) -> int:
    mark = getattr(exc, "problem_mark", None)
    return int(mark.line) + 1 if mark is not None else 0


def _csv(path: Path) -> dict[str, Any]:
    with path.open(newline="", encoding="utf-8-sig") as handle:
        sample = handle.read(4096)
        handle.seek(0)
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t") if sample else csv.excel
        rows = [dict(r) for r in csv.DictReader(handle, dialect=dialect)]
    return _from_flat_applications(rows)


def _xlsx(path: Path) -> dict[str, Any]:
    import openpyxl

    book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        sheets = {name.lower(): _sheet_rows(book[name]) for name in book.sheetnames}
    finally:
        book.close()
    apps = sheets.get("applications") or sheets.get("aplikasi")
    if apps is None:
        apps = next(iter(sheets.values()), [])
    doc = _from_flat_applications(apps)
    pds = sheets.get("perangkat_daerah")
    if pds is not None:
        doc["perangkat_daerah"] = [_flat_pd(row) for row in pds] + [
            p for p in doc["perangkat_daerah"] if p["id"] not in {str(r.get("id")) for r in pds}
        ]
    return doc


def _sheet_rows(sheet: Any) -> list[dict[str, Any]]:
    rows = sheet.iter_rows(values_only=True)
    header = [str(h).strip() if h is not None else "" for h in next(rows, [])]
    found = []
    for values in rows:
        if values is None or all(v in (None, "") for v in values):
            continue
        found.append({h: _cell(v) for h, v in zip(header, values, strict=False) if h})
    return found


def _cell(value: Any) -> Any:
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _flat_pd(row: dict[str, Any]) -> dict[str, Any]:
    pd = {k: v for k, v in row.items() if v not in (None, "") and k != "kontak"}
    if "kontak" in row:
        pd["kontak"] = _email_contacts(row["kontak"])
    return pd


def _email_contacts(cell: Any) -> list[dict[str, str]]:
    return [{"surel": address} for address in _split_list(cell)]


def _split_list(cell: Any) -> list[str]:
    return str(cell or "").replace(";", " ").split()


def _from_flat_applications(rows: list[dict[str, Any]]) -> dict[str, Any]:
    apps: list[dict[str, Any]] = []
    pds: dict[str, dict[str, Any]] = {}
    for row in rows:
        app: dict[str, Any] = {}
        pd: dict[str, Any] = {}
        for raw_key, value in row.items():
            key = (raw_key or "").strip()
            if key == "kontak":
                app["kontak"] = _email_contacts(value)
            elif value in (None, "") or not key:
                continue
            elif key in _PD_COLUMNS:
                pd[_PD_COLUMNS[key]] = value
            elif key.startswith("login."):
                app.setdefault("login", {})[key[6:]] = value
            elif key in _LIST_COLUMNS:
                app[key] = _split_list(value)
            else:
                app[key] = value
        if pd and app.get("pd"):
            pds.setdefault(str(app["pd"]), {"id": str(app["pd"]), **pd})
        apps.append(app)
    return {"perangkat_daerah": list(pds.values()), "applications": apps}
