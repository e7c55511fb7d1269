"""One whole SOP cycle, steps 1 to 7 with one return for revision, through all four services,
the demo fleet, the real Kafka and PostgreSQL, and a real Chromium driven by Playwright."""

from __future__ import annotations

import re

import pytest
from pantau_testing import query
from playwright.sync_api import expect

pytestmark = pytest.mark.e2e


def test_a_whole_cycle_from_order_to_delivery_with_one_return(stack, sign_in, settings):
    apps = [a["nama"] for a in stack.registry["applications"]]
    kabid, kasie, pelaksana, kadis = (sign_in(u) for u in ("kabid", "kasie", "pelaksana", "kadis"))

    # Step 1: the Kabid orders the monitoring.
    cycle_url = kabid.start_cycle("Lakukan monev aplikasi Perangkat Daerah bulan November.")

    # Step 2: the Kasie writes the disposition to the Pelaksana.
    kasie.page.goto("/")
    expect(kasie.page.get_by_role("link", name=re.compile("MONEV-"))).to_have_count(2)  # waiting + all
    kasie.act(cycle_url, "disposisi", note="Segera periksa seluruh aplikasi.", wait_for="Langkah 3")

    # Step 3: every application is checked; the draft appears; the Pelaksana submits it.
    pelaksana.act(cycle_url, "kirim", wait_for="Langkah 4")
    round_text = pelaksana.open(cycle_url).get_by_test_id("round").inner_text()
    assert f"{len(apps)} dari {len(apps)} aplikasi sudah diperiksa" in round_text

    # Step 4: the Kasie returns it for revision; the Pelaksana revises and resubmits.
    kasie.act(cycle_url, "kembalikan", note="Lengkapi rekomendasi tindak lanjut.", wait_for="Langkah 3")
    expect(pelaksana.open(cycle_url).get_by_test_id("return-note")).to_contain_text("Lengkapi rekomendasi")
    pelaksana.act(
        cycle_url,
        "revisi",
        note="Rekomendasi tindak lanjut sudah dilengkapi.",
        wait_for="Draf nota dinas siap",
    )
    pelaksana.act(cycle_url, "kirim", wait_for="Langkah 4")

    # Steps 4 and 5: paraf of the Kasie, then the Kabid. Steps 6 and 7: the Kepala Dinas.
    kasie.act(cycle_url, "paraf", wait_for="Langkah 5")
    kabid.act(cycle_url, "paraf", wait_for="Langkah 6")
    kadis.act(cycle_url, "tandatangani", wait_for="Langkah 7")
    kadis.act(cycle_url, "sampaikan", wait_for="Selesai")
    expect(kadis.page.get_by_test_id("status")).to_have_text("Selesai")

    # The timeline shows every step, who acted and the time against the mutu baku.
    timeline = kadis.page.get_by_test_id("timeline").inner_text()
    assert "Dikembalikan: Lengkapi rekomendasi" in timeline
    rows = kadis.page.get_by_test_id("timeline").locator("tbody tr")
    expect(rows).to_have_count(9)  # 1, 2, 3, 4 (returned), 3, 4, 5, 6, 7
    assert "berjalan" not in timeline

    # The final, signed nota dinas lists every application in the registry.
    signed_link = kadis.page.get_by_test_id("documents").get_by_role("link", name=re.compile("ditandatangani"))
    href = signed_link.first.get_attribute("href")
    flat = kadis.pdf_text(href)
    missing = [name for name in apps if re.sub(r"\s+", " ", name) not in flat]
    assert not missing, f"applications missing from the signed nota dinas: {missing}"
    assert "NOTA DINAS" in flat

    # The official follows the verification link: the reporter vouches for the signed original.
    kadis.page.get_by_test_id("verifikasi").first.click()
    expect(kadis.page.get_by_text("DOKUMEN ASLI", exact=True)).to_be_visible()
    expect(kadis.page.get_by_text("Dr. H. Ahmad Suryana, S.T., M.Si.", exact=True)).to_be_visible()

    # No password, login secret or session key of the cycle ever reached a service's log.
    logs = stack.logs()
    assert len(logs) == 7 and not stack.leaks(logs)

    instance = query(settings.database_url, "SELECT status, nota_version FROM sop_instances")[0]
    assert instance == {"status": "selesai", "nota_version": 2}
    delivered = query(settings.database_url, "SELECT count(*) AS n FROM documents WHERE signed")
    assert delivered[0]["n"] >= 1
