"""Where a cycle stands inside a step (its phase), and which official action is open there.

The workflow's state machine moves between these phases; the web shows only the actions
open at the instance's (step, phase), for the role the SOP definition gives that step. The
workflow checks again: it is the authority.
"""

from __future__ import annotations

from typing import Literal

Phase = Literal[
    "menunggu_disposisi",
    "memeriksa",
    "menyusun_draf",
    "draf_gagal",
    "draf_siap",
    "menunggu_paraf",
    "menunggu_tanda_tangan",
    "menandatangani",
    "menunggu_penyampaian",
    "menyampaikan",
    "selesai",
]

PHASE_LABELS: dict[str, str] = {
    "menunggu_disposisi": "Menunggu disposisi",
    "memeriksa": "Pemeriksaan aplikasi berjalan",
    "menyusun_draf": "Draf nota dinas sedang disusun",
    "draf_gagal": "Draf nota dinas gagal disusun",
    "draf_siap": "Draf nota dinas siap ditinjau Pelaksana",
    "menunggu_paraf": "Menunggu paraf",
    "menunggu_tanda_tangan": "Menunggu tanda tangan",
    "menandatangani": "Tanda tangan elektronik sedang dibubuhkan",
    "menunggu_penyampaian": "Menunggu penyampaian ke Wali Kota",
    "menyampaikan": "Nota dinas sedang disampaikan",
    "selesai": "Selesai",
}

# Labels name no role: the SOP definition says who acts, and a city may change it.
# Phases in which the machine (checker, reporter) works and no official can act.
BUSY_PHASES: frozenset[str] = frozenset({"memeriksa", "menyusun_draf", "menandatangani", "menyampaikan"})

# Which action is open at which (step, phase); the role comes from the SOP definition's step.
ACTIONS: dict[str, frozenset[tuple[int, str]]] = {
    "disposisi": frozenset({(2, "menunggu_disposisi")}),
    "revisi": frozenset({(3, "draf_siap"), (3, "draf_gagal")}),
    "kirim": frozenset({(3, "draf_siap")}),
    "paraf": frozenset({(4, "menunggu_paraf"), (5, "menunggu_paraf")}),
    "kembalikan": frozenset({(4, "menunggu_paraf"), (5, "menunggu_paraf"), (6, "menunggu_tanda_tangan")}),
    "tandatangani": frozenset({(6, "menunggu_tanda_tangan")}),
    "sampaikan": frozenset({(7, "menunggu_penyampaian")}),
}


def open_actions(step: int, phase: str) -> list[str]:
    """Return the names of the actions open at ``(step, phase)``, in a stable order."""
    return [name for name, where in ACTIONS.items() if (step, phase) in where]
