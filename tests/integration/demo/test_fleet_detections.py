"""What a presenter can show with the demo fleet: each behaviour it plays, through a whole real check.

The fleet runs in this process on 127.0.0.1; the checker resolves the applications' host names to
it. No Kafka, no PostgreSQL: what the demo shows on the board is what these checks return.
"""

from __future__ import annotations

import asyncio
import ipaddress
import threading
from collections.abc import Iterator
from types import ModuleType

import pytest

from pantau_checker.config import CheckerConfig
from pantau_checker.http import FetchLimits
from pantau_checker.probe import Checker
from pantau_common.registry.model import AppSpec, ResolveRule
from pantau_common.secrets import AppSecrets
from pantau_contracts.status import ApplicationChecked

pytestmark = pytest.mark.integration
SUB = "dinkes"


@pytest.fixture
def fleet(fleet_script: ModuleType) -> Iterator[tuple[ModuleType, object, int]]:
    """Run the demo fleet on a free loopback port; yield the module, its Fleet and the port."""
    plays = fleet_script.Fleet({**fleet_script.APPS, **fleet_script.OTHER_HOSTS})
    server = fleet_script.FleetServer(("127.0.0.1", 0), plays)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield fleet_script, plays, server.server_address[1]
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


def check(port: int, behaviour: str, plays: object) -> ApplicationChecked:
    plays.play(SUB, behaviour)  # type: ignore[attr-defined]
    checker = Checker(
        CheckerConfig(
            allow=(ipaddress.ip_network("127.0.0.1/32"),),
            resolve=(ResolveRule("*.go.id", None, "127.0.0.1"),),
            limits=FetchLimits(total_timeout_s=20.0, read_timeout_s=10.0, connect_timeout_s=5.0),
            retries=0,
            retry_delay_s=0.0,
        ),
        AppSecrets.from_env({}),
    )
    url = f"http://{SUB}.bekasikota.go.id:{port}/"
    return asyncio.run(checker.check(AppSpec(id="dinkes-web", pd_id="dinkes", nama="Website Dinkes", url=url)))


@pytest.mark.parametrize(
    ("behaviour", "availability", "reason"),
    [
        ("default_page", "tidak_aktif", "halaman_bawaan"),
        ("maintenance", "tidak_aktif", "dalam_pemeliharaan"),
        ("soft404", "tidak_aktif", "halaman_tidak_ditemukan"),
        ("starter_page", "tidak_aktif", "halaman_bawaan"),
    ],
)
def test_a_page_in_the_applications_place_is_shown_as_its_own_problem(fleet, behaviour, availability, reason):  # type: ignore[no-untyped-def]
    _, plays, port = fleet
    event = check(port, behaviour, plays)
    assert (event.availability, event.reason, event.http_status) == (availability, reason, 200)
    assert event.content.result == "tidak_diketahui"


def test_a_site_on_the_countrys_block_list_is_told_apart_from_one_that_blocks_the_checker(fleet):  # type: ignore[no-untyped-def]
    _, plays, port = fleet
    event = check(port, "block_list", plays)
    assert (event.availability, event.reason, event.http_status) == ("tidak_aktif", "diblokir_daftar_blokir", 200)
    assert "TRUST+ Positif" in event.reason_detail and "normalisasi" in event.reason_detail


def test_a_firewall_that_blocks_the_checker_is_told_apart_from_a_site_that_is_down(fleet):  # type: ignore[no-untyped-def]
    _, plays, port = fleet
    event = check(port, "firewall", plays)
    assert (event.availability, event.reason, event.http_status) == ("tidak_aktif", "diblokir_pelindung", 403)
    assert "Sucuri" in event.reason_detail and "izinkan alamat IP" in event.reason_detail


def test_a_rate_limiter_that_turns_the_checker_away_is_told_apart_from_a_site_that_is_down(fleet):  # type: ignore[no-untyped-def]
    _, plays, port = fleet
    event = check(port, "rate_limited", plays)
    assert (event.availability, event.reason, event.http_status) == ("tidak_aktif", "diblokir_pelindung", 429)
    assert "(rate limit)" in event.reason_detail and "(Retry-After: 60 detik)" in event.reason_detail


def test_an_applications_code_sent_as_a_file_is_shown_without_its_password(fleet):  # type: ignore[no-untyped-def]
    fleet_script, plays, port = fleet
    event = check(port, "php_source", plays)
    assert (event.availability, event.reason, event.http_status) == ("tidak_aktif", "galat_aplikasi", 200)
    assert "kode sumber PHP dikirim apa adanya" in (event.content.detail or "")
    assert "contoh-sandi-demo" in fleet_script.PHP_SOURCE and "contoh-sandi-demo" not in repr(event)


@pytest.mark.parametrize(
    ("behaviour", "code", "location"),
    [
        ("amp_hijack", "pengalihan_asing", "head"),
        ("script_gambling", "judi_online", "script"),
        ("hidden_pinjol", "spam_tersisip", "hidden"),
    ],
)
def test_an_attack_that_leaves_the_page_readable_is_a_kritis_finding(fleet, behaviour, code, location):  # type: ignore[no-untyped-def]
    _, plays, port = fleet
    event = check(port, behaviour, plays)
    assert event.availability == "aktif"
    found = [f for f in event.findings if f.code == code]
    assert found and found[0].severity == "kritis" and found[0].location == location, event.findings


def test_php_warnings_above_a_page_that_still_renders_are_a_finding_and_the_page_stays_the_app(fleet):  # type: ignore[no-untyped-def]
    _, plays, port = fleet
    event = check(port, "php_error", plays)
    assert (event.availability, event.content.result) == ("aktif", "update")
    (finding,) = event.findings
    assert finding.code == "galat_aplikasi_tampil" and "mysqli_connect()" in finding.evidence


def test_the_healthy_page_the_behaviours_start_from_has_no_finding(fleet):  # type: ignore[no-untyped-def]
    _, plays, port = fleet
    event = check(port, "healthy", plays)
    assert (event.availability, event.content.result, event.findings) == ("aktif", "update", ())


def test_every_behaviour_the_control_offers_is_played(fleet):  # type: ignore[no-untyped-def]
    module, _, _ = fleet
    assert all(callable(getattr(module.Handler, f"_{behaviour}", None)) for behaviour in module.BEHAVIOURS)
