"""The benchmark's fleet: Debian's nginx serving one department page for every host name.

nginx runs as the current user on a free 127.0.0.1 port, with its configuration, temp
directories, pid file and error log under a temporary directory; every host name gets the same
home page (``server_name _`` as the default server), so 1,000 applications, or 25,000, cost nginx
nothing more than one. ``/app/N`` is the home page too (for blackbox_exporter, which cannot
override DNS); ``/portal/`` is the same page as a Laravel site serves it, with a new anti-forgery
token and script nonce in every answer (nginx's ``$request_id``); stylesheets are the theme's;
every other path is a 404 (no feed, no sitemap), as on most department sites.
"""

from __future__ import annotations

import getpass
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

NGINX = "/usr/sbin/nginx"
HOST_SUFFIX = "bench.bekasikota.go.id"
NEWS_ITEMS = 40
TOKEN_MARK = "__PANTAU_BENCH_TOKEN__"  # replaced by nginx with a new value in every answer of /portal/
TICK_MARK = "__PANTAU_BENCH_TICK__"  # the clock and visitor counter of /portal/, moved on in every answer

_CONF = """\
{user}worker_processes {workers};
pid {root}/nginx.pid;
error_log {root}/error.log warn;
daemon off;
events {{ worker_connections 8192; }}
http {{
  access_log off;
  client_body_temp_path {root}/tmp/body;
  proxy_temp_path {root}/tmp/proxy;
  fastcgi_temp_path {root}/tmp/fastcgi;
  uwsgi_temp_path {root}/tmp/uwsgi;
  scgi_temp_path {root}/tmp/scgi;
  default_type text/html;
  charset utf-8;
  keepalive_requests 1000000;
  server {{
    listen 127.0.0.1:{port} default_server backlog=8192;
    server_name _;
    root {root}/www;
    location = / {{ try_files /index.html =404; }}
    location /app/ {{ try_files /index.html =404; }}
    location = /portal/ {{
      sub_filter_once off;
      sub_filter "{token_mark}" "$request_id";
      sub_filter "{tick_mark}" "$msec";
      try_files /tokens.html =404;
    }}
    location ~ [.]css$ {{ default_type text/css; try_files /style.css =404; }}
    location / {{ return 404; }}
  }}
}}
"""


@dataclass(frozen=True)
class Fleet:
    port: int
    page_bytes: int
    pid: int

    def url(self, index: int) -> str:
        """Return the home page URL of application ``index`` (a host name of its own)."""
        return f"http://app-{index}.{HOST_SUFFIX}:{self.port}/"

    def token_url(self, index: int) -> str:
        """Return the URL of application ``index``'s page as a Laravel site serves it: new tokens each answer."""
        return f"http://app-{index}.{HOST_SUFFIX}:{self.port}/portal/"

    def path_url(self, index: int) -> str:
        """Return a URL of application ``index`` by path, for probers that cannot override DNS."""
        return f"http://127.0.0.1:{self.port}/app/{index}"


def department_page() -> str:
    """Return a Bekasi department's home page with 40 dated news items, as its vendor writes it."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "integration" / "checker"))
    from vendor_pages import Site, department_page, news_since

    days = [1 + 2 * i for i in range(NEWS_ITEMS)]
    return str(department_page(Site(news=news_since(days))))


def with_new_tokens(page: str) -> str:
    """Return ``page`` as a Laravel layout writes it: an anti-forgery token in a <meta>, in the search form
    and in the scripts' settings, and a CSP nonce on its scripts; its top bar's clock and its visitor
    counter rendered by the server. nginx puts a new token and a new time in each answer."""
    head = (
        f'<meta name="csrf-token" content="{TOKEN_MARK}">\n'
        f'<script nonce="{TOKEN_MARK}">window.Laravel = {{"csrfToken":"{TOKEN_MARK}","locale":"id"}};</script>\n'
    )
    form = (
        f'<form class="cari" method="POST" action="/cari"><input type="hidden" name="_token" value="{TOKEN_MARK}">'
        '<input type="search" name="q" placeholder="Cari berita..."></form>\n'
    )
    page = re.sub(r'(<span class="jam-digital">)[^<]*', rf"\g<1>{TICK_MARK} WIB", page, count=1)
    page = page.replace('"visitor-today">318<', f'"visitor-today">{TICK_MARK}<', 1)
    return page.replace("</head>", head + "</head>", 1).replace(
        '<header class="site-header">', form + '<header class="site-header">', 1
    )


def theme_stylesheet() -> str:
    """Return a department theme's stylesheet: layout, menu, news list, widgets, a few hiding rules."""
    parts = [
        "body{font-family:'Open Sans',Arial,sans-serif;color:#333;margin:0}",
        ".container{max-width:1140px;margin:0 auto;padding:0 15px}",
        ".top-bar{background:#0b4f8a;color:#fff;font-size:13px;padding:6px 0}",
        ".site-header .brand img{height:56px}.main-nav .menu{display:flex;list-style:none}",
        ".menu-item .sub-menu{display:none;position:absolute;background:#fff}",
        ".menu-item:hover .sub-menu{display:block}",
        ".screen-reader-text{position:absolute;left:-10000px;width:1px;height:1px;overflow:hidden}",
        ".running-text{background:#ffd200;padding:4px 0}.carousel-item img{width:100%}",
        ".news-list{display:grid;grid-template-columns:repeat(2,1fr);gap:24px}",
        ".post-item img{width:100%;border-radius:4px}.post-title a{color:#0b4f8a;text-decoration:none}",
        ".post-meta{font-size:12px;color:#888}.sidebar .widget{margin-bottom:24px}",
        ".site-footer{background:#102a43;color:#d9e2ec;padding:32px 0}.copyright{font-size:12px}",
    ]
    responsive = "".join(
        f"@media (max-width:{w}px){{.news-list{{grid-template-columns:1fr}}.col-{w}{{width:100%}}}}"
        for w in (1200, 992, 768, 576)
    )
    utilities = "".join(f".mt-{n}{{margin-top:{n * 4}px}}.mb-{n}{{margin-bottom:{n * 4}px}}" for n in range(40))
    return "\n".join(parts) + responsive + utilities


@contextmanager
def nginx_fleet(page: str, workers: int = 1) -> Iterator[Fleet]:
    """Serve ``page`` for every host and path from nginx until the block ends."""
    if not Path(NGINX).exists():
        raise SystemExit(f"{NGINX} not found: run `make system-deps` (Debian nginx-light)")
    root = Path(tempfile.mkdtemp(prefix="bench-nginx-"))
    try:
        port = _configure(root, page, workers)
        proc = subprocess.Popen(
            [NGINX, "-p", str(root), "-c", str(root / "nginx.conf"), "-e", str(root / "error.log")],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        try:
            wait_port(port)
            yield Fleet(port, len(page.encode()), proc.pid)
        finally:
            proc.terminate()
            proc.wait(10)
    finally:
        shutil.rmtree(root, ignore_errors=True)


def _configure(root: Path, page: str, workers: int) -> int:
    for sub in ("www", "tmp/body", "tmp/proxy", "tmp/fastcgi", "tmp/uwsgi", "tmp/scgi"):
        (root / sub).mkdir(parents=True)
    (root / "www" / "index.html").write_text(page, encoding="utf-8")
    (root / "www" / "tokens.html").write_text(with_new_tokens(page), encoding="utf-8")
    (root / "www" / "style.css").write_text(theme_stylesheet(), encoding="utf-8")
    port = plain_port()
    # As root, nginx would hand its workers to another user, who could not read a private temp dir.
    user = f"user {getpass.getuser()};\n" if os.geteuid() == 0 else ""
    (root / "nginx.conf").write_text(
        _CONF.format(user=user, workers=workers, root=root, port=port, token_mark=TOKEN_MARK, tick_mark=TICK_MARK)
    )
    return port


# The fleet's port is written in every link of the page the checker reads (a real site's address has none): one that
# holds a lucky number ("…:51477") would make the figures depend on the draw. Those of the term lists' BRAND_NUMBERS.
_LUCKY = ("77", "88", "99", "138", "168", "188", "303", "338", "388", "555")


def plain_port() -> int:
    """Return a free port on 127.0.0.1 whose digits hold no lucky number."""
    port = free_port()
    while any(lucky in str(port) for lucky in _LUCKY):
        port = free_port()
    return port


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_port(port: int, timeout_s: float = 15) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"nothing listens on 127.0.0.1:{port}")
