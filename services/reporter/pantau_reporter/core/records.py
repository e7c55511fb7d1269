"""What the documents are built from: the officials, the cycle and the monitored applications."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from pantau_contracts.status import ApplicationChecked, Finding

from .dates import tanggal_jam


@dataclass(frozen=True)
class Official:
    """A signing or initialling official as printed on the document."""

    role: str
    nama: str
    jabatan: str
    nip: str = ""
    pangkat: str = ""


@dataclass(frozen=True)
class CycleInfo:
    """One monitoring cycle (SOP instance) as the documents name it."""

    instance_id: str
    cycle_no: str
    note: str = ""
    started_at: datetime | None = None
    started_by: int | None = None


@dataclass(frozen=True)
class Paraf:
    """One initial (paraf) given to a version of the nota, from the signed audit trail."""

    step: int
    official: Official
    at: datetime
    sha256: str

    @property
    def at_label(self) -> str:
        return tanggal_jam(self.at)


@dataclass(frozen=True)
class MonitoredApp:
    """A registered application with its latest check result (``result`` None: none yet).

    Not the wire type itself: documents print the registry's names, and the event carries only ids.
    """

    app_id: str
    nama: str
    url: str
    pd_id: str
    pd_nama: str
    result: ApplicationChecked | None = None

    @property
    def has_result(self) -> bool:
        return self.result is not None

    @property
    def availability(self) -> str | None:
        return self.result.availability if self.result else None

    @property
    def freshness(self) -> str | None:
        return self.result.content.result if self.result else None

    @property
    def login(self) -> str | None:
        return self.result.login.result if self.result else None

    @property
    def findings(self) -> tuple[Finding, ...]:
        return self.result.findings if self.result else ()

    @property
    def checked_at(self) -> datetime | None:
        return self.result.checked_at if self.result else None
