#!/usr/bin/env python3
"""Benchmark: full checks of a simulated fleet on 127.0.0.1, against Prometheus blackbox_exporter.

    .venv/bin/python tests/bench/checker/bench_checker.py [--apps 1000] [--concurrency 50] [--runs 3]

A fleet server (its own process, loopback only) plays ``--apps`` applications by Host header
(and by path, for blackbox_exporter, which would otherwise ask DNS). The checker does the full
check of each (availability, page dates, gambling scan of visible/hidden text, Googlebot fetch
for cloaking, domain compliance) in a separate process at a fixed concurrency; blackbox_exporter's
HTTP module probes the same fleet at the same concurrency. Prints, per run and as medians: checks/s,
CPU seconds per check, peak RSS, and the ratio to blackbox_exporter. Bounded in count and time.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import resource
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from multiprocessing import Process
from pathlib import Path

from babel.dates import format_date

MAX_APPS = 5000
RUN_TIMEOUT_S = 300
BLACKBOX = "/usr/bin/prometheus-blackbox-exporter"


# --- the fleet --------------------------------------------------------------------------------


def _tanggal(days: int) -> str:
    day = datetime.now(UTC) - timedelta(days=days)
    return format_date(day, "d MMMM y", locale="id")


def _pages() -> dict[str, bytes]:
    news = "".join(
        f"<li><span class=tgl>{_tanggal(d)}</span> <a href=/berita/{d}>Berita kegiatan {d}</a></li>"
        for d in (1, 6, 15, 40, 90)
    )
    filler = "<p>" + "Pemerintah Kota Bekasi melayani warga dengan sepenuh hati. " * 40 + "</p>"
    base = (
        "<!doctype html><html lang=id><head><meta charset=utf-8><title>{title}</title>"
        "<meta name=description content='Situs resmi Perangkat Daerah Kota Bekasi'></head><body>"
        "<header><nav>" + "".join(f"<a href=/menu/{i}>Menu {i}</a>" for i in range(30)) + "</nav>"
        "<div class=jam>{clock}</div></header><main><h1>{title}</h1><ul>{news}</ul>"
        + filler
        + "{extra}</main><footer><span class=visitor-counter>12345</span></footer></body></html>"
    )
    stale = (
        news.replace(_tanggal(1), _tanggal(200))
        .replace(_tanggal(6), _tanggal(210))
        .replace(_tanggal(15), _tanggal(220))
    )
    hidden = "<div style='position:absolute;left:-9999px'><a href='https://x.example/slot-gacor'>slot gacor</a></div>"
    pages = {
        "healthy": base.format(title="Dinas", clock="10:00", news=news, extra=""),
        "stale": base.format(title="Kecamatan", clock="10:00", news=stale, extra=""),
        "hidden": base.format(title="Sekolah", clock="10:00", news=news, extra=hidden),
    }
    return {k: v.encode() for k, v in pages.items()}


def _behaviour(index: int) -> str:
    if index % 20 == 19:
        return "down"
    if index % 10 == 7:
        return "stale"
    if index % 25 == 3:
        return "hidden"
    return "healthy"


async def _serve(port: int) -> None:
    pages = _pages()

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 10)
        except (asyncio.IncompleteReadError, asyncio.LimitOverrunError, TimeoutError, ConnectionError):
            writer.close()
            return
        lines = head.decode("latin-1").split("\r\n")
        path = lines[0].split(" ")[1] if " " in lines[0] else "/"
        host = next((line[5:].strip() for line in lines if line.lower().startswith("host:")), "")
        index = _index(host, path)
        kind = _behaviour(index) if index >= 0 else "missing"
        if kind == "down":
            status, body = "503 Service Unavailable", b"<h1>503</h1>"
        elif kind == "missing" or path not in ("/", f"/app/{index}"):
            status, body = "404 Not Found", b"<h1>404</h1>"
        else:
            status, body = "200 OK", pages[kind]
        writer.write(
            f"HTTP/1.1 {status}\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
            f"{len(body)}\r\nConnection: close\r\n\r\n".encode()
            + body
        )
        try:
            await writer.drain()
        except ConnectionError:
            pass
        writer.close()

    server = await asyncio.start_server(handle, "127.0.0.1", port, backlog=4096)
    async with server:
        await server.serve_forever()


def _index(host: str, path: str) -> int:
    name = host.split(":", maxsplit=1)[0]
    if name.startswith("app-") and name.endswith(".bench.bekasikota.go.id"):
        return int(name[4:].split(".")[0])
    if path.startswith("/app/"):
        return int(path[5:])
    return -1


def _fleet_process(port: int) -> None:
    asyncio.run(_serve(port))


# --- the checker side ---------------------------------------------------------------------------


def _checker_run(apps: int, port: int, concurrency: int) -> dict[str, float]:
    import ipaddress

    from pantau_checker.config import CheckerConfig
    from pantau_checker.core import freshness
    from pantau_checker.http import FetchLimits
    from pantau_checker.probe import Checker
    from pantau_common.registry.model import AppSpec, ResolveRule

    freshness.warm_up()
    config = CheckerConfig(
        allow=(ipaddress.ip_network("127.0.0.1/32"),),
        resolve=(ResolveRule("*.bench.bekasikota.go.id", None, "127.0.0.1"),),
        limits=FetchLimits(total_timeout_s=10.0),
        retries=0,
        per_host=2,
    )
    checker = Checker(config, {})
    specs = [
        AppSpec(
            id=f"app-{i}",
            pd_id="bench",
            nama=f"App {i}",
            url=f"http://app-{i}.bench.bekasikota.go.id:{port}/",
        )
        for i in range(apps)
    ]

    async def run_all() -> list[str]:
        gate = asyncio.Semaphore(concurrency)

        async def one(spec: AppSpec) -> str:
            async with gate:
                event = await checker.check(spec)
            return event.availability if not event.findings else "finding"

        async with asyncio.timeout(RUN_TIMEOUT_S):
            return list(await asyncio.gather(*(one(s) for s in specs)))

    cpu0, wall0 = _cpu_self(), time.perf_counter()
    results = asyncio.run(run_all())
    wall, cpu = time.perf_counter() - wall0, _cpu_self() - cpu0
    return {
        "checks": len(results),
        "wall_s": wall,
        "cpu_s": cpu,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "aktif": results.count("aktif"),
        "tidak_aktif": results.count("tidak_aktif"),
        "with_findings": results.count("finding"),
    }


def _cpu_self() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


# --- the blackbox_exporter side -------------------------------------------------------------------


def _blackbox_run(apps: int, port: int, concurrency: int) -> dict[str, float]:
    import httpx

    folder = Path(tempfile.mkdtemp(prefix="bench-bbe-"))
    (folder / "blackbox.yml").write_text(
        "modules:\n  http_2xx:\n    prober: http\n    timeout: 10s\n    http:\n      preferred_ip_protocol: ip4\n"
    )
    bbe_port = _free_port()
    proc = subprocess.Popen(
        [
            BLACKBOX,
            f"--config.file={folder / 'blackbox.yml'}",
            f"--web.listen-address=127.0.0.1:{bbe_port}",
            "--log.level=error",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        _wait_port(bbe_port)
        cpu0 = _cpu_of(proc.pid)

        async def probe_all() -> list[bool]:
            gate = asyncio.Semaphore(concurrency)
            limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
            async with httpx.AsyncClient(limits=limits, timeout=30, trust_env=False) as client:

                async def one(i: int) -> bool:
                    async with gate:
                        answer = await client.get(
                            f"http://127.0.0.1:{bbe_port}/probe",
                            params={"module": "http_2xx", "target": f"http://127.0.0.1:{port}/app/{i}"},
                        )
                    return "probe_success 1" in answer.text

                async with asyncio.timeout(RUN_TIMEOUT_S):
                    return list(await asyncio.gather(*(one(i) for i in range(apps))))

        wall0 = time.perf_counter()
        results = asyncio.run(probe_all())
        wall = time.perf_counter() - wall0
        cpu = _cpu_of(proc.pid) - cpu0
        rss = _peak_rss_mb(proc.pid)
    finally:
        proc.terminate()
        proc.wait(10)
        shutil.rmtree(folder, ignore_errors=True)
    return {
        "checks": len(results),
        "wall_s": wall,
        "cpu_s": cpu,
        "peak_rss_mb": rss,
        "aktif": results.count(True),
        "tidak_aktif": results.count(False),
    }


def _cpu_of(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _peak_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _wait_port(port: int, timeout_s: float = 15) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"nothing listens on 127.0.0.1:{port}")


# --- orchestration ------------------------------------------------------------------------------


def _in_subprocess(role: str, apps: int, port: int, concurrency: int) -> dict[str, float]:
    out = subprocess.run(
        [
            sys.executable,
            __file__,
            "--role",
            role,
            "--apps",
            str(apps),
            "--port",
            str(port),
            "--concurrency",
            str(concurrency),
        ],
        capture_output=True,
        text=True,
        timeout=RUN_TIMEOUT_S + 60,
        check=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def _line(name: str, r: dict[str, float]) -> str:
    rate = r["checks"] / r["wall_s"]
    return (
        f"{name:<10} {int(r['checks']):>5} checks  {rate:8.1f} checks/s  "
        f"{r['cpu_s'] / r['checks'] * 1000:7.2f} ms CPU/check  peak RSS {r['peak_rss_mb']:6.1f} MB  "
        f"(aktif {int(r['aktif'])}, tidak aktif {int(r['tidak_aktif'])})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--apps", type=int, default=1000)
    parser.add_argument("--concurrency", type=int, default=50)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--role", choices=["main", "checker", "blackbox"], default="main")
    parser.add_argument("--port", type=int, default=0)
    args = parser.parse_args()
    apps = max(1, min(args.apps, MAX_APPS))
    if args.role == "checker":
        print(json.dumps(_checker_run(apps, args.port, args.concurrency)))
        return
    if args.role == "blackbox":
        print(json.dumps(_blackbox_run(apps, args.port, args.concurrency)))
        return
    port = _free_port()
    fleet = Process(target=_fleet_process, args=(port,), daemon=True)
    fleet.start()
    try:
        _wait_port(port)
        _report(apps, port, args.concurrency, max(1, min(args.runs, 9)))
        _library_costs()
    finally:
        fleet.terminate()
        fleet.join(10)


def _library_costs(iterations: int = 200) -> None:
    """Print what each parsing library costs per call on a fleet page (median of ``iterations``)."""
    from email.utils import format_datetime

    import htmldate

    from pantau_checker.core import freshness
    from pantau_checker.core.checks import defacement, domain
    from pantau_checker.core.page import parse_page

    html = _pages()["hidden"].decode()
    page = parse_page(html, "http://x.bekasikota.go.id/")
    feed = (
        "<rss version='2.0'><channel>"
        + "".join(
            f"<item><title>b{i}</title><pubDate>{format_datetime(datetime.now(UTC))}</pubDate></item>"
            for i in range(20)
        )
        + "</channel></rss>"
    ).encode()
    sitemap = ("<urlset>" + "<url><loc>/a</loc><lastmod>2026-11-20</lastmod></url>" * 50 + "</urlset>").encode()
    jobs = {
        "selectolax parse_page": lambda: parse_page(html, "http://x.bekasikota.go.id/"),
        "dates (regex+dateparser)": lambda: freshness.dates_in_text(page.main_text),
        "htmldate find_date": lambda: htmldate.find_date(html, extensive_search=False),
        "pyahocorasick scan": lambda: defacement.scan(page),
        "feedparser (20 items)": lambda: freshness.feed_dates(feed),
        "lxml sitemap (50 urls)": lambda: freshness.sitemap_lastmods(sitemap),
        "tldextract domain": lambda: domain.findings("app-1.bench.example.web.id"),
    }
    print("\nlibrary cost per call (median):")
    for name, job in jobs.items():
        job()
        samples = []
        for _ in range(iterations):
            start = time.perf_counter()
            job()
            samples.append(time.perf_counter() - start)
        print(f"  {name:<26} {statistics.median(samples) * 1e6:9.1f} us")


def _report(apps: int, port: int, concurrency: int, runs: int) -> None:
    print(f"fleet: {apps} simulated applications on 127.0.0.1:{port}; concurrency {concurrency}; {runs} runs")
    checker, blackbox = [], []
    for run in range(1, runs + 1):
        checker.append(_in_subprocess("checker", apps, port, concurrency))
        print(_line(f"checker#{run}", checker[-1]), flush=True)
        if Path(BLACKBOX).exists():
            blackbox.append(_in_subprocess("blackbox", apps, port, concurrency))
            print(_line(f"blackbox#{run}", blackbox[-1]), flush=True)
    _medians(checker, blackbox)


def _medians(checker: list[dict[str, float]], blackbox: list[dict[str, float]]) -> None:
    def med(results: list[dict[str, float]], key: str) -> float:
        return statistics.median(r[key] for r in results)

    rate = statistics.median(r["checks"] / r["wall_s"] for r in checker)
    cpu = statistics.median(r["cpu_s"] / r["checks"] for r in checker)
    print(
        f"\nMEDIAN checker (full checks): {rate:.1f} checks/s, {cpu * 1000:.2f} ms CPU per check, "
        f"peak RSS {med(checker, 'peak_rss_mb'):.1f} MB"
    )
    if blackbox:
        bbe = statistics.median(r["checks"] / r["wall_s"] for r in blackbox)
        bcpu = statistics.median(r["cpu_s"] / r["checks"] for r in blackbox)
        print(
            f"MEDIAN blackbox_exporter (http): {bbe:.1f} probes/s, {bcpu * 1000:.2f} ms CPU per probe, "
            f"peak RSS {med(blackbox, 'peak_rss_mb'):.1f} MB"
        )
        print(f"RATIO checker/blackbox_exporter rate: {rate / bbe:.2f} (goal >= 0.5)")
    else:
        print(f"blackbox_exporter not found at {BLACKBOX}; no reference run")


if __name__ == "__main__":
    main()
