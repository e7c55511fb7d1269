"""A disposition marked rahasia: only the people on its route may read the cycle and its documents."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable

import psycopg
import pytest
from pantau_testing import password_hash

from pantau_common.settings import Settings

pytestmark = pytest.mark.integration

SECRET_NOTE = "Periksa diam-diam aplikasi e-BPHTB"


@pytest.fixture
def confidential_cycle(settings: Settings, people: dict[str, int], put_instance: Callable[[int, str], str]) -> dict:
    """Store a cycle at step 3 whose disposition is rahasia, with its Lembar Disposisi; return its ids."""
    iid = put_instance(3, "menunggu_hasil")
    disposition = {
        "pelaksana_id": people["pelaksana"],
        "instruksi": "proses_lebih_lanjut",
        "sifat": "rahasia",
        "catatan": SECRET_NOTE,
        "by": people["kasie"],
        "at": "2026-12-01T02:00:00+00:00",
    }
    content = b"%PDF-1.7 lembar disposisi"
    with psycopg.connect(settings.database_url) as conn:
        conn.execute("UPDATE sop_instances SET disposition = %s WHERE id = %s", (json.dumps(disposition), iid))
        (doc_id,) = conn.execute(
            "INSERT INTO documents (instance_id, kind, version, format, sha256, content)"
            " VALUES (%s, 'lembar_disposisi', 1, 'pdf', %s, %s) RETURNING id",
            (iid, hashlib.sha256(content).hexdigest(), content),
        ).fetchone()
        for username, role in (("pelaksana2", "pelaksana"), ("admin2", "admin")):
            conn.execute(
                "INSERT INTO users (username, password_hash, nama, role) VALUES (%s, %s, %s, %s)",
                (username, password_hash(f"sandi-{username}-123"), f"Pengguna {username}", role),
            )
    return {"instance": iid, "document": doc_id}


@pytest.mark.parametrize("username", ["kabid", "kasie", "pelaksana", "kadis"])
def test_the_people_on_the_route_read_the_confidential_cycle(client, auth, confidential_cycle, username):
    auth.login(username)
    page = client.get(f"/siklus/{confidential_cycle['instance']}")
    assert page.status_code == 200 and SECRET_NOTE in page.get_data(as_text=True)
    assert client.get(f"/dokumen/{confidential_cycle['document']}").status_code == 200
    detail = client.get(f"/api/siklus/{confidential_cycle['instance']}").get_json()
    assert detail["siklus"]["disposition"]["catatan"] == SECRET_NOTE


@pytest.mark.parametrize("username", ["pelaksana2", "admin2"])
def test_officials_off_the_route_get_nothing_of_it(client, auth, confidential_cycle, username):
    auth.login(username)
    assert client.get(f"/siklus/{confidential_cycle['instance']}").status_code == 404
    assert client.get(f"/api/siklus/{confidential_cycle['instance']}").status_code == 404
    assert client.get(f"/dokumen/{confidential_cycle['document']}").status_code == 404
    listed = client.get("/api/siklus").get_data(as_text=True)
    assert confidential_cycle["instance"] in listed and SECRET_NOTE not in listed


def test_a_department_gets_nothing_of_it(client, auth, confidential_cycle, department_users):
    auth.login("operator_dinkes")
    assert client.get(f"/siklus/{confidential_cycle['instance']}").status_code == 404
    assert client.get(f"/dokumen/{confidential_cycle['document']}").status_code == 404


def test_an_ordinary_disposition_stays_readable_by_every_official(settings, client, auth, confidential_cycle):
    with psycopg.connect(settings.database_url) as conn:
        conn.execute(
            "UPDATE sop_instances SET disposition = jsonb_set(disposition, '{sifat}', '\"biasa\"') WHERE id = %s",
            (confidential_cycle["instance"],),
        )
    auth.login("pelaksana2")
    assert client.get(f"/siklus/{confidential_cycle['instance']}").status_code == 200
