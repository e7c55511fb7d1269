"""Reading registry files (YAML, CSV, Excel) into the plain document ``validation`` reads,
and writing the registry back as Excel or CSV (``flat`` holds the columns and their syntax).

A workbook has the sheets ``perangkat_daerah`` and ``applications`` (or ``aplikasi``); a CSV file
holds the applications only, with optional ``pd_nama``/``pd_singkatan``/``pd_jenis`` columns.
"""

from __future__ import annotations

import csv
import io
import itertools
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import yaml

from .flat import (
    APP_COLUMNS,
    PD_FLAT_COLUMNS,
    app_document,
    app_from_flat,
    flat_app,
    flat_pd,
    pd_document,
    pd_from_flat,
)
from .model import Registry
from .validation import RegistryInvalidError, RowError, validate_registry

MAX_FILE_BYTES = 20_000_000
# libyaml's safe loader reads a registry of a thousand applications ten times faster.
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
SUFFIXES = (".yaml", ".yml", ".csv", ".xlsx", ".xlsm")


def load_registry(path: str | Path, known_pd_ids: Iterable[str] = ()) -> Registry:
    """Read and validate a registry file; raise RegistryInvalidError listing every error."""
    path = Path(path)
    if path.stat().st_size > MAX_FILE_BYTES:
        raise RegistryInvalidError([RowError("berkas", 0, "-", "berkas terlalu besar")])
    return read_registry(path.name, path.read_bytes(), known_pd_ids)


def read_registry(filename: str, data: bytes, known_pd_ids: Iterable[str] = ()) -> Registry:
    """Validate a registry file's content, its format told by the name; raise RegistryInvalidError."""
    suffix = Path(filename).suffix.lower()
    if len(data) > MAX_FILE_BYTES:
        raise RegistryInvalidError([RowError("berkas", 0, "-", "berkas terlalu besar")])
    if suffix in (".yaml", ".yml"):
        return validate_registry(_yaml(data), known_pd_ids)
    if suffix == ".csv":
        return validate_registry(_csv(data), known_pd_ids, row_offset=1)
    if suffix in (".xlsx", ".xlsm"):
        return validate_registry(_xlsx(data), known_pd_ids, row_offset=1)
    raise RegistryInvalidError([RowError("berkas", 0, "-", f"format {suffix!r} tidak didukung (yaml, csv, xlsx)")])


def _yaml(data: bytes) -> dict[str, Any]:
    try:
        doc = yaml.load(data.decode("utf-8"), Loader=_SAFE_LOADER)  # noqa: S506 - a safe loader
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise RegistryInvalidError([RowError("berkas", _yaml_line(exc), "-", f"YAML tidak sah: {exc}")]) from None
    if not isinstance(doc, dict):
        raise RegistryInvalidError([RowError("berkas", 0, "-", "isi harus pemetaan perangkat_daerah/applications")])
    _refuse_expansions(doc)
    return doc


# A registry of thousands of applications is some tens of thousands of values, a few levels deep.
MAX_YAML_VALUES = 1_000_000
MAX_YAML_DEPTH = 32
TOO_MANY_VALUES = (
    "YAML terlalu besar atau bertingkat terlalu dalam (mungkin karena alias *nama): paling banyak"
    f" {MAX_YAML_VALUES:_} nilai dan {MAX_YAML_DEPTH} tingkat".replace("_", ".")
)


def _refuse_expansions(doc: Any) -> None:
    """Refuse a YAML document that stands for more values (or levels) than any registry holds.

    Aliases (``*name``) repeat what their anchor holds: nine levels of ten aliases, 500 bytes, stood for
    a billion values, which validation walked (and wrote into its error message) until the process
    gave out. Counted here without recursion, stopping at the limit.
    """
    count, pending = 0, [(doc, 1)]
    while pending:
        value, depth = pending.pop()
        count += 1
        if count > MAX_YAML_VALUES or depth > MAX_YAML_DEPTH:
            raise RegistryInvalidError([RowError("berkas", 0, "-", TOO_MANY_VALUES)])
        if isinstance(value, dict):
            pending.extend((item, depth + 1) for pair in value.items() for item in pair)
        elif isinstance(value, list):
            pending.extend((item, depth + 1) for item in value)


def _yaml_line(exc: Exception) -> int:
    mark = getattr(exc, "problem_mark", None)
    return int(mark.line) + 1 if mark is not None else 0


def _csv(data: bytes) -> dict[str, Any]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise RegistryInvalidError([RowError("berkas", 0, "-", "CSV harus berenkode UTF-8")]) from None
    sample = text[:4096]
    try:
        dialect: Any = csv.Sniffer().sniff(sample, delimiters=",;\t") if sample else csv.excel
    except csv.Error:
        dialect = csv.excel
    rows = _at_most(MAX_ROWS, (dict(r) for r in csv.DictReader(io.StringIO(text, newline=""), dialect=dialect)))
    return _from_flat_applications(rows)


def _xlsx(data: bytes) -> dict[str, Any]:
    import zipfile

    import openpyxl

    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError):
        raise RegistryInvalidError([RowError("berkas", 0, "-", "bukan berkas Excel (.xlsx) yang sah")]) from None
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
        doc["perangkat_daerah"] = [pd_from_flat(row) for row in pds] + [
            p for p in doc["perangkat_daerah"] if p["id"] not in {str(r.get("id")) for r in pds}
        ]
    return doc


def _sheet_rows(sheet: Any) -> list[dict[str, Any]]:
    rows = sheet.iter_rows(values_only=True)
    header = [str(h).strip() if h is not None else "" for h in next(rows, [])]
    filled = (values for values in rows if values is not None and any(v not in (None, "") for v in values))
    return _at_most(MAX_ROWS, ({h: _cell(v) for h, v in zip(header, values, strict=False) if h} for values in filled))


# Far more rows than any registry holds (all of Indonesia ran some 24,400 applications in 2022). A
# 2 MB CSV of one-letter lines was three million rows: 35 s, 1.5 GB and as many errors on the page.
MAX_ROWS = 50_000


def _at_most(limit: int, rows: Iterator[dict[str, Any]]) -> list[dict[str, Any]]:
    """Return the rows, or refuse the file as soon as it has more than ``limit``."""
    kept = list(itertools.islice(rows, limit + 1))
    if len(kept) > limit:
        message = f"berkas memuat lebih dari {limit:_} baris; registri sebesar itu tidak diterima".replace("_", ".")
        raise RegistryInvalidError([RowError("berkas", 0, "-", message)])
    return kept


def _cell(value: Any) -> Any:
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _from_flat_applications(rows: list[dict[str, Any]]) -> dict[str, Any]:
    apps: list[dict[str, Any]] = []
    pds: dict[str, dict[str, Any]] = {}
    for row in rows:
        app, pd = app_from_flat(row)
        if pd and app.get("pd"):
            pds.setdefault(str(app["pd"]), {"id": str(app["pd"]), **pd})
        apps.append(app)
    return {"perangkat_daerah": list(pds.values()), "applications": apps}


# --- writing -----------------------------------------------------------------------------


def registry_workbook(registry: Registry) -> bytes:
    """Return the registry as an Excel workbook that imports back unchanged."""
    pds = [flat_pd(pd_document(p)) for p in registry.perangkat_daerah]
    apps = [flat_app(app_document(a)) for a in registry.applications]
    return workbook({"perangkat_daerah": (PD_FLAT_COLUMNS, pds), "applications": (APP_COLUMNS, apps)})


def registry_csv(registry: Registry) -> bytes:
    """Return the registry's applications as CSV (UTF-8 with BOM, for Excel) that imports back unchanged."""
    return table_csv(APP_COLUMNS, [flat_app(app_document(a)) for a in registry.applications])


def workbook(sheets: dict[str, tuple[Sequence[str], Sequence[dict[str, Any]]]]) -> bytes:
    """Return an Excel workbook with one sheet per entry: its header row, then its rows."""
    import openpyxl

    book = openpyxl.Workbook(write_only=True)
    for name, (columns, rows) in sheets.items():
        sheet = book.create_sheet(name)
        sheet.append(list(columns))
        for row in rows:
            sheet.append([_text_cell(sheet, row.get(c)) for c in columns])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def table_csv(columns: Sequence[str], rows: Sequence[dict[str, Any]]) -> bytes:
    """Return rows as CSV with a header, UTF-8 with a BOM so that Excel reads it right."""
    out = io.StringIO(newline="")
    writer = csv.writer(out)
    writer.writerow(columns)
    writer.writerows([[_csv_cell(row.get(c)) for c in columns] for row in rows])
    return out.getvalue().encode("utf-8-sig")


def _text_cell(sheet: Any, value: Any) -> Any:
    """Store text as text: a value starting with '=' stays a string, never a formula."""
    if not (isinstance(value, str) and value.startswith("=")):
        return value
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(sheet, value)
    cell.data_type = "s"
    return cell


def _csv_cell(value: Any) -> Any:
    """Keep a CSV cell from being read as a formula by a spreadsheet (CSV injection)."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return "" if value is None else value
