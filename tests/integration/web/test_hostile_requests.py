"""A red team's probes of the web door that found defects: each was answered wrongly before its fix.

A body nested deeper than any registry row (the JSON parser's or the merge patch's recursion ran
out: a 500) and password guesses sent all at once (each read the failure count before any was
written, so all were checked).
"""

from __future__ import annotations

import dataclasses
import io
import re
import threading
import uuid
from collections.abc import Callable
from typing import Any

import pytest
from pantau_testing import AuthActions
from werkzeug.datastructures import FileStorage

from pantau_contracts.followup import CheckNow
from pantau_web import create_app
from pantau_web.auth import MAX_FAILURES
from pantau_web.errors import TITLES

pytestmark = pytest.mark.integration


def _csrf(client) -> str:  # type: ignore[no-untyped-def]
    page = client.get("/kata-sandi").get_data(as_text=True)
    return re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)  # type: ignore[union-attr]


@pytest.mark.parametrize("depth", [40, 900, 100_000])
def test_a_body_nested_too_deep_is_a_clear_400_and_saves_nothing(settings, client, auth, depth):
    auth.login("kasie")
    before = client.get("/api/aplikasi/app-0").get_json()
    nested = '{"nama": ' * depth + '"x"' + "}" * depth
    for method, path in (("PATCH", "/api/aplikasi/app-0"), ("PUT", "/api/aplikasi/app-0"), ("POST", "/api/aplikasi")):
        answer = client.open(
            path, method=method, data=nested, content_type="application/json", headers={"X-CSRFToken": _csrf(client)}
        )
        assert answer.status_code == 400, (method, answer.get_data(as_text=True))
        assert answer.mimetype == "application/problem+json"
        assert "bertingkat terlalu dalam" in answer.get_json()["detail"]
    assert client.get("/api/aplikasi/app-0").get_json() == before


def test_a_nested_row_as_deep_as_the_registrys_own_is_still_taken(settings, client, auth):
    auth.login("kasie")
    patch = {
        "login": {"url": "https://app0.bekasikota.go.id/masuk"},
        "kontak": [{"nama": "Operator", "email": "op@bekasikota.go.id"}],
    }
    answer = client.patch("/api/aplikasi/app-0", json=patch, headers={"X-CSRFToken": _csrf(client)})
    assert answer.status_code in (200, 422), answer.get_data(as_text=True)  # judged by the registry's rules
    assert "bertingkat" not in answer.get_data(as_text=True)


@pytest.mark.parametrize("value", [{"a": 1}, ["Aplikasi 0"]])
def test_an_object_where_the_api_takes_text_is_refused_not_stored_as_its_python_form(client, auth, value):
    auth.login("kasie")
    answer = client.patch("/api/aplikasi/app-0", json={"nama": value}, headers={"X-CSRFToken": _csrf(client)})
    assert answer.status_code == 422, answer.get_data(as_text=True)
    assert {"field": "nama", "message": "harus teks, bukan daftar atau objek"} in answer.get_json()["errors"]
    assert client.get("/api/aplikasi/app-0").get_json()["nama"] == "Aplikasi 0"


@pytest.mark.parametrize("signed_in_as", [None, "pelaksana"])
def test_password_guesses_sent_all_at_once_are_checked_at_most_five_times(app, people, signed_in_as):
    """Every guess starts together: without a claim committed before the check, all of them were checked
    (an official's session, read first, made the claim a savepoint committed only at the end)."""
    guesses = 12
    clients = [app.test_client() for _ in range(guesses)]
    for client in clients:
        if signed_in_as:
            AuthActions(client).login(signed_in_as)
    tokens = [
        re.search(r'name="csrf_token" value="([^"]+)"', c.get("/masuk").get_data(as_text=True)).group(1)
        for c in clients
    ]
    start, answers = threading.Barrier(guesses), [0] * guesses

    def guess(n: int) -> None:
        start.wait()
        form = {"username": "kadis", "password": f"tebakan-salah-{n:03d}", "csrf_token": tokens[n]}
        answers[n] = clients[n].post("/masuk", data=form).status_code

    threads = [threading.Thread(target=guess, args=(n,)) for n in range(guesses)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    checked = [status for status in answers if status != 429]
    assert len(checked) <= MAX_FAILURES, answers
    assert sorted(set(answers)) <= [200, 429]


def test_check_now_posted_again_and_again_queues_one_check_a_minute(client, auth, outbox_commands):
    """Each post with a fresh command id was a full check of the application, logins included."""
    auth.login("pelaksana")
    answers = []
    for _ in range(5):
        form = {"command_id": str(uuid.uuid4()), "csrf_token": auth.csrf("/aplikasi/app-1")}
        answers.append(client.post("/aplikasi/app-1/periksa", data=form))
    assert [type(env.data) for env in outbox_commands()] == [CheckNow]
    assert "perintah=" in answers[0].headers["Location"] and "perintah=" not in answers[-1].headers["Location"]
    page = client.get(answers[-1].headers["Location"]).get_data(as_text=True)
    assert "Pemeriksaan aplikasi ini baru saja diminta" in page
    form = {"command_id": str(uuid.uuid4()), "csrf_token": auth.csrf("/aplikasi/app-0")}
    assert "perintah=" in client.post("/aplikasi/app-0/periksa", data=form).headers["Location"]  # another app
    assert len(outbox_commands()) == 2


def test_check_now_asked_at_once_by_many_queues_one(app, people, outbox_commands):
    clients = [app.test_client() for _ in range(6)]
    forms = []
    for client in clients:
        AuthActions(client).login("kasie")
        forms.append({"command_id": str(uuid.uuid4()), "csrf_token": AuthActions(client).csrf("/aplikasi/app-1")})
    start = threading.Barrier(len(clients))

    def ask(n: int) -> None:
        start.wait()
        clients[n].post("/aplikasi/app-1/periksa", data=forms[n])

    threads = [threading.Thread(target=ask, args=(n,)) for n in range(len(clients))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(outbox_commands()) == 1


def test_a_signed_in_session_cannot_guess_the_current_password_without_limit(client, auth):
    """The password change checked the current password as often as it was asked: a taken session
    could guess it, to keep the account after a logout."""
    auth.login("kabid")
    for n in range(MAX_FAILURES):
        form = {"current": f"tebakan-{n:03d}", "new": "sandi-baru-kabid-456", "repeated": "sandi-baru-kabid-456"}
        answer = client.post("/kata-sandi", data={**form, "csrf_token": _csrf(client)})
        assert answer.status_code == 400 and "Kata sandi saat ini salah." in answer.get_data(as_text=True)
    form = {"current": "sandi-kabid-123", "new": "sandi-baru-kabid-456", "repeated": "sandi-baru-kabid-456"}
    refused = client.post("/kata-sandi", data={**form, "csrf_token": _csrf(client)})
    assert refused.status_code == 429 and "Terlalu banyak percobaan" in refused.get_data(as_text=True)
    assert auth.login("kabid").status_code == 429  # the same count as the login's, for the same address


def test_a_yaml_registry_of_nested_aliases_is_refused_on_the_import_page(client, auth, settings):
    """500 bytes of aliases stood for a billion values: the page's worker walked them until it gave out."""
    from tests.integration.web.test_registry_excel import snapshot, upload

    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{n}: &a{n} [{', '.join([f'*a{n - 1}'] * 10)}]" for n in range(1, 10)]
    lines += ["perangkat_daerah:", "  - {id: dinkes, nama: Dinas Kesehatan, jenis: *a9}", "applications: []"]
    before = snapshot(settings)
    auth.login("kasie")
    answer = upload(client, auth, "\n".join(lines).encode(), "registri.yaml")
    assert answer.status_code == 400
    assert "YAML terlalu besar atau bertingkat terlalu dalam" in answer.get_data(as_text=True)
    assert len(answer.get_data()) < 100_000
    assert snapshot(settings) == before


def test_the_import_page_shows_the_first_errors_of_a_wrong_file_and_counts_the_rest(client, auth):
    """Every error was a table row: a wrong file of 50,000 rows made a page of megabytes."""
    from tests.integration.web.test_registry_excel import upload

    auth.login("kasie")
    content = "\n".join(["id,pd,nama,url", *(["x"] * 300)]).encode()
    page = upload(client, auth, content, "registri.csv").get_data(as_text=True)
    assert "tidak diterapkan: 900 kesalahan" in page
    assert page.count('<th scope="row">') == 500  # the rows of the error table, one per error shown
    assert "Ditampilkan 500 kesalahan pertama; 400 kesalahan lainnya tidak ditampilkan." in page


# --- probes that found the door sound (kept as tests) ----------------------------------


def test_behind_https_the_session_cookie_is_secure_http_only_and_same_site(settings, people):
    app = create_app(dataclasses.replace(settings, public_url="https://pantau.bekasikota.go.id"))
    try:
        client = app.test_client()
        base = {"base_url": "https://pantau.bekasikota.go.id"}
        page = client.get("/masuk", **base)
        token = re.search(r'name="csrf_token" value="([^"]+)"', page.get_data(as_text=True)).group(1)  # type: ignore[union-attr]
        form = {"username": "kasie", "password": "sandi-kasie-123", "csrf_token": token}
        cross_site = client.post("/masuk", data=form, headers={"Referer": "https://evil.example/"}, **base)
        assert cross_site.status_code == 400  # over https, Flask-WTF also wants a same-site Referer
        answer = client.post("/masuk", data=form, headers={"Referer": "https://pantau.bekasikota.go.id/masuk"}, **base)
        assert answer.status_code == 302
        (cookie,) = answer.headers.getlist("Set-Cookie")
        assert {"Secure", "HttpOnly", "SameSite=Lax"} <= {part.strip() for part in cookie.split(";")}
    finally:
        app.extensions["pantau_pool"].close()


def test_a_cookie_planted_before_the_login_is_not_signed_in_by_it(app, client, auth):
    """Session fixation: the login starts a new session; the visitor's earlier cookie stays anonymous."""
    client.get("/masuk")
    planted = client.get_cookie("session").value  # type: ignore[union-attr]
    assert auth.login("kadis").status_code == 302
    assert client.get_cookie("session").value != planted  # type: ignore[union-attr]
    attacker = app.test_client()
    attacker.set_cookie("session", planted)
    assert attacker.get("/").status_code == 302


@pytest.mark.parametrize(
    ("path", "signed_in"),
    [
        ("/", True),
        ("/tidak-ada", True),
        ("/api/tidak-ada", True),
        ("/api/siklus", False),
        ("/masuk", False),
        ("/status", False),
        ("/static/pantau.css", False),
        ("/dasbor", True),  # the reporter is away here: a 503 page
    ],
)
def test_every_answer_carries_the_security_headers(client, auth, path, signed_in):
    if signed_in:
        auth.login("kasie")
    with client.get(path) as answer:
        headers = answer.headers
    assert "frame-ancestors 'none'" in headers["Content-Security-Policy"]
    assert headers["X-Content-Type-Options"] == "nosniff" and headers["X-Frame-Options"] == "DENY"
    assert headers["Referrer-Policy"] == "same-origin"


@pytest.mark.parametrize(
    ("method", "path", "status"),
    [("DELETE", "/api/aplikasi/app-0", 405), ("GET", "/api/tidak-ada", 404), ("GET", "/api/siklus/bukan-uuid", 404)],
)
def test_an_api_error_is_an_indonesian_problem_document(client, auth, method, path, status):
    auth.login("kasie")
    answer = client.open(path, method=method, headers={"X-CSRFToken": _csrf(client)})
    assert answer.status_code == status and answer.mimetype == "application/problem+json"
    body = answer.get_json()
    assert body["status"] == status and "Traceback" not in body["detail"] and body["title"] in TITLES.values()


@pytest.mark.parametrize("perintah", ["bukan-perintah", "x" * 5000, "3f1e2d4c-0000-4000-8000-000000000000"])
def test_a_command_id_never_sent_is_not_awaited(put_instance, client, auth, perintah):
    """A made-up ``?perintah=`` said "being processed" and had the page refresh itself for ever (of a
    cycle that does not exist too, where it answered 200 instead of 404)."""
    auth.login("kabid")
    iid = put_instance(4, "menunggu_paraf")
    page = client.get(f"/siklus/{iid}?perintah={perintah}").get_data(as_text=True)
    assert 'data-testid="pending"' not in page and "data-refresh" not in page and perintah not in page
    assert client.get(f"/siklus/{uuid.uuid4()}?perintah={perintah}").status_code == 404
    assert 'data-testid="pending"' not in client.get(f"/aplikasi/app-0?perintah={perintah}").get_data(as_text=True)


def _at_once(posts: list[Callable[[], int]]) -> list[int]:
    """Run the posts on threads of their own, all released together; return their statuses."""
    start, statuses = threading.Barrier(len(posts)), [0] * len(posts)

    def run(n: int) -> None:
        start.wait()
        statuses[n] = posts[n]()

    threads = [threading.Thread(target=run, args=(n,)) for n in range(len(posts))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return statuses


def test_an_answer_double_clicked_at_once_sends_once_and_keeps_one_attachment(
    app, settings, department_users, put_follow_up, outbox_commands
):
    from tests.integration.web.test_followups import answer_form, image_bytes, post_answer, stored_attachments

    fid, content = put_follow_up("app-0", "dinkes"), image_bytes("PNG")
    clients = [app.test_client() for _ in range(4)]
    AuthActions(clients[0]).login("operator_dinkes")
    for other in clients[1:]:
        other.set_cookie("session", clients[0].get_cookie("session").value)  # type: ignore[union-attr]
    form = answer_form(AuthActions(clients[0]), fid)

    def post(client: Any) -> Callable[[], int]:
        lampiran = FileStorage(io.BytesIO(content), "bukti.png")
        return lambda: post_answer(client, fid, {**form, "lampiran": lampiran}).status_code

    assert _at_once([post(c) for c in clients]) == [302] * 4
    assert len(outbox_commands()) == 1 and len(stored_attachments(settings)) == 1


def test_a_paraf_double_clicked_at_once_sends_once(app, people, put_instance, outbox_commands):
    iid = put_instance(4, "menunggu_paraf")
    clients = [app.test_client() for _ in range(4)]
    AuthActions(clients[0]).login("kasie")
    for other in clients[1:]:
        other.set_cookie("session", clients[0].get_cookie("session").value)  # type: ignore[union-attr]
    form = {"csrf_token": _csrf(clients[0]), "command_id": str(uuid.uuid4()), "expected_step": "4"}

    def post(client: Any) -> Callable[[], int]:
        return lambda: client.post(f"/siklus/{iid}/paraf", data=form).status_code

    assert _at_once([post(c) for c in clients]) == [302] * 4
    assert len(outbox_commands()) == 1


@pytest.mark.parametrize(
    ("action", "step", "left_out", "said"),
    [
        ("paraf", 4, "command_id", "nomor formulir"),
        ("paraf", 4, "expected_step", "langkah"),
        ("disposisi", 2, "pelaksana_id", "Pelaksana"),
    ],
)
def test_a_form_missing_a_field_is_refused_in_indonesian_without_its_code(
    people, put_instance, client, auth, outbox_commands, action, step, left_out, said
):
    """The refusal named the form's field ("Isian expected_step tidak sah."): a code, in English."""
    iid = put_instance(step, "menunggu_paraf" if step == 4 else "menunggu_disposisi")
    auth.login("kasie")
    form = {
        "csrf_token": _csrf(client),
        "command_id": str(uuid.uuid4()),
        "expected_step": str(step),
        "pelaksana_id": str(people["pelaksana"]),
        "instruksi": "proses_lebih_lanjut",
        "sifat": "segera",
    }
    del form[left_out]
    answer = client.post(f"/siklus/{iid}/{action}", data=form)
    page = answer.get_data(as_text=True)
    assert answer.status_code == 400 and f"{said} tidak sah. Muat ulang halaman" in page
    assert left_out not in page.replace('name="csrf_token"', "") and outbox_commands() == []
