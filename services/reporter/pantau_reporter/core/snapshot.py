"""What a draft was built from, kept with the draft so its signed version prints the same results
(the cycle may have received later results in between): the applications, the false positives
set aside and the previous cycle's follow-ups as they stood."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from pantau_contracts.codec import from_jsonable, to_jsonable
from pantau_contracts.status import ApplicationChecked

from .advice import SetAside
from .followups import FollowUpRecord
from .records import MonitoredApp

_IDENTITY = ("app_id", "nama", "url", "pd_id", "pd_nama")


def dump_apps(apps: Iterable[MonitoredApp]) -> list[dict[str, Any]]:
    """Return the applications as plain JSON, each result in its wire form."""
    return [
        {**{key: getattr(a, key) for key in _IDENTITY}, "result": to_jsonable(a.result) if a.result else None}
        for a in apps
    ]


def load_apps(items: Iterable[dict[str, Any]]) -> tuple[MonitoredApp, ...]:
    """Return the applications of a snapshot, decoding each result with the contracts' codec."""
    return tuple(_app(item) for item in items)


def dump_set_aside(set_aside: Iterable[SetAside]) -> list[list[str]]:
    """Return the false positives set aside as plain JSON."""
    return sorted(list(key) for key in set_aside)


def load_set_aside(items: Iterable[list[str]]) -> frozenset[SetAside]:
    """Return the false positives of a snapshot."""
    return frozenset((app_id, code, fingerprint) for app_id, code, fingerprint in items)


def dump_follow_ups(items: Iterable[FollowUpRecord]) -> list[dict[str, Any]]:
    """Return follow-ups as plain JSON."""
    return [to_jsonable(f) for f in items]


def load_follow_ups(items: Iterable[dict[str, Any]]) -> tuple[FollowUpRecord, ...]:
    """Return the follow-ups of a snapshot."""
    return tuple(from_jsonable(FollowUpRecord, item) for item in items)


def _app(item: dict[str, Any]) -> MonitoredApp:
    wire = item["result"] if "result" in item else _legacy_result(item)
    result = from_jsonable(ApplicationChecked, wire) if wire else None
    return MonitoredApp(item["app_id"], item["nama"], item["url"], item["pd_id"], item["pd_nama"], result)


def _legacy_result(item: dict[str, Any]) -> dict[str, Any] | None:
    """Return the wire form of a result kept flat, as drafts stored before this format did."""
    if not item.get("availability"):
        return None
    return {
        "app_id": item["app_id"],
        "pd_id": item["pd_id"],
        "url": item["url"],
        "checked_at": item["checked_at"],
        "availability": item["availability"],
        "timings": {"total_ms": 0.0},  # not kept by the old format; no document prints it
        "reason": item.get("reason"),
        "http_status": item.get("http_status"),
        "login": {"result": item.get("login") or "tidak_dikonfigurasi"},
        "content": {"result": item.get("freshness") or "tidak_diketahui", "last_changed": item.get("last_changed")},
        "findings": item.get("findings") or [],
    }
