"""Load every input of a document once, before anything is built: one function per document.

Each returns the plain inputs dataclass the pure core builds the document from.
"""

from __future__ import annotations

import logging
from datetime import date
from typing import Any

from pantau_contracts.sop import DispositionWritten, DraftRequested, SignatureRequested

from .config import ReporterConfig
from .core.advice import SetAside
from .core.dates import WIB
from .core.disposisi import DisposisiInputs
from .core.followups import FollowUpRecord
from .core.model import NotaInputs
from .core.records import MonitoredApp, Official, Paraf
from .core.snapshot import load_apps, load_follow_ups, load_set_aside
from .repository import MissingDataError, Repositories, Sources, StoredDocument

log = logging.getLogger(__name__)
ROLE_JABATAN = "Kepala Dinas Komunikasi, Informatika, Statistik dan Persandian"


def load_draft(sources: Sources, ev: DraftRequested, nomor: str, config: ReporterConfig) -> NotaInputs:
    """Return a draft's inputs: the cycle's latest results, the false positives, the previous follow-ups."""
    apps = sources.scoped_apps(ev.instance_id)
    return NotaInputs(
        cycle=sources.cycle(ev.instance_id),
        version=ev.version,
        nomor=nomor,
        on=ev.at.astimezone(WIB).date(),
        apps=apps,
        signer=signer_or_placeholder(sources),
        dasar=config.sop.legal_basis,
        kop=config.kop,
        catatan=ev.catatan,
        set_aside=sources.false_positives([a.app_id for a in apps]),
        sebelumnya=sources.previous_follow_ups(ev.instance_id),
    )


def load_signed(
    repos: Repositories,
    ev: SignatureRequested,
    draft: StoredDocument,
    *,
    verify_url: str,
    certified: bool,
    config: ReporterConfig,
) -> NotaInputs:
    """Return the inputs of the signed nota: the draft's own snapshot, with the paraf given to it."""
    snap = draft.meta.get("snapshot") or {}
    on = date.fromisoformat(snap["on"]) if snap.get("on") else ev.at.astimezone(WIB).date()
    apps = load_apps(snap.get("apps", ()))
    sources = repos.sources
    return NotaInputs(
        cycle=sources.cycle(ev.instance_id),
        version=ev.version,
        nomor=draft.nomor or "",
        on=on,
        apps=apps,
        signer=signer_or_placeholder(sources),
        dasar=config.sop.legal_basis,
        kop=config.kop,
        paraf=load_paraf(repos, ev.instance_id, ev.version),
        catatan=str(snap.get("catatan", "")),
        certified_footer=certified and bool(verify_url),
        verify_url=verify_url,
        set_aside=_kept_set_aside(snap, sources, apps),
        sebelumnya=_kept_previous(snap, sources, ev.instance_id),
    )


# Drafts stored before the snapshot kept these read them now, as such a draft did then.
def _kept_set_aside(snap: dict[str, Any], sources: Sources, apps: tuple[MonitoredApp, ...]) -> frozenset[SetAside]:
    if "positif_palsu" in snap:
        return load_set_aside(snap["positif_palsu"])
    return sources.false_positives([a.app_id for a in apps])


def _kept_previous(snap: dict[str, Any], sources: Sources, instance_id: str) -> tuple[FollowUpRecord, ...]:
    if "sebelumnya" in snap:
        return load_follow_ups(snap["sebelumnya"])
    return sources.previous_follow_ups(instance_id)


def load_paraf(repos: Repositories, instance_id: str, version: int) -> tuple[Paraf, ...]:
    """Return the paraf given to one version, with the officials who gave them."""
    return tuple(
        Paraf(e.step, repos.sources.official_by_id(e.user_id), e.at, e.doc_sha256)
        for e in repos.documents.paraf(instance_id, version)
    )


def load_disposition(sources: Sources, ev: DispositionWritten, agenda: str, config: ReporterConfig) -> DisposisiInputs:
    """Return the inputs of the Lembar Disposisi: the cycle's order and the Kasie's disposition."""
    cycle = sources.cycle(ev.instance_id)
    if cycle.started_by is None or cycle.started_at is None:
        raise MissingDataError(f"SOP instance {ev.instance_id} has no order to disposition")
    return DisposisiInputs(
        cycle_no=cycle.cycle_no,
        ordered_by=sources.official_by_id(cycle.started_by),
        ordered_at=cycle.started_at,
        written_at=ev.at,
        nomor_agenda=agenda,
        sifat=ev.sifat,
        instruksi=ev.instruksi,
        catatan=ev.catatan,
        pelaksana=sources.official_by_id(ev.pelaksana_id),
        kasie=sources.official_by_id(ev.by),
        order_note=cycle.note,
        kop=config.kop,
    )


def signer_or_placeholder(sources: Sources) -> Official:
    """Return the Kepala Dinas; a draft still renders when no such account exists yet."""
    try:
        return sources.official_by_role("kadis")
    except MissingDataError:
        log.warning("no active Kepala Dinas account; the draft names no signer")
        return Official("kadis", "(nama Kepala Dinas)", ROLE_JABATAN)
