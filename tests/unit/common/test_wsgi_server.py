"""How both web faces are served: what a request's environ holds, the Server header, the counts."""

from __future__ import annotations

import multiprocessing
from typing import Any

import pytest

from pantau_common.config import ConfigError
from pantau_common.settings import Settings
from pantau_common.wsgi_server import Serving, WithoutProcessEnvironment, cgroup_quota, usable_cores

PROCESS = {"DATABASE_URL": "postgresql://pantau:sandi@db/pantau", "PANTAU_SECRET_KEY": "rahasia", "HOME": "/"}


def _call(answered: list[tuple[str, str]], environ: dict[str, Any]) -> tuple[dict[str, Any], list[tuple[str, str]]]:
    """Serve ``environ`` to an app answering the headers ``answered``; return what it saw and what was sent."""
    seen: dict[str, Any] = {}
    sent: list[tuple[str, str]] = []

    def app(env: dict[str, Any], start_response: Any) -> list[bytes]:
        seen.update(env)
        start_response("200 OK", list(answered))
        return [b""]

    wrapped = WithoutProcessEnvironment(app, PROCESS, server="pantau-reporter")
    wrapped(environ, lambda status, headers, exc_info=None: sent.extend(headers))
    return seen, sent


def _request(**extra: str) -> dict[str, Any]:
    """Return an environ as granian builds it: the process's variables, then the request's."""
    return (
        PROCESS | {"REQUEST_METHOD": "GET", "PATH_INFO": "/", "HTTP_HOST": "pantau", "wsgi.url_scheme": "http"} | extra
    )


def test_the_app_sees_the_request_without_the_process_variables():
    seen, _ = _call([], _request())
    assert seen == {"REQUEST_METHOD": "GET", "PATH_INFO": "/", "HTTP_HOST": "pantau", "wsgi.url_scheme": "http"}


def test_a_cgi_variable_the_process_also_has_is_the_request_s():
    process_too = dict(PROCESS, SERVER_PORT="1")
    seen: dict[str, Any] = {}
    app = WithoutProcessEnvironment(lambda env, start: seen.update(env) or [], process_too, server="pantau")
    app(_request(SERVER_PORT="8080"), lambda *args: None)
    assert seen["SERVER_PORT"] == "8080"


def test_the_server_is_named_unless_the_app_named_it():
    assert _call([], _request())[1] == [("Server", "pantau-reporter")]
    assert _call([("Server", "pantau")], _request())[1] == [("Server", "pantau")]


@pytest.mark.parametrize(
    ("v2", "v1", "cores"),
    [
        ("max 100000", ("", ""), None),
        ("150000 100000", ("", ""), 1.5),
        ("", ("-1", "100000"), None),
        ("", ("50000", "100000"), 0.5),
        ("", ("", ""), None),
    ],
)
def test_the_cgroup_quota_is_read_in_cores(v2: str, v1: tuple[str, str], cores: float | None):
    assert cgroup_quota(v2, *v1) == cores


def test_by_default_one_process_per_core_each_of_twice_the_cores_plus_one_threads():
    serving = Serving.from_settings(Settings(), "pantau-web", ("127.0.0.1", 8080))
    assert (serving.workers, serving.threads) == (usable_cores(), 2 * usable_cores() + 1)


def test_the_defaults_stay_under_granian_s_warnings():
    serving = Serving.from_settings(Settings(), "pantau-web", ("127.0.0.1", 8080))
    assert serving.workers <= multiprocessing.cpu_count()
    assert serving.threads <= 2 * multiprocessing.cpu_count() + 1


def test_the_command_line_wins_over_the_environment_which_wins_over_the_cores():
    settings = Settings(extra={"PANTAU_WEB_WORKERS": "3", "PANTAU_WEB_THREADS": "4"})
    from_env = Serving.from_settings(settings, "pantau-web", ("0.0.0.0", 8080))
    given = Serving.from_settings(settings, "pantau-web", ("0.0.0.0", 8080), workers=1, threads=2)
    assert [(from_env.workers, from_env.threads), (given.workers, given.threads)] == [(3, 4), (1, 2)]


def test_a_count_that_is_no_number_names_its_variable():
    with pytest.raises(ConfigError, match="PANTAU_WEB_WORKERS"):
        Serving.from_settings(Settings(extra={"PANTAU_WEB_WORKERS": "dua"}), "pantau-web", ("127.0.0.1", 8080))
