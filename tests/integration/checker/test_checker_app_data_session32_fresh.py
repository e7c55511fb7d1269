"""The posts of a Nuxt app's shell in the two shapes earlier rounds left unread (session 32), through a whole check
against a real HTTP server on 127.0.0.1.

Nuxt 3 writes its payload flattened in ``<script type="application/json" id="__NUXT_DATA__">`` (devalue: a list of
values whose objects hold the indexes of their members, its root wrapped as ``["ShallowReactive", 1]``); Nuxt 2
writes its state as a function's call (``window.__NUXT__=(function(a,b,…){return {…}}(…))``, keys unquoted, the
values it repeats passed as arguments). A fresh app is dated by its posts, a stale one stays stale beside its
configuration's and its agenda's dates of today. The pages are served without ``Last-Modified`` (Node renders them),
so that the data's dates decide.
"""

from __future__ import annotations

import json

from test_checker_dates_session28 import HEADLINES
from test_checker_dates_session31 import FRESH_DAYS, NOSCRIPT, STALE_DAYS, ago, result


class Special(list):  # type: ignore[type-arg]
    """A devalue reducer's entry written as is (["Set", …], ["Date", …])."""


def flattened(root: dict[str, object]) -> str:
    """Return ``root`` as Nuxt 3 writes its payload: each value once in a list, objects and lists by indexes."""
    values: list[object] = [["ShallowReactive", 1]]
    known: dict[tuple[type, object], int] = {}

    def add(value: object) -> int:
        if isinstance(value, str | int | float | bool) and (type(value), value) in known:
            return known[(type(value), value)]
        index = len(values)
        values.append(None)
        if isinstance(value, Special):
            values[index] = list(value)
        elif isinstance(value, dict):
            values[index] = {k: add(v) for k, v in value.items()}
        elif isinstance(value, list):
            values[index] = [add(v) for v in value]
        else:
            values[index] = value
            if value is not None:
                known[(type(value), value)] = index
        return index

    add(root)
    return json.dumps(values, ensure_ascii=False, separators=(",", ":"))


def news(days: tuple[int, ...]) -> list[dict[str, object]]:
    return [
        {
            "id": 212 - i,
            "judul": title,
            "slug": f"berita-{212 - i}",
            "kategori": {"id": 3, "nama": "Berita Dinas"},
            "thumbnail": f"/storage/berita/{212 - i}.jpg",
            "published_at": f"{ago(d):%Y-%m-%dT08:15:00.000000Z}",
        }
        for i, (d, title) in enumerate(zip(days, HEADLINES, strict=False))
    ]


def nuxt3_shell(posts: list[dict[str, object]], extra: dict[str, object] | None = None) -> str:
    fetched = {"data": posts, "meta": {"current_page": 1, "last_page": 18, "total": 212}}
    payload = {
        "data": {"$fK3q9ZbXw1": fetched, **(extra or {})},
        "state": {"$ssite-config": {"nama": "Dinas Perdagangan", "dibuat": f"{ago(0):%Y-%m-%dT00:00:00Z}"}},
        "once": Special(["Set"]),
        "_errors": {"$fK3q9ZbXw1": None},
        "serverRendered": False,
        "path": "/",
    }
    return (
        '<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>Dinas Perdagangan Kota Bekasi</title>'
        '<link rel="stylesheet" href="/_nuxt/entry.9c1d4e.css"><link rel="modulepreload" href="/_nuxt/entry.4f2a7b.js">'
        f'</head><body><div id="__nuxt"></div><div id="teleports"></div>{NOSCRIPT}'
        f'<script type="application/json" id="__NUXT_DATA__" data-ssr="false">{flattened(payload)}</script>'
        '<script>window.__NUXT__={};window.__NUXT__.config={public:{apiBase:"https://api.disdag.bekasikota.go.id"},'
        'app:{baseURL:"/",buildId:"0d8f2c",buildAssetsDir:"/_nuxt/",cdnURL:""}}</script>'
        '<script type="module" src="/_nuxt/entry.4f2a7b.js" crossorigin></script></body></html>'
    )


def nuxt2_shell(days: tuple[int, ...], agenda: str = "") -> str:
    """Nuxt 2's state as devalue writes it: the values used twice or more (a category, the author, null, true, the
    day two posts share) passed as the function's arguments."""
    items = ",".join(
        f'{{id:{212 - i},judul:"{title}",slug:"berita-{212 - i}",kategori:a,penulis:b,'
        f"tanggal:{'f' if i == 1 else json.dumps(f'{ago(d):%Y-%m-%d %H:%M:%S}')},"
        f'gambar:"\\u002Fstorage\\u002F{i}.jpg"}}'
        for i, (d, title) in enumerate(zip(days, HEADLINES, strict=False))
    )
    shared = json.dumps(f"{ago(days[1]):%Y-%m-%d %H:%M:%S}")
    return (
        '<!DOCTYPE html><html lang="id"><head><title>Dinas Perdagangan Kota Bekasi</title>'
        '<link rel="preload" href="/_nuxt/app.3e9f1a.js" as="script"></head><body>'
        f'<div id="__nuxt"><!----></div>{NOSCRIPT}'
        '<script>window.__NUXT__=(function(a,b,c,d,e,f){return {layout:"default",'
        f"data:[{{berita:[{items}]{agenda}}}],fetch:{{}},error:c,state:{{auth:{{user:c,loggedIn:e}},"
        f'i18n:{{locale:"id"}}}},serverRendered:d,routePath:"\\u002F",config:{{_app:{{basePath:"\\u002F",'
        f'assetsPath:"\\u002F_nuxt\\u002F",cdnURL:c}}}}}}}}("Berita Dinas","Admin Disdag",null,true,false,{shared}));'
        '</script><script src="/_nuxt/app.3e9f1a.js" defer></script></body></html>'
    )


def test_a_nuxt3_apps_flattened_payload_of_fresh_posts_dates_it() -> None:
    assert result(nuxt3_shell(news(FRESH_DAYS))) == "update"


def test_a_nuxt3_apps_stale_posts_beside_its_configuration_and_agenda_of_today_keep_it_stale() -> None:
    agenda = {"$fAgenda7Q": [{"judul": "Rapat Koordinasi", "tanggal": f"{ago(-3):%Y-%m-%d}", "tempat": "Aula"}]}
    assert result(nuxt3_shell(news(STALE_DAYS), agenda)) == "tidak_update"


def test_a_nuxt2_apps_state_written_as_a_call_of_fresh_posts_dates_it() -> None:
    assert result(nuxt2_shell(FRESH_DAYS)) == "update"


def test_a_nuxt2_apps_stale_state_as_a_call_stays_stale_beside_an_agenda_ahead() -> None:
    agenda = f',agenda:[{{judul:"Rapat Koordinasi",tanggal:"{ago(-3):%Y-%m-%d}",lokasi:"Aula"}}]'
    assert result(nuxt2_shell(STALE_DAYS, agenda)) == "tidak_update"
