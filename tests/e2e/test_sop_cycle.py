"""A month of monitoring through all four services, the demo fleet, the real Kafka and
PostgreSQL, a test SMTP server and a real Chromium driven by Playwright: one whole SOP cycle,
steps 1 to 7 with one return for revision, and the signed nota's verification; the follow-ups it
opens and mails to the department; the department's operator sees only its own and answers with
a note and a PDF; the demo site is repaired; re-checks prove the fix and close the follow-up with
no one closing it; the next cycle's nota reports it as done."""

from __future__ import annotations

import io
import re

import psycopg
import pytest
from pantau_testing import eventually, query, reload_fresh
from playwright.sync_api import Locator, Page, expect
from pypdf import PdfWriter

from pantau_contracts.definition import load_sop
from pantau_contracts.problems import NOT_ACTIVE
from pantau_contracts.vocabulary import finding_label

pytestmark = pytest.mark.e2e

DEPARTMENT = "dinkes"
APP_ID = "dinkes-puskesmas"  # played by the fleet's "puskesmas", which starts down (503)
FLEET_SUB = "puskesmas"
DEPARTMENT_CONTACT = "it@dinkes.bekasikota.go.id"  # used only when the demo registry names none
PREVIOUS_FOLLOW_UPS = "Tindak Lanjut Siklus Sebelumnya"
ANSWER = "Sudah diperbaiki: layanan SIMPUS dipulihkan dan server aplikasi dipindah ke mesin baru."
PROOF_WAIT_S = 150  # bound on the re-checks after the repair; each takes a few seconds


@pytest.fixture
def stack_env(mailbox) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """Mail through the test server; verify answers by re-checks every 2 s, not every minute."""
    return {
        "PANTAU_NOTIFY_SMTP_HOST": "127.0.0.1",
        "PANTAU_NOTIFY_SMTP_PORT": str(mailbox.port),
        "PANTAU_NOTIFY_SMTP_FROM": "Pantau Diskominfostandi Kota Bekasi <pantau@bekasikota.go.id>",
        "PANTAU_NOTIFY_SMTP_STARTTLS": "0",  # plain SMTP on the loopback, allowed without a user
        "PANTAU_NOTIFY_POLL_S": "0.5",
        "PANTAU_WORKFLOW_RECHECK_SECONDS": "2",
    }


def department_contact(url: str) -> str:
    """Return the department's e-mail contact from the registry import, adding one if it gave none."""
    imported = query(
        url,
        "SELECT address FROM contacts WHERE pd_id = %s AND app_id IS NULL AND channel = 'email' AND aktif ORDER BY id",
        (DEPARTMENT,),
    )
    if imported:
        return str(imported[0]["address"])
    with psycopg.connect(url) as conn:
        conn.execute(
            "INSERT INTO contacts (pd_id, channel, address, nama) VALUES (%s, 'email', %s, 'Tim TI')",
            (DEPARTMENT, DEPARTMENT_CONTACT),
        )
    return DEPARTMENT_CONTACT


def small_pdf() -> bytes:
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def follow_up_rows(page: Page) -> Locator:
    return page.get_by_test_id("followups").locator("tbody tr")


def test_a_cycle_with_one_return_its_follow_ups_their_proven_fix_and_the_next_nota(stack, sign_in, settings, mailbox):
    db = settings.database_url
    apps = {a["id"]: a for a in stack.registry["applications"]}
    app_name = apps[APP_ID]["nama"]
    contact = department_contact(db)
    kabid, kasie, pelaksana, kadis = (sign_in(u) for u in ("kabid", "kasie", "pelaksana", "kadis"))

    # 1. The Kabid orders the monitoring (step 1); the Kasie writes the disposition (step 2).
    cycle_url = kabid.start_cycle("Lakukan monev aplikasi Perangkat Daerah dan tindak lanjutnya.")
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
        cycle_url, "revisi", note="Rekomendasi tindak lanjut sudah dilengkapi.", wait_for="Draf nota dinas siap"
    )
    pelaksana.act(cycle_url, "kirim", wait_for="Langkah 4")

    # Steps 4 and 5: paraf of the Kasie, then the Kabid. Step 6: the Kepala Dinas signs.
    kasie.act(cycle_url, "paraf", wait_for="Langkah 5")
    kabid.act(cycle_url, "paraf", wait_for="Langkah 6")
    kadis.act(cycle_url, "tandatangani", wait_for="Langkah 7")

    # 2. The signature opened one follow-up per problem of the nota.
    opened = query(db, "SELECT id, app_id, pd_id, code, state FROM follow_ups")
    assert opened and {f["state"] for f in opened} == {"terbuka"}
    ours = next(f for f in opened if f["app_id"] == APP_ID and f["code"] == NOT_ACTIVE)
    theirs = next(f for f in opened if f["pd_id"] != DEPARTMENT)

    # Step 7: the Kepala Dinas delivers the nota to the Wali Kota; the cycle is done.
    kadis.act(cycle_url, "sampaikan", wait_for="Selesai")
    expect(kadis.page.get_by_test_id("status")).to_have_text("Selesai")
    timeline = kadis.page.get_by_test_id("timeline").inner_text()  # every step, who acted, time against mutu baku
    assert "Dikembalikan: Lengkapi rekomendasi" in timeline and "berjalan" not in timeline
    expect(kadis.page.get_by_test_id("timeline").locator("tbody tr")).to_have_count(9)  # 1-4, 3 again, 4-7
    assert query(db, "SELECT status, nota_version FROM sop_instances") == [{"status": "selesai", "nota_version": 2}]

    # The signed nota dinas lists every application; the reporter vouches for the signed original.
    signed_link = kadis.page.get_by_test_id("documents").get_by_role("link", name=re.compile("ditandatangani"))
    flat = kadis.pdf_text(signed_link.first.get_attribute("href"))
    assert "NOTA DINAS" in flat
    missing = [a["nama"] for a in apps.values() if re.sub(r"\s+", " ", a["nama"]) not in flat]
    assert not missing, f"applications missing from the signed nota dinas: {missing}"
    kadis.page.get_by_test_id("verifikasi").first.click()
    expect(kadis.page.get_by_text("DOKUMEN ASLI", exact=True)).to_be_visible()
    expect(kadis.page.get_by_text("Dr. H. Ahmad Suryana, S.T., M.Si.", exact=True)).to_be_visible()

    # The officials see every follow-up.
    kasie.page.goto("/tindak-lanjut")
    expect(follow_up_rows(kasie.page)).to_have_count(len(opened))
    expect(follow_up_rows(kasie.page).filter(has_text=app_name)).to_contain_text("Terbuka")

    # 3. The department's operator sees its own department's follow-ups, and nothing of another's.
    operator = sign_in("operator.dinkes")
    page = operator.page
    page.goto("/tindak-lanjut")
    mine = [f for f in opened if f["pd_id"] == DEPARTMENT]
    rows = follow_up_rows(page)
    expect(rows).to_have_count(len(mine))
    dinkes_apps = {a["nama"] for a in apps.values() if a["pd"] == DEPARTMENT}
    assert {row.locator("td").first.inner_text() for row in rows.all()} <= dinkes_apps
    assert page.goto(f"/tindak-lanjut/{theirs['id']}").status == 404
    assert operator.context.request.get(f"/api/tindak-lanjut/{theirs['id']}").status == 404

    # 4. They answer the follow-up of the application that is down, with a note and a PDF.
    page.goto("/tindak-lanjut")
    row = rows.filter(has_text=app_name).filter(has_text=re.compile(finding_label(NOT_ACTIVE), re.I))
    row.get_by_role("link").first.click()
    assert page.url.endswith(f"/tindak-lanjut/{ours['id']}")
    expect(page.get_by_test_id("state")).to_have_text("Terbuka")
    attachment = small_pdf()
    page.fill("textarea[name=catatan]", ANSWER)
    page.set_input_files(
        "input[name=lampiran]",
        files=[{"name": "bukti-perbaikan.pdf", "mimeType": "application/pdf", "buffer": attachment}],
    )
    page.get_by_test_id("tanggapi").click()
    expect(page.get_by_test_id("accepted")).to_be_visible(timeout=60_000)
    reload_fresh(page)  # only the command's status refreshes in place; read the follow-up as it now is
    expect(page.get_by_test_id("state")).to_have_text("Ditanggapi")
    expect(page.get_by_test_id("history")).to_contain_text(ANSWER)
    stored = operator.context.request.get(page.get_by_test_id("lampiran").get_attribute("href"))
    assert stored.ok and stored.body() == attachment

    # 5. The department repairs the site (the demo fleet's control plays the repair).
    assert stack.play(FLEET_SUB, "healthy") == {"sub": FLEET_SUB, "behaviour": "healthy"}

    # 6. Re-checks prove the fix and close the follow-up by themselves.
    closing_checks = load_sop().followup.closing_checks
    eventually(
        lambda: query(db, "SELECT 1 FROM follow_ups WHERE id = %s AND state = 'selesai'", (ours["id"],)),
        timeout=PROOF_WAIT_S,
        what="the follow-up closed by the re-checks",
    )
    page.reload()
    expect(page.get_by_test_id("state")).to_have_text("Selesai")
    expect(page.get_by_test_id("history")).to_contain_text("perbaikan terbukti")
    history = query(
        db, "SELECT change, actor_id FROM follow_up_history WHERE follow_up_id = %s ORDER BY id", (ours["id"],)
    )
    assert [h["change"] for h in history] == ["dibuka", "ditanggapi", "selesai"]
    assert history[-1]["actor_id"] is None  # closed by evidence, not by a person
    proof = query(
        db,
        "SELECT f.clean_checks, r.availability, r.cycle_id FROM follow_ups f"
        " JOIN check_results r ON r.event_id = f.closed_by_event WHERE f.id = %s",
        (ours["id"],),
    )
    assert proof == [{"clean_checks": closing_checks, "availability": "aktif", "cycle_id": None}]

    # 7. The next cycle's draft nota reports the previous cycle's follow-up as done.
    next_url = kabid.start_cycle("Monev bulan berikutnya.")
    kasie.act(next_url, "disposisi", note="Periksa seluruh aplikasi.", wait_for="Langkah 3")
    draft_page = pelaksana.open(next_url)
    expect(draft_page.get_by_test_id("tahap")).to_contain_text("Draf nota dinas siap", timeout=180_000)
    reload_fresh(draft_page)  # the list of documents does not refresh in place; read it as it now is
    draft = draft_page.get_by_test_id("documents").locator("tbody tr").filter(has_text="Nota Dinas")
    text = pelaksana.pdf_text(draft.filter(has_text="PDF").get_by_role("link").first.get_attribute("href"))
    assert PREVIOUS_FOLLOW_UPS.lower() in text.lower(), "no section on the previous cycle's follow-ups"
    previous = text[text.lower().index(PREVIOUS_FOLLOW_UPS.lower()) :]
    done = rf"{re.escape(app_name)} {re.escape(finding_label(NOT_ACTIVE))} Selesai\b"  # Aplikasi, Permasalahan, Status
    assert re.search(done, previous, re.I), previous[:2000]

    # 8. The department's contact was mailed the new follow-ups, in Indonesian and with no secret.
    mails = eventually(
        lambda: [m for m in mailbox.to(contact) if "tindak lanjut baru" in m["Subject"]], what="the follow-ups' e-mail"
    )
    body = mails[0].get_content()
    assert mails[0]["Subject"] == f"[Pantau] {len(mine)} tindak lanjut baru untuk Dinas Kesehatan"
    assert "Yth. Dinas Kesehatan" in body and app_name in body and f"{stack.url}/tindak-lanjut" in body
    assert not re.search(r"(?i)password|token|sandi", body)
    assert not stack.leaks(mailbox.texts())

    # No password, login secret, fleet token, Kafka password or session key ever reached a service's log.
    logs = stack.logs()
    assert len(logs) == 7 and not stack.leaks(logs)
