"""Framework starters not yet pinned by a test (twelfth round of December 2026), through a whole check: each is
the project deployed, not the application (``halaman_bawaan``). A department's page that credits the framework in
its footer stays the application. Real HTTP servers on 127.0.0.1."""

from __future__ import annotations

import pytest
from checker_servers import assert_stand_in, served_yesterday
from vendor_pages import days_ago, tanggal

LARAVEL_11_WELCOME = """<!DOCTYPE html>
<html><head><title>Laravel</title></head><body><header><a href="/login">Log in</a>
<a href="/register">Register</a></header><main><a href="https://laravel.com/docs"><h2>Documentation</h2><p>
Laravel has an incredibly rich ecosystem.</p></a><a href="https://laracasts.com"><h2>Laracasts</h2><p>
Laracasts offers thousands of video tutorials</p></a></main><footer>Laravel v11.9.2 (PHP v8.3.7)</footer>
</body></html>"""

NEXT_PAGES_WELCOME = """<!DOCTYPE html>
<html><head><title>Create Next App</title></head><body><div id="__next"><main><h1>
Welcome to <a href="https://nextjs.org">Next.js!</a></h1><p>Get started by editing <code>pages/index.js</code>
</p><div><a href="https://nextjs.org/docs"><h2>Documentation &rarr;</h2><p>
Find in-depth information about Next.js features and API.</p></a><a href="https://nextjs.org/learn"><h2>
Learn &rarr;</h2><p>Learn about Next.js in an interactive course with quizzes!</p></a></div></main><footer>
<a href="https://vercel.com">Powered by Vercel</a></footer></div></body></html>"""

CREATE_REACT_APP = """<!DOCTYPE html><html><head><title>React App</title></head><body><div id="root"><div class="App">
<header class="App-header"><img src="/static/media/logo.svg" class="App-logo" alt="logo"><p>Edit <code>
src/App.js</code> and save to reload.</p><a class="App-link" href="https://reactjs.org">Learn React</a>
</header></div></div></body></html>"""

VITE_VUE = """<!DOCTYPE html><html><head><title>Vite + Vue</title></head><body><div id="app"><div>
<a href="https://vitejs.dev"><img alt="Vite logo"></a><a href="https://vuejs.org"><img alt="Vue logo"></a>
</div><h1>Vite + Vue</h1><div class="card"><button type="button">count is 0</button><p>Edit <code>
components/HelloWorld.vue</code> to test HMR</p></div><p>
Check out <a href="https://vuejs.org/guide/quick-start.html#local">create-vue</a>
, the official Vue + Vite starter</p><p class="read-the-docs">
Click on the Vite and Vue logos to learn more</p></div></body></html>"""

ANGULAR_16 = """<!DOCTYPE html><html><head><title>MyApp</title></head><body><app-root><div class="content">
<div class="card highlight-card"><span>my-app app is running!</span></div><h2>Resources</h2><p>
Here are some links to help you get started:</p><a href="https://angular.io/tutorial">Learn Angular</a>
<a href="https://angular.io/cli">CLI Documentation</a><h2>Next Steps</h2><p>
What do you want to do next with your app?</p></div></app-root></body></html>"""

ANGULAR_17 = """<!DOCTYPE html>
<html><head><title>MyApp</title></head><body><app-root><main class="main"><div class="content">
<div class="left-side"><h1>Hello, my-app</h1><p>Congratulations! Your app is running. 🎉</p></div>
<div class="right-side"><a href="https://angular.dev">Explore the Docs</a>
<a href="https://angular.dev/tutorials">Learn with Tutorials</a><a href="https://angular.dev/tools/cli">
CLI Docs</a></div></div></main></app-root></body></html>"""


@pytest.mark.parametrize(
    ("html", "quoted"),
    [
        pytest.param(LARAVEL_11_WELCOME, "Laravel", id="laravel11"),
        pytest.param(NEXT_PAGES_WELCOME, "Welcome to Next.js", id="next-pages"),
        pytest.param(CREATE_REACT_APP, "src/App.js", id="cra"),
        pytest.param(VITE_VUE, "Vite", id="vite-vue"),
        pytest.param(ANGULAR_16, "app is running", id="angular"),
        pytest.param(ANGULAR_17, "Congratulations! Your app is running", id="angular17"),
    ],
)
def test_a_framework_starter_is_a_default_page(site, html: str, quoted: str) -> None:  # type: ignore[no-untyped-def]
    assert_stand_in(served_yesterday(site, html), "halaman_bawaan", quoted)


def test_a_department_page_built_with_laravel_says_so_in_its_footer_and_is_the_application(site) -> None:  # type: ignore[no-untyped-def]
    menu = "".join(f'<li><a href="/{slug}">{name}</a></li>' for slug, name in MENU)
    html = f"""<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>Disdukcapil Kota Bekasi</title></head>
<body><header><h1>Dinas Kependudukan dan Pencatatan Sipil Kota Bekasi</h1><nav><ul>{menu}</ul></nav></header>
<main>
<article><h2>Pelayanan Perekaman KTP Elektronik pada Hari Sabtu</h2><p class="tanggal">{tanggal(days_ago(1))}</p>
<p>Disdukcapil membuka layanan perekaman KTP elektronik pada hari Sabtu di kantor kecamatan.</p></article>
<article><h2>Jadwal Pelayanan Akta Kelahiran</h2><p class="tanggal">{tanggal(days_ago(6))}</p>
<p>Pelayanan akta kelahiran dilayani setiap hari kerja pukul 08.00 sampai 15.00 WIB.</p></article>
</main>
<footer><p>&copy; 2026 Disdukcapil Kota Bekasi. Jl. Jend. Ahmad Yani No. 1.</p>
<p>Dibangun dengan Laravel v11.x (PHP v8.3) oleh Tim TI Disdukcapil.</p></footer>
</body></html>"""
    event = served_yesterday(site, html)
    assert (event.availability, event.reason) == ("aktif", None)


MENU = (
    ("", "Beranda"),
    ("profil", "Profil"),
    ("layanan", "Layanan"),
    ("berita", "Berita"),
    ("ppid", "PPID"),
    ("kontak", "Kontak"),
)
