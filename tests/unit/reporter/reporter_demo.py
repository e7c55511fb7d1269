"""A nota as large as the demo's: the 29 applications of ``deploy/demo`` with their usual results.

Kept here (not read from ``deploy/``) so the document tests do not move when the demo does.
"""

from __future__ import annotations

import dataclasses
from datetime import timedelta

from reporter_samples import WHEN, checked, inputs

from pantau_contracts.status import ApplicationChecked, Finding
from pantau_reporter.core.model import NotaInputs
from pantau_reporter.core.records import MonitoredApp

PD_NAMES = {
    "setda": "Sekretariat Daerah Kota Bekasi",
    "diskominfostandi": "Dinas Komunikasi, Informatika, Statistik dan Persandian",
    "dinkes": "Dinas Kesehatan",
    "disdukcapil": "Dinas Kependudukan dan Pencatatan Sipil",
    "bapenda": "Badan Pendapatan Daerah",
    "dpmptsp": "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu",
    "disdik": "Dinas Pendidikan",
    "bpbd": "Badan Penanggulangan Bencana Daerah",
    "satpolpp": "Satuan Polisi Pamong Praja",
    "dinsos": "Dinas Sosial",
    "dbmsda": "Dinas Bina Marga dan Sumber Daya Air",
    "distaru": "Dinas Tata Ruang",
    "inspektorat": "Inspektorat Kota Bekasi",
    "kec-bekasi-barat": "Kecamatan Bekasi Barat",
    "kec-jatiasih": "Kecamatan Jatiasih",
    "kec-rawalumbu": "Kecamatan Rawalumbu",
}
# (id, pd, nama, host, behaviour), as in deploy/demo/registry.yaml and fleet.py
FLEET = (
    ("setda-portal", "setda", "Portal Resmi Pemerintah Kota Bekasi", "www", "healthy"),
    ("diskominfo-web", "diskominfostandi", "Website Diskominfostandi", "diskominfo", "healthy"),
    ("diskominfo-sso", "diskominfostandi", "Single Sign-On (SSO) Pemkot Bekasi", "sso", "login"),
    ("diskominfo-eoffice", "diskominfostandi", "e-Office Kota Bekasi", "eofficev2", "login"),
    ("diskominfo-sipdah", "diskominfostandi", "Sistem Informasi Pemerintahan Daerah (SIPDAH)", "sipdah", "locked"),
    ("diskominfo-kotacerdas", "diskominfostandi", "Web Kota Cerdas Bekasi", "", "web_id"),
    ("dinkes-web", "dinkes", "Website Dinas Kesehatan", "dinkes", "healthy"),
    ("dinkes-puskesmas", "dinkes", "Sistem Informasi Puskesmas", "puskesmas", "down503"),
    ("disdukcapil-web", "disdukcapil", "Website Disdukcapil", "disdukcapil", "healthy"),
    ("disdukcapil-antrian", "disdukcapil", "Antrian Online Disdukcapil", "antrian-disdukcapil", "healthy"),
    ("bapenda-web", "bapenda", "Website Bapenda", "bapenda", "stale"),
    ("bapenda-ebphtb", "bapenda", "e-BPHTB", "ebphtb", "down503"),
    ("dpmptsp-web", "dpmptsp", "Website DPMPTSP", "dpmptsp", "healthy"),
    ("dpmptsp-mpp", "dpmptsp", "Mal Pelayanan Publik (MPP)", "mpp", "healthy"),
    ("disdik-web", "disdik", "Website Dinas Pendidikan", "disdik", "hidden_gambling"),
    ("disdik-ppdb", "disdik", "PPDB Kota Bekasi", "ppdb", "healthy"),
    ("bpbd-web", "bpbd", "Website BPBD", "bpbd", "healthy"),
    ("satpolpp-web", "satpolpp", "Website Satpol PP", "satpolpp", "healthy"),
    ("dinsos-web", "dinsos", "Website Dinas Sosial", "dinsos", "cloaking"),
    ("dinsos-sikesos", "dinsos", "Sistem Informasi Kesejahteraan Sosial", "sikesos", "stale"),
    ("dbmsda-web", "dbmsda", "Website DBMSDA", "dbmsda", "healthy"),
    ("dbmsda-sidamar", "dbmsda", "Sistem Informasi Drainase dan Jalan (SIDAMAR)", "sidamar", "refused"),
    ("setda-jdih", "setda", "JDIH Kota Bekasi", "jdih", "healthy"),
    ("setda-lpse", "setda", "LPSE Kota Bekasi", "lpse", "down404"),
    ("distaru-digitaru", "distaru", "DIGITARU (Tata Ruang Digital)", "digitaru", "healthy"),
    ("inspektorat-web", "inspektorat", "Website Inspektorat", "inspektorat", "none"),
    ("kec-bekasi-barat-web", "kec-bekasi-barat", "Website Kecamatan Bekasi Barat", "bekasibarat", "stale"),
    ("kec-jatiasih-web", "kec-jatiasih", "Website Kecamatan Jatiasih", "jatiasih", "healthy"),
    ("kec-rawalumbu-web", "kec-rawalumbu", "Website Kecamatan Rawalumbu", "rawalumbu", "defaced"),
)
# What an older checker kept as evidence: the raw HTML around the match, 400 characters of it.
HTML_EVIDENCE = (
    '<div style="position:absolute;left:-9999px;top:-9999px" class="wp-block-group widget_text">'
    '<p><a href="https://slot88-gacor.example/daftar?ref=disdik" rel="dofollow">situs slot gacor</a> '
    'hari ini gampang maxwin, <a href="https://rtp-live.example/">rtp live</a> tertinggi, bandar togel '
    'terpercaya <span style="font-size:0">zeus olympus</span> deposit pulsa tanpa potongan</p></div>'
    '<script type="text/javascript">var _0x3f=["slot","gacor"];document.write(_0x3f.join(" "))</script>'
)
LONG_EVIDENCE = (
    "slot gacor, maxwin, rtp live: \u201c"
    + "Berita kegiatan sekolah dan pengumuman PPDB tahun ajaran baru " * 3
    + "situs slot gacor hari ini gampang maxwin rtp live tertinggi "
    + "dengan daftar sekolah negeri " * 4
    + "\u201d"
)


def _result(app_id: str, pd_id: str, url: str, behaviour: str) -> ApplicationChecked | None:
    healthy = checked(app_id, "aktif", freshness="update", last_changed=WHEN - timedelta(days=2))
    healthy = dataclasses.replace(healthy, pd_id=pd_id, url=url)
    if behaviour == "none":
        return None
    if behaviour in ("down503", "down404", "refused"):
        reason, status = {"down503": ("http_5xx", 503), "down404": ("http_4xx", 404)}.get(
            behaviour, ("koneksi_ditolak", None)
        )
        return dataclasses.replace(healthy, availability="tidak_aktif", reason=reason, http_status=status)
    return dataclasses.replace(healthy, **_changes(behaviour, healthy))


def _changes(behaviour: str, healthy: ApplicationChecked) -> dict[str, object]:
    content, login = healthy.content, healthy.login
    if behaviour == "login":
        return {"login": dataclasses.replace(login, result="berhasil")}
    if behaviour == "locked":
        return {"login": dataclasses.replace(login, result="gagal")}
    if behaviour == "stale":
        stale = dataclasses.replace(content, result="tidak_update", last_changed=WHEN - timedelta(days=140))
        return {"content": stale}
    return {"findings": FINDINGS.get(behaviour, ())}


FINDINGS: dict[str, tuple[Finding, ...]] = {
    "hidden_gambling": (
        Finding("judi_online", "kritis", HTML_EVIDENCE, "hidden"),
        Finding("judi_online_subpath", "kritis", LONG_EVIDENCE, "sitemap.xml"),
    ),
    "cloaking": (
        Finding(
            "cloaking_googlebot",
            "kritis",
            "hanya untuk Googlebot: slot gacor, togel: \u201cdaftar situs slot gacor dan togel online terpercaya\u201d",
            "googlebot",
        ),
    ),
    "defaced": (
        Finding("defacement", "kritis", "hacked by: \u201chacked by anonymous team was here\u201d", "visible"),
    ),
    "web_id": (
        Finding("domain_bukan_go_id", "sedang", "kotacerdas-bekasi.web.id (domain web.id) tidak di bawah go.id", "url"),
    ),
}


def demo_apps() -> tuple[MonitoredApp, ...]:
    """Return the demo's applications with the results its fleet gives."""
    out = []
    for app_id, pd_id, nama, host, behaviour in FLEET:
        url = f"https://{host}.bekasikota.go.id/" if host else "https://kotacerdas-bekasi.web.id/"
        out.append(MonitoredApp(app_id, nama, url, pd_id, PD_NAMES[pd_id], _result(app_id, pd_id, url, behaviour)))
    return tuple(out)


def demo_inputs(**changes: object) -> NotaInputs:
    """Return the inputs of a nota over the demo's applications, with the paraf given."""
    return dataclasses.replace(inputs(5, paraf=True), **{"apps": demo_apps(), **changes})  # type: ignore[arg-type]
