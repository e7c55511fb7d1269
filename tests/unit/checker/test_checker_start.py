"""What a checker process loads at its start: not the libraries that most checks never use.

`pantau-checker once` pays its start once per run, and a worker once per pod: tldextract (with the
requests and urllib3 it brings) is loaded at the first registrable domain asked for, which most
checks never ask, aiohttp's client is not the checker's transport, and httpx's command-line client
(click, rich, pygments) is never run.
"""

from __future__ import annotations

import json
import subprocess
import sys

LEFT_OUT = ("tldextract", "requests", "urllib3", "aiohttp", "click", "rich", "pygments")


def test_the_checkers_start_leaves_out_what_most_checks_never_use() -> None:
    probe = "import json, sys, pantau_checker.__main__; "
    probe += f"print(json.dumps([m for m in {LEFT_OUT!r} if m in sys.modules]))"
    loaded = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60)
    assert json.loads(loaded.stdout) == []


def test_a_registrable_domain_is_still_read_by_the_public_suffix_list() -> None:
    from pantau_checker.core.domain import registered_domain

    assert registered_domain("dinkes.bekasikota.go.id") == "bekasikota.go.id"
    assert registered_domain("slot88.co.uk") == "slot88.co.uk"


def test_httpx_is_whole_but_for_its_command_line_client() -> None:
    probe = "import json, sys, pantau_checker.http, httpx; "
    probe += "print(json.dumps([httpx.__version__, httpx.AsyncClient.__name__, sys.modules['httpx._main']]))"
    loaded = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60)
    version, client, cli = json.loads(loaded.stdout)
    assert version and client == "AsyncClient" and cli is None
