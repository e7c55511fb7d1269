#!/usr/bin/env python3
"""The instructions of one full check, counted by callgrind: a change of a few per cent is told only this way.

    .venv/bin/python tests/bench/checker/callgrind_check.py [--apps 10] [--unchanged] [--keep DIR]

The bench's nginx fleet serves its department page (outside valgrind). One checker process, as the one-shot mode runs
it (``check_all``), checks ``--apps`` applications twice to warm up (their first checks: extra views, stylesheets),
then a number of rounds more; it runs under ``valgrind --tool=callgrind`` with 2 and with 12 rounds, and
(Ir(12) - Ir(2)) / (10 x apps) is one steady full check: its fetch, analysis, judgements and event, without the
process's start. ``--unchanged`` keeps each application's last analysis (the unchanged page's check). ``PYTHONHASHSEED``
is fixed so that two trees compare. ``--keep DIR`` keeps the two profiles, for ``callgrind_annotate``.

Valgrind's CPU has no SHA-NI: OpenSSL's SHA-256 counts there about ten times what it costs natively.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from fleet import HOST_SUFFIX, department_page, nginx_fleet

ROUNDS = (2, 12)


def measure(rounds: int, port: int, apps: int, unchanged: bool, out: Path) -> int:
    """Run the checker role under callgrind for ``rounds`` rounds; return its instructions."""
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    command = ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", sys.executable, __file__]
    command += ["--role", "checker", "--port", str(port), "--apps", str(apps), "--rounds", str(rounds)]
    command += ["--unchanged"] if unchanged else []
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    found = re.search(r"Collected : (\d+)", done.stderr)
    if done.returncode or found is None:
        raise SystemExit(f"callgrind failed: {done.stderr[-2000:]}")
    return int(found.group(1))


def checker_role(args: argparse.Namespace) -> None:
    """Check ``--apps`` applications of the fleet twice, then ``--rounds`` times (the part compared)."""
    os.environ.update(
        {
            "PANTAU_CHECKER_ALLOW_ADDRESSES": "127.0.0.1/32",
            "PANTAU_CHECKER_RESOLVE": f"*.{HOST_SUFFIX}:*:127.0.0.1",
            "PANTAU_CHECKER_RETRIES": "0",
            "PANTAU_LOG_LEVEL": "ERROR",
            "PANTAU_CHECKER_UNCHANGED_PAGES": "1000" if args.unchanged else "0",
        }
    )
    from pantau_checker.__main__ import check_all, run
    from pantau_checker.config import checker_config
    from pantau_checker.core import freshness
    from pantau_checker.probe import Checker
    from pantau_common.registry.files import load_registry
    from pantau_common.secrets import AppSecrets
    from pantau_common.settings import Settings

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "registry.yaml"
        lines = ["perangkat_daerah:", "  - {id: bench, nama: Dinas Bench, singkatan: BENCH, jenis: dinas}"]
        lines.append("applications:")
        for i in range(args.apps):
            url = f"http://app-{i}.{HOST_SUFFIX}:{args.port}/"
            lines += [f"  - id: app-{i}", "    pd: bench", f"    nama: Aplikasi {i}", f"    url: {url}"]
        path.write_text("\n".join(lines) + "\n")
        registry = load_registry(path)
    freshness.warm_up()
    checker = Checker(checker_config(Settings.from_env(os.environ)), AppSecrets.from_env(os.environ))
    with open(os.devnull, "w") as sink, contextlib.redirect_stdout(sink):  # the JSON lines
        events = [e for _ in range(2 + args.rounds) for e in run(check_all(checker, registry, 8, None))]
    if any(e.availability != "aktif" for e in events):
        raise SystemExit("a check of the fleet was not aktif: the figure would not be a full check's")


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--apps", type=int, default=10)
    parser.add_argument("--unchanged", action="store_true")
    parser.add_argument("--keep", type=Path)
    parser.add_argument("--role", choices=["main", "checker"], default="main")
    parser.add_argument("--port", type=int)
    parser.add_argument("--rounds", type=int)
    args = parser.parse_args()
    if args.role == "checker":
        checker_role(args)
        return
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind not found: install Debian's valgrind (apt-get install valgrind)")
    keep = args.keep or Path(tempfile.mkdtemp(prefix="callgrind-check-"))
    keep.mkdir(parents=True, exist_ok=True)
    with nginx_fleet(department_page()) as fleet:
        counted = {r: measure(r, fleet.port, args.apps, args.unchanged, keep / f"callgrind.{r}.out") for r in ROUNDS}
    per_check = (counted[ROUNDS[1]] - counted[ROUNDS[0]]) / ((ROUNDS[1] - ROUNDS[0]) * args.apps)
    side = "an unchanged page's check" if args.unchanged else "a full check"
    print(f"{per_check / 1e6:.3f} M instructions {side}" + (f" (profiles in {keep})" if args.keep else ""))
    if args.keep is None:
        for profile in keep.iterdir():
            profile.unlink()
        keep.rmdir()


if __name__ == "__main__":
    main()
