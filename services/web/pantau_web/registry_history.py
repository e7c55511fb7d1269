"""The registry history as an official reads it: each change with the fields it touched, their
values before and after in the words of the form (pure: history rows in, entries out)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from pantau_common.registry.flat import flat_app, flat_pd
from pantau_contracts.vocabulary import JENIS_PD_LABELS, KLASIFIKASI_LABELS, REGISTRY_FIELD_LABELS

_VALUE_LABELS = {"klasifikasi": KLASIFIKASI_LABELS, "jenis": JENIS_PD_LABELS}
_YES_NO = {"ya": "Ya", "tidak": "Tidak"}


def history_entries(
    rows: Iterable[Mapping[str, Any]], pd_names: Mapping[str, str] | None = None
) -> list[dict[str, Any]]:
    """Return each history row with ``diffs``: (field label, before, after) for every field it changed;
    an application's Perangkat Daerah is named by ``pd_names`` (id to name) where it is there."""
    return [{**row, "diffs": field_diffs(row["before"], row["after"], pd_names)} for row in rows]


def field_diffs(
    before: Mapping[str, Any] | None, after: Mapping[str, Any], pd_names: Mapping[str, str] | None = None
) -> list[tuple[str, str, str]]:
    """Return (label, before, after) of each field that differs, in the form's order."""
    flatten = flat_app if "pd" in after else flat_pd
    old, new = flatten(before or {}), flatten(after)
    names = pd_names or {}
    return [
        (REGISTRY_FIELD_LABELS.get(key, "Isian lain"), shown(key, old.get(key), names), shown(key, new.get(key), names))
        for key in new
        if old.get(key) != new.get(key)
    ]


def shown(key: str, value: Any, pd_names: Mapping[str, str] | None = None) -> str:
    """Show a registry value: its label where it is a code, '–' where it is empty."""
    if value in (None, ""):
        return "–"
    text = str(value)
    if key in _VALUE_LABELS:
        return _VALUE_LABELS[key].get(text, "lain-lain")
    if key == "pd" and pd_names:
        return pd_names.get(text, text)
    return _YES_NO.get(text, text)
