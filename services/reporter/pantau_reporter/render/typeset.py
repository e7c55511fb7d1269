"""The nota dinas as PDF, typeset by Typst (templates/nota_dinas.typ).

WeasyPrint needed about ten seconds per thousand applications to lay out the nota; Typst lays out
the same pages in a small part of that. The HTML documents (Lembar Disposisi, monthly report) stay
with WeasyPrint (render/pdf.py).

Typst runs in a short-lived child process: the compiler keeps what it laid out for its next ten
runs (hundreds of megabytes for a nota of thousands of applications), which the reporter, a
long-running service, would otherwise carry for good.
"""

from __future__ import annotations

import base64
import json
import subprocess
import sys
from collections.abc import Callable, Iterable
from importlib import resources
from itertools import groupby
from typing import Any, Protocol, TypeVar
from urllib.parse import unquote_to_bytes

import segno

from ..core.model import LampiranRow, NotaDinas
from .html import initials

_CHILD = "import sys, typst; sys.stdout.buffer.write(typst.compile(sys.argv[1], sys_inputs={'nota': sys.stdin.read()}))"

TIMEOUT_S = 300  # far above the 3,000 applications of the benchmark: a hung child must not hold the worker


class _OfPd(Protocol):
    @property
    def pd_nama(self) -> str: ...


_T = TypeVar("_T", bound=_OfPd)


class TypesetError(RuntimeError):
    """Typst could not typeset the nota (its message says why)."""


def nota_pdf(nota: NotaDinas) -> bytes:
    """Return the PDF bytes of a nota dinas (with its QR code once it has a verification link)."""
    view = json.dumps(nota_view(nota)).encode("ascii")  # ASCII whatever the child's locale
    template = resources.files("pantau_reporter").joinpath("templates/nota_dinas.typ")
    with resources.as_file(template) as path:
        try:
            command = [sys.executable, "-c", _CHILD, str(path)]
            done = subprocess.run(command, input=view, capture_output=True, timeout=TIMEOUT_S, check=False)
        except subprocess.TimeoutExpired as exc:
            raise TypesetError(f"Typst did not finish within {TIMEOUT_S} s") from exc
    if done.returncode != 0 or not done.stdout.startswith(b"%PDF"):
        raise TypesetError(done.stderr.decode("utf-8", "replace")[-2000:])
    return done.stdout


def nota_view(n: NotaDinas) -> dict[str, Any]:
    """Return what the template prints, as plain JSON strings and numbers."""
    return {
        "nomor": n.nomor,
        "docref": f"Nota Dinas {n.nomor} · versi {n.version}",
        "parafref": "Paraf: " + "".join(f"{initials(p.official.jabatan)} ✓ " for p in n.paraf) if n.paraf else "",
        "kop": {k: " ".join(getattr(n.kop, k).split()) for k in ("pemerintah", "dinas", "alamat", "kontak")},
        "logo": _image(n.kop.logo),
        "head": _head(n),
        "tanggal": n.tanggal_panjang,
        "cycle_no": n.cycle.cycle_no,
        "dasar": list(n.dasar),
        "summary": _summary(n),
        "per_pd": [[p.pd_nama, p.jumlah_aplikasi, p.aktif, p.update, len(p.masalah)] for p in n.per_pd],
        "tindak_lanjut": _by_pd(n.tindak_lanjut, lambda t: [t.no, t.app_nama, t.masalah, t.rekomendasi]),
        "positif_palsu": n.kalimat_positif_palsu,
        "sebelumnya": _previous(n),
        "catatan": n.catatan,
        "paraf": [{"jabatan": p.official.jabatan, "nama": p.official.nama, "at": p.at_label} for p in n.paraf],
        "jabatan_ttd": n.jabatan_ttd.upper(),
        "signer": {"nama": n.signer.nama, "pangkat": n.signer.pangkat or "", "nip": n.signer.nip or "-"},
        "qr": _qr_svg(n.verify_url) if n.verify_url else "",
        "footnote": _footnote(n),
        "rows": _by_pd(n.rows, _lampiran_cells),
    }


def _by_pd(items: Iterable[_T], cells: Callable[[_T], list[Any]]) -> list[dict[str, Any]]:
    """Return the table rows grouped under their Perangkat Daerah, in the order of its name."""
    ordered = sorted(items, key=lambda item: item.pd_nama.lower())
    return [{"pd": pd, "rows": [cells(i) for i in group]} for pd, group in groupby(ordered, key=lambda i: i.pd_nama)]


def _lampiran_cells(r: LampiranRow) -> list[Any]:
    return [r.no, r.app_nama, r.url, r.status, r.login, r.konten, r.perubahan_terakhir, r.temuan]


def _head(n: NotaDinas) -> list[tuple[str, str]]:
    lines = [("Kepada", n.kepada), ("Dari", n.dari)]
    if n.tembusan:
        lines.append(("Tembusan", "; ".join(n.tembusan)))
    return [*lines, ("Tanggal", n.tanggal_panjang), ("Sifat", n.sifat), ("Lampiran", n.lampiran), ("Hal", n.hal)]


def _summary(n: NotaDinas) -> dict[str, Any]:
    return {"total": n.summary.total, "rows": n.summary.rows()}


def _previous(n: NotaDinas) -> dict[str, Any] | None:
    if not n.sebelumnya:
        return None
    rows = [
        {"pd": f.pd_nama, "app": f.app_nama, "masalah": f.masalah, "status": f.status, "keterangan": f.keterangan}
        for f in n.sebelumnya
    ]
    return {"siklus": n.siklus_sebelumnya, "kalimat": n.rekap_sebelumnya.kalimat, "rows": rows}


def _footnote(n: NotaDinas) -> str:
    if n.certified_footer:
        return (
            "Dokumen ini telah ditandatangani secara elektronik menggunakan sertifikat elektronik yang "
            "diterbitkan oleh Balai Sertifikasi Elektronik (BSrE), BSSN. Sesuai Undang-Undang Nomor 11 Tahun "
            "2008 tentang Informasi dan Transaksi Elektronik Pasal 5 ayat (1), informasi elektronik dan/atau "
            "hasil cetaknya merupakan alat bukti hukum yang sah. Pindai kode QR untuk memeriksa keaslian dokumen."
        )
    if n.verify_url:
        return (
            "Ditandatangani secara elektronik (sertifikat demo lingkungan uji, bukan sertifikat BSrE). Keaslian "
            f"dokumen dapat diperiksa dengan memindai kode QR atau di {n.verify_url}."
        )
    return ""


def _qr_svg(url: str) -> str:
    out = segno.make(url, error="m").svg_inline(scale=4, border=1)
    return str(out)


def _image(data_uri: str) -> dict[str, Any] | None:
    """Return a data: URI image as the template wants it (its bytes and format), or None."""
    if not data_uri.startswith("data:image/") or "," not in data_uri:
        return None
    meta, payload = data_uri[len("data:image/") :].split(",", 1)
    kind, _, encoding = meta.partition(";")
    data = base64.b64decode(payload) if encoding == "base64" else unquote_to_bytes(payload)
    return {"data": list(data), "format": {"svg+xml": "svg", "jpeg": "jpg"}.get(kind, kind)}
