"""The web runs on the city's own SOP file (PANTAU_SOP_FILE): who acts and the mutu baku follow it."""

from __future__ import annotations

import dataclasses
from importlib import resources

import pytest

from pantau_contracts.sop import InitialNota

pytestmark = pytest.mark.integration


def city_sop_text() -> str:
    """Return the packaged SOP with step 4 given to the Kabid and step 2's mutu baku raised to 45 minutes."""
    text = resources.files("pantau_contracts").joinpath("monev.toml").read_text("utf-8")
    steps = text.split("[[steps]]")
    assert 'role = "kasie"' in steps[4] and "mutu_baku_minutes = 15" in steps[2]
    steps[4] = steps[4].replace('role = "kasie"', 'role = "kabid"')
    steps[2] = steps[2].replace("mutu_baku_minutes = 15", "mutu_baku_minutes = 45")
    return "[[steps]]".join(steps)


@pytest.fixture
def settings(settings, tmp_path):
    """The test settings, with PANTAU_SOP_FILE pointing at the city's changed SOP."""
    path = tmp_path / "sop-kota.toml"
    path.write_text(city_sop_text(), "utf-8")
    return dataclasses.replace(settings, sop_file=str(path))


@pytest.mark.parametrize(("username", "allowed"), [("kabid", True), ("kasie", False)])
def test_the_official_the_city_sop_names_for_step_4_initials_the_nota(
    outbox_commands, people, put_instance, try_action, username, allowed
):
    iid = put_instance(4, "menunggu_paraf")
    form_shown, status = try_action(username, iid, "paraf", 4)
    assert form_shown is allowed
    assert status == (302 if allowed else 403)
    expected = [InitialNota(iid, people["kabid"], 4)] if allowed else []
    assert [c.data for c in outbox_commands()] == expected


def test_the_inbox_and_the_cycle_page_show_the_mutu_baku_of_the_city_sop(put_instance, client, auth):
    iid = put_instance(2, "menunggu_disposisi")
    auth.login("kasie")
    inbox = client.get("/").get_data(as_text=True)
    assert '<td data-testid="mutu-baku">45 menit</td>' in inbox
    cycle = client.get(f"/siklus/{iid}").get_data(as_text=True)
    assert "Mutu baku langkah ini: 45 menit" in cycle and "15 menit" not in cycle
