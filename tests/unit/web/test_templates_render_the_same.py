"""The web's template shortcuts write what plain Jinja and Flask write: the escaping of each value,
the per-row addresses, the menu's addresses, the session cookie's signature, the CSRF token and the
security headers."""

from __future__ import annotations

import jinja2
import pytest
from flask import Flask, Response, g, render_template_string, session, url_for
from flask.sessions import SecureCookieSessionInterface
from flask_wtf.csrf import CSRFProtect, generate_csrf, validate_csrf
from itsdangerous import URLSafeTimedSerializer
from markupsafe import Markup, escape
from wtforms import ValidationError

from pantau_web import auth, views


class Shown:
    """An object a template shows through its ``__str__``."""

    def __str__(self) -> str:
        return "<b>'1' & \"2\"</b>"

    def __repr__(self) -> str:  # the test's id: the same in every pytest-xdist worker
        return "Shown()"


class Safe:
    """An object that renders itself as HTML."""

    def __html__(self) -> str:
        return "<i>aman</i>"

    def __repr__(self) -> str:
        return "Safe()"


VALUES = ["", "plain", "<script>alert('x')</script>", 'a "b" & c', 0, -42, 10**20, True, False, None, 1.5]
VALUES += [Markup("<em>ok</em>"), Shown(), Safe(), b"<bytes>", ["<", 1]]


@pytest.mark.parametrize("value", VALUES, ids=repr)
def test_a_value_is_escaped_as_markupsafe_escapes_it(value: object) -> None:
    ours = views.escape(value)
    assert ours == escape(value) and isinstance(ours, Markup)


@pytest.fixture
def app() -> Flask:
    app = Flask(__name__)
    app.jinja_environment = views.RowEnvironment
    app.session_interface = auth.SignedCookieSessions()
    app.secret_key = "a secret for the test, long enough"
    views.init_app(app)
    app.add_url_rule("/aplikasi/<app_id>", "show", lambda app_id: "")
    app.add_url_rule("/registri", "index", lambda: "")
    return app


TEMPLATE = (
    "{% set show = url_pattern('show', 'app_id') %}"
    "{% for r in rows %}<a href='{{ show(r.id) }}' title='{{ r.nama }}'>{{ r.n }}</a>{% endfor %}"
    "{{ nav_url('index') }}|{{ nav_url('static', filename='pantau.css') }}"
)


@pytest.mark.parametrize("script_root", ["", "/pantau"])
def test_a_page_with_rows_renders_as_plain_jinja_and_url_for_render_it(app: Flask, script_root: str) -> None:
    rows = [{"id": "app-1", "nama": "<Dinas & Co>", "n": 3}, {"id": "a b ü", "nama": "'q'", "n": -1}]
    plain = Flask(__name__)
    plain.add_url_rule("/aplikasi/<app_id>", "show", lambda app_id: "")
    plain.add_url_rule("/registri", "index", lambda: "")
    mounted = f"http://localhost{script_root}/"  # the test client takes the mount point from base_url
    with plain.test_request_context("/", base_url=mounted):
        links = "".join(
            f"<a href='{url_for('show', app_id=r['id'])}' title='{escape(r['nama'])}'>{r['n']}</a>" for r in rows
        )
        expected = f"{links}{url_for('index')}|{url_for('static', filename='pantau.css')}"
    for _ in range(2):  # the second time, the menu's addresses come from what the first built
        with app.test_request_context("/", base_url=mounted):
            assert render_template_string(TEMPLATE, rows=rows) == expected
    assert (script_root + "/registri") in expected


def test_the_session_cookie_is_signed_and_read_as_flasks_own(app: Flask) -> None:
    app.add_url_rule("/set", "set", lambda: session.update(user_id=7) or "")
    app.add_url_rule("/get", "get", lambda: str(session.get("user_id")))
    flasks = Flask(__name__)
    flasks.secret_key = app.secret_key
    flasks.add_url_rule("/get", "get", lambda: str(session.get("user_id")))
    ours = app.test_client()
    ours.get("/set")
    cookie = ours.get_cookie("session")
    assert cookie is not None
    theirs = flasks.test_client()
    theirs.set_cookie("session", cookie.value)
    assert theirs.get("/get").text == "7" and ours.get("/get").text == "7"
    assert isinstance(flasks.session_interface, SecureCookieSessionInterface)


def test_a_new_secret_key_signs_with_the_new_key(app: Flask) -> None:
    app.add_url_rule("/set", "set", lambda: session.update(user_id=7) or "")
    app.add_url_rule("/get", "get", lambda: str(session.get("user_id")))
    client = app.test_client()
    client.get("/set")
    app.secret_key = "another secret, after a rotation"
    assert client.get("/get").text == "None"  # signed with the old key, and no fallback given
    app.config["SECRET_KEY_FALLBACKS"] = ["a secret for the test, long enough"]
    client.get("/set")
    assert client.get("/get").text == "7"


@pytest.mark.parametrize("page_globals", [{}, {"kota": "Bekasi & <b>"}], ids=["the app's globals", "its own too"])
def test_a_page_importing_macros_renders_as_plain_jinja_renders_it(app: Flask, page_globals: dict[str, str]) -> None:
    templates = {
        "_m.html": "{% macro hello(n) %}{{ salam }} {{ kota }} {{ n }}{% endmacro %}",
        "page.html": '{% from "_m.html" import hello %}{{ hello("<Dinas>") }}|{{ hello(2) }}',
    }
    plain = jinja2.Environment(loader=jinja2.DictLoader(templates), autoescape=True)
    app.jinja_env.loader = jinja2.DictLoader(templates)
    for env in (plain, app.jinja_env):
        env.globals["salam"] = "Halo"
    ours, theirs = (env.get_template("page.html", globals=page_globals).render() for env in (app.jinja_env, plain))
    assert ours == theirs
    assert ours.startswith("Halo Bekasi &amp; &lt;b&gt; &lt;Dinas&gt;|" if page_globals else "Halo  &lt;Dinas&gt;|")


def test_the_csrf_token_is_made_and_checked_as_flask_wtfs_own(app: Flask) -> None:
    CSRFProtect(app)
    with app.test_request_context("/"):
        ours = auth.csrf_token()  # a session without a secret: Flask-WTF makes it
        assert session["csrf_token"] and auth.csrf_token() == ours == generate_csrf()
    with app.test_request_context("/"):
        session["csrf_token"] = "the session's secret"
        ours = auth.csrf_token()
        assert ours == g.csrf_token and validate_csrf(ours) is None
        theirs = URLSafeTimedSerializer(app.secret_key, salt="wtf-csrf-token").loads(ours)
        assert theirs == "the session's secret"
        session["csrf_token"] = "another session's secret"
        with pytest.raises(ValidationError):
            validate_csrf(ours)


def headers_by_setdefault(response: Response) -> Response:
    """The security headers as the web first set them: a ``setdefault`` each (the reference)."""
    for name, value in views.SECURITY_HEADERS:
        response.headers.setdefault(name, value)
    response.headers["Server"] = "pantau"
    return response


@pytest.mark.parametrize(
    "own", [{}, {"content-security-policy": "default-src 'none'", "X-Frame-Options": "SAMEORIGIN", "Server": "x"}]
)
def test_the_security_headers_are_set_as_setdefault_sets_them(own: dict[str, str]) -> None:
    ours, reference = (Response("<p>x</p>", mimetype="text/html", headers=own) for _ in range(2))
    assert list(views.security_headers(ours).headers) == list(headers_by_setdefault(reference).headers)
    assert ours.headers["X-Content-Type-Options"] == "nosniff" and ours.headers["Server"] == "pantau"
