#!/usr/bin/env python3
"""Benchmark: the checker against Prometheus blackbox_exporter, side by side, on an nginx fleet.

    .venv/bin/python tests/bench/checker/bench_checker.py [--apps 1000] [--concurrency 64] [--runs 3]
        [--national] [--national-seconds 90] [--workers 1,2]

Debian's nginx serves a Bekasi department's home page (40 dated news items, as its vendor writes
it) for every host name, so the fleet is never the bottleneck. Each run measures, in this order:
- the loopback limit: ``wrk`` straight at nginx, 64 connections;
- blackbox_exporter's HTTP probe, driven by ``wrk`` at 64 connections, one target per request
  over ``--apps`` distinct targets;
- ``pantau-checker once`` of the whole registry, as the issue measured it: one command, its start
  and each application's first check (its extra views, its stylesheets where it mentions spam);
- the checker's full check (availability, page dates, gambling scan, cloaking view, domain
  rules) of ``--apps`` applications, each on a host name of its own reached through resolve
  overrides, as ``pantau-checker once`` runs it: one process, then two at once. Each process
  checks every application once (an application's first check: its extra views, due hourly,
  and its stylesheets, kept for half an hour), then ``--rounds`` times more: the steady state,
  whose rate and CPU are the figures compared. These are full checks: every page is analysed,
  as a page seen for the first time or changed since the last check is;
- the same, with the checker keeping each application's last page analysis: every page comes
  back unchanged, and only its time-relative verdicts are made again;
- the same again, one process, with the page served as a Laravel site serves it: a new
  anti-forgery token and script nonce, its clock and visitor counter moved on in every answer,
  and nothing else changed.
It prints each run and the medians: rates, CPU per check, the ratios to blackbox_exporter (of
the full check: the headline).
``--national`` adds the national-scale simulation (``national.py``): 25,000 applications due
every 60 s, through Kafka, to N worker processes. Everything is loopback, bounded in time.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from fleet import HOST_SUFFIX, Fleet, department_page, free_port, nginx_fleet, wait_port

MAX_APPS = 5000
RUN_TIMEOUT_S = 300
BLACKBOX = "/usr/bin/prometheus-blackbox-exporter"
WRK = "/usr/bin/wrk"
HERE = Path(__file__).resolve().parent

_PROBE_LUA = """\
local i, threads = 0, {{}}
function setup(thread) table.insert(threads, thread) end
function init(args) ok = 0; failed = 0 end
function request()
  i = i % {apps} + 1
  return wrk.format("GET", "/probe?module=http_2xx&target=http%3A%2F%2F127.0.0.1%3A{port}%2Fapp%2F" .. i)
end
function response(status, headers, body)
  if string.find(body, "probe_success 1", 1, true) then ok = ok + 1 else failed = failed + 1 end
end
function done(summary, latency, requests)
  local o, f = 0, 0
  for _, t in ipairs(threads) do o = o + t:get("ok"); f = f + t:get("failed") end
  io.write(string.format("PROBES ok=%d failed=%d\\n", o, f))
end
"""


# --- the loopback limit and blackbox_exporter, driven by wrk ------------------------------------


def loopback(fleet: Fleet, seconds: float) -> dict[str, float]:
    """Return wrk's rate straight at nginx: the most this machine's loopback serves of the page."""
    out = _wrk(f"http://127.0.0.1:{fleet.port}/", seconds)
    return {"rate": _wrk_rate(out)}


def blackbox(fleet: Fleet, apps: int, seconds: float) -> dict[str, float]:
    """Return blackbox_exporter's probe rate and CPU per probe, probes driven by wrk."""
    folder = Path(tempfile.mkdtemp(prefix="bench-bbe-"))
    (folder / "blackbox.yml").write_text(
        "modules:\n  http_2xx:\n    prober: http\n    timeout: 10s\n    http:\n      preferred_ip_protocol: ip4\n"
    )
    (folder / "probe.lua").write_text(_PROBE_LUA.format(apps=apps, port=fleet.port))
    port = free_port()
    proc = subprocess.Popen(
        [BLACKBOX, f"--config.file={folder / 'blackbox.yml'}", f"--web.listen-address=127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_port(port)
        cpu0 = cpu_of(proc.pid)
        out = _wrk(f"http://127.0.0.1:{port}/", seconds, script=folder / "probe.lua")
        cpu = cpu_of(proc.pid) - cpu0
        rss = peak_rss_mb(proc.pid)
    finally:
        proc.terminate()
        proc.wait(10)
        shutil.rmtree(folder, ignore_errors=True)
    found = re.search(r"PROBES ok=(\d+) failed=(\d+)", out)
    ok, failed = (int(found[1]), int(found[2])) if found else (0, 0)
    probes = ok + failed
    return {"rate": _wrk_rate(out), "cpu_ms": cpu / max(probes, 1) * 1000, "rss_mb": rss, "ok": ok, "failed": failed}


def _wrk(url: str, seconds: float, script: Path | None = None) -> str:
    command = [WRK, "-t2", "-c64", f"-d{max(1, round(seconds))}s", "--timeout", "10s"]
    command += ["-s", str(script)] if script else []
    out = subprocess.run([*command, url], capture_output=True, text=True, timeout=seconds + 60, check=True)
    return out.stdout


def _wrk_rate(out: str) -> float:
    found = re.search(r"Requests/sec:\s+([\d.]+)", out)
    return float(found[1]) if found else 0.0


# --- the checker, as `pantau-checker once` runs it -----------------------------------------------


def registry_file(folder: Path, fleet: Fleet, apps: int, tokens: bool = False) -> Path:
    """Write a YAML registry of ``apps`` applications, each on a host name of its own.

    ``tokens``: each application's page is served as a Laravel site serves it, with new tokens in each answer.
    """
    lines = ["perangkat_daerah:", "  - {id: bench, nama: Dinas Bench, singkatan: BENCH, jenis: dinas}", "applications:"]
    url = fleet.token_url if tokens else fleet.url
    for i in range(apps):
        lines += [f"  - id: app-{i}", "    pd: bench", f"    nama: Aplikasi {i}", f"    url: {url(i)}"]
    path = folder / ("registry-tokens.yaml" if tokens else "registry.yaml")
    path.write_text("\n".join(lines) + "\n")
    return path


def checker_env(concurrency: int, unchanged: bool = False) -> dict[str, str]:
    """Return the environment of a checker process pointed at the fleet through resolve overrides.

    ``unchanged``: the checker reuses an unchanged page's last analysis; otherwise it analyses every page.
    """
    return {
        **os.environ,
        "PANTAU_CHECKER_ALLOW_ADDRESSES": "127.0.0.1/32",
        "PANTAU_CHECKER_RESOLVE": f"*.{HOST_SUFFIX}:*:127.0.0.1",
        "PANTAU_CHECKER_RETRIES": "0",
        "PANTAU_CHECKER_CONCURRENCY": str(concurrency),
        "PANTAU_LOG_LEVEL": "ERROR",
        "PANTAU_CHECKER_UNCHANGED_PAGES": str(MAX_APPS if unchanged else 0),
    }


def checkers(
    registry: Path, processes: int, concurrency: int, rounds: int, unchanged: bool = False
) -> dict[str, float]:
    """Run ``processes`` checker processes at once, each checking the registry ``rounds`` times."""
    command = [sys.executable, str(HERE / "bench_checker.py"), "--role", "checker", "--registry", str(registry)]
    command += ["--concurrency", str(concurrency), "--rounds", str(rounds)]
    env = checker_env(concurrency, unchanged)
    procs = [
        subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env)
        for _ in range(processes)
    ]
    try:
        _together(procs, "READY")  # every process is warm and waits, so that they start together
        _together(procs, "STEADY")  # and every one has checked each application once
        results = [json.loads(proc.communicate(timeout=RUN_TIMEOUT_S)[0].strip().splitlines()[-1]) for proc in procs]
    finally:
        for proc in procs:
            if proc.poll() is None:
                proc.kill()
    checks, first = sum(r["checks"] for r in results), sum(r["first_checks"] for r in results)
    return {
        "rate": checks / max(r["wall_s"] for r in results),
        "cpu_ms": sum(r["cpu_s"] for r in results) / checks * 1000,
        "first_rate": first / max(r["first_wall_s"] for r in results),
        "first_cpu_ms": sum(r["first_cpu_s"] for r in results) / first * 1000,
        "rss_mb": max(r["rss_mb"] for r in results),
        "aktif": sum(r["aktif"] for r in results),
        "checks": checks,
        "reused": sum(r["reused"] for r in results),
        "load_s": max(r["load_s"] for r in results),
    }


def once_command(registry: Path, apps: int, concurrency: int) -> dict[str, float]:
    """Run ``pantau-checker once`` on the registry, as the issue measured it: its start, each
    application's first check, its JSON lines; CPU of the whole process."""
    command = [sys.executable, "-m", "pantau_checker", "once", str(registry)]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(
        command, env=checker_env(concurrency), capture_output=True, text=True, timeout=RUN_TIMEOUT_S, check=False
    )
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    lines = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
    if len(lines) != apps:
        raise SystemExit(f"pantau-checker once gave {len(lines)} of {apps} lines: {done.stderr[-2000:]}")
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    return {
        "rate": apps / wall,
        "cpu_ms": cpu / apps * 1000,
        "aktif": sum(line["availability"] == "aktif" for line in lines),
        "rss_mb": after.ru_maxrss / 1024,
    }


def _together(procs: list[subprocess.Popen[str]], word: str) -> None:
    """Wait until every process has said ``word``, then let them all go on."""
    for proc in procs:
        assert proc.stdout is not None and proc.stdout.readline().strip() == word
    for proc in procs:
        assert proc.stdin is not None
        proc.stdin.write("GO\n")
        proc.stdin.flush()


def checker_role(args: argparse.Namespace) -> None:
    """Check the registry ``--rounds`` times after a warm-up, then print the figures as JSON."""
    from pantau_checker.__main__ import check_all
    from pantau_checker.config import checker_config
    from pantau_checker.core import freshness
    from pantau_checker.probe import Checker
    from pantau_common.registry.files import load_registry
    from pantau_common.registry.model import Registry
    from pantau_common.secrets import AppSecrets
    from pantau_common.settings import Settings

    loaded = time.perf_counter()
    registry = load_registry(args.registry)
    load_s = time.perf_counter() - loaded
    freshness.warm_up()
    checker = Checker(checker_config(Settings.from_env(os.environ)), AppSecrets.from_env(os.environ))
    warm = Registry(registry.perangkat_daerah, registry.applications[: args.concurrency])
    run = _runner()
    with open(os.devnull, "w") as sink, contextlib.redirect_stdout(sink):  # JSON lines, as a pipe takes them
        run(check_all(checker, warm, args.concurrency, None))
        print("READY", file=sys.__stdout__, flush=True)
        sys.stdin.readline()
        first = _timed(lambda: run(check_all(checker, registry, args.concurrency, None)))
        print("STEADY", file=sys.__stdout__, flush=True)
        sys.stdin.readline()
        steady = _timed(
            lambda: [e for _ in range(args.rounds) for e in run(check_all(checker, registry, args.concurrency, None))]
        )
    figures = {
        **steady,
        "first_checks": first["checks"],
        "first_wall_s": first["wall_s"],
        "first_cpu_s": first["cpu_s"],
        "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "load_s": load_s,
        "reused": getattr(getattr(checker, "pages", None), "reused", 0),  # none in a checker from before
    }
    print(json.dumps(figures), flush=True)


def _timed(job: Callable[[], list[Any]]) -> dict[str, float]:
    cpu0, wall0 = cpu_self(), time.perf_counter()
    events = job()
    wall, cpu = time.perf_counter() - wall0, cpu_self() - cpu0
    return {
        "checks": len(events),
        "wall_s": wall,
        "cpu_s": cpu,
        "aktif": sum(e.availability == "aktif" for e in events),
    }


def _runner() -> Callable[[Any], Any]:
    """Return how the one-shot mode runs its event loop (asyncio's own, in a checker from before uvloop)."""
    import asyncio

    try:
        from pantau_checker.__main__ import run
    except ImportError:  # the "before" figures: a checker of an earlier commit
        return asyncio.run
    return run


def cpu_self() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def cpu_of(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def peak_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


# --- orchestration ------------------------------------------------------------------------------


def run_once(fleet: Fleet, registry: Path, args: argparse.Namespace) -> dict[str, dict[str, float]]:
    """Measure every side once, one after the other, on the same fleet."""
    run = {"loopback": loopback(fleet, args.seconds)}
    if Path(BLACKBOX).exists():
        run["blackbox"] = blackbox(fleet, args.apps, args.seconds)
    run["once"] = once_command(registry, args.apps, args.concurrency)
    run["checker1"] = checkers(registry, 1, args.concurrency, args.rounds)
    run["checker2"] = checkers(registry, 2, args.concurrency, args.rounds)
    run["unchanged1"] = checkers(registry, 1, args.concurrency, args.rounds, unchanged=True)
    run["unchanged2"] = checkers(registry, 2, args.concurrency, args.rounds, unchanged=True)
    tokens = registry_file(registry.parent, fleet, args.apps, tokens=True)
    run["tokens1"] = checkers(tokens, 1, args.concurrency, args.rounds, unchanged=True)
    return run


_SIDES = (
    ("checker1", "checker x1"),
    ("checker2", "checker x2"),
    ("unchanged1", "unchanged page x1"),
    ("unchanged2", "unchanged page x2"),
    ("tokens1", "unchanged page, new tokens and clock each answer, x1"),
)


def _print_run(number: int, run: dict[str, dict[str, float]]) -> None:
    parts = [f"run {number}: loopback {run['loopback']['rate']:,.0f} req/s"]
    if "blackbox" in run:
        b = run["blackbox"]
        parts.append(f"blackbox {b['rate']:,.0f} probes/s ({b['cpu_ms']:.2f} ms CPU, {b['failed']} failed)")
    once = run["once"]
    parts.append(f"once {once['rate']:,.0f} checks/s ({once['cpu_ms']:.2f} ms CPU, {int(once['aktif'])} aktif)")
    for key, name in _SIDES:
        c = run[key]
        parts.append(
            f"{name} {c['rate']:,.0f} checks/s ({c['cpu_ms']:.2f} ms CPU; first checks {c['first_rate']:,.0f}/s, "
            f"{c['first_cpu_ms']:.2f} ms; {int(c['aktif'])}/{int(c['checks'])} aktif, {int(c['reused'])} reused)"
        )
    print(" | ".join(parts), flush=True)


def _print_medians(runs: list[dict[str, dict[str, float]]]) -> None:
    def med(side: str, key: str) -> float:
        return statistics.median(r[side][key] for r in runs if side in r)

    print(f"\nMEDIANS of {len(runs)} runs")
    print(f"  loopback limit (wrk -> nginx, 64 connections):  {med('loopback', 'rate'):9,.0f} req/s")
    bbe = med("blackbox", "rate") if "blackbox" in runs[0] else 0.0
    if bbe:
        print(
            f"  blackbox_exporter http probe (wrk, 64 conns):   {bbe:9,.0f} probes/s  "
            f"{med('blackbox', 'cpu_ms'):.2f} ms CPU/probe  peak RSS {med('blackbox', 'rss_mb'):.0f} MB"
        )
    once = med("once", "rate")
    print(
        f"  pantau-checker once, the whole command:        {once:9,.0f} checks/s  "
        f"{med('once', 'cpu_ms'):.2f} ms CPU/check (its start and each application's first check)"
        + (f"  ratio {once / bbe:.2f}x" if bbe else "")
    )
    for side, name, goal in (("checker1", "one process  ", 0.25), ("checker2", "two processes", 0.5)):
        rate = med(side, "rate")
        ratio = f"  ratio {rate / bbe:.2f}x (goal >= {goal}x)" if bbe else ""
        print(
            f"  checker, full check, {name}:          {rate:9,.0f} checks/s  "
            f"{med(side, 'cpu_ms'):.2f} ms CPU/check  peak RSS {med(side, 'rss_mb'):.0f} MB{ratio}"
        )
    for side, name in (("unchanged1", "one process  "), ("unchanged2", "two processes")):
        rate = med(side, "rate")
        ratio = f"  ratio {rate / bbe:.2f}x" if bbe else ""
        print(
            f"  checker, unchanged page, {name}:      {rate:9,.0f} checks/s  "
            f"{med(side, 'cpu_ms'):.2f} ms CPU/check  peak RSS {med(side, 'rss_mb'):.0f} MB{ratio}"
        )
    if "tokens1" in runs[0]:
        rate = med("tokens1", "rate")
        print(
            f"  checker, unchanged page, new tokens and time each answer (Laravel), one process: {rate:,.0f} checks/s "
            f"{med('tokens1', 'cpu_ms'):.2f} ms CPU/check, {med('tokens1', 'reused'):,.0f} analyses reused"
            + (f"  ratio {rate / bbe:.2f}x" if bbe else "")
        )
    print(
        f"  CPU per full check (one process): {med('checker1', 'cpu_ms'):.2f} ms (goal <= 2 ms), the headline: "
        f"a page seen for the first time or changed; an unchanged page (its last analysis reused): "
        f"{med('unchanged1', 'cpu_ms'):.2f} ms; an application's first check (its hourly extra views, its "
        f"stylesheets): {med('checker1', 'first_cpu_ms'):.2f} ms, {med('checker1', 'first_rate'):,.0f} checks/s"
    )
    print(f"  registry file load (YAML, per process): {med('checker1', 'load_s'):.2f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--apps", type=int, default=1000)
    parser.add_argument("--concurrency", type=int, default=64)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--rounds", type=int, default=2, help="times each checker process checks the fleet")
    parser.add_argument("--seconds", type=float, default=8.0, help="length of each wrk run")
    parser.add_argument("--national", action="store_true", help="add the national-scale simulation")
    parser.add_argument("--national-seconds", type=float, default=90.0)
    parser.add_argument("--workers", default="1,2", help="worker process counts for the simulation")
    parser.add_argument("--role", choices=["main", "checker"], default="main")
    parser.add_argument("--registry", default="")
    args = parser.parse_args()
    args.apps = max(1, min(args.apps, MAX_APPS))
    if args.role == "checker":
        checker_role(args)
        return
    page = department_page()
    folder = Path(tempfile.mkdtemp(prefix="bench-checker-"))
    try:
        _bench(page, folder, args)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _bench(page: str, folder: Path, args: argparse.Namespace) -> None:
    with nginx_fleet(page, workers=1) as fleet:
        print(
            f"fleet: nginx on 127.0.0.1:{fleet.port}, {args.apps} host names, one {fleet.page_bytes / 1024:.0f} KB "
            f"department page (40 dated news items); concurrency {args.concurrency}; {args.runs} runs"
        )
        registry = registry_file(folder, fleet, args.apps)
        runs = []
        for number in range(1, min(args.runs, 9) + 1):
            runs.append(run_once(fleet, registry, args))
            _print_run(number, runs[-1])
        if runs:
            _print_medians(runs)
        if args.national:
            from national import simulate

            simulate(fleet, args.national_seconds, [int(w) for w in args.workers.split(",")])


if __name__ == "__main__":
    main()
