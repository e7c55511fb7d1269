"""Embedded social posts and Elfsight's feeds as parts a machine dates (``machine_parts``, session 37), on parsed
markup."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from pantau_checker.core.machine_parts import FEED_PLUGIN_SIGNS, machine_parts

OWN = "dinkes.bekasikota.go.id"
TWEET = (
    '<blockquote class="twitter-tweet"><p lang="in">Samsat Keliling hari ini di Summarecon.</p>&mdash; Humas '
    '(@humaskotabekasi) <a href="https://twitter.com/humaskotabekasi/status/1">December 3, 2026</a></blockquote>'
)


def found(html: str) -> list[str]:
    """Return the text of the parts found, with the widgets of ``html`` by their "widget" class."""
    body = LexborHTMLParser(html).body
    assert body is not None
    plugins = any(sign in html for sign in FEED_PLUGIN_SIGNS)
    return [
        " ".join(node.text(separator=" ").split()) for node in machine_parts(body, body.css(".widget"), OWN, plugins)
    ]


def test_an_embedded_tweet_outside_a_post_is_found() -> None:
    assert found(f'<div class="col-lg-4"><div class="card">{TWEET}</div></div>') == [
        "Samsat Keliling hari ini di Summarecon. — Humas (@humaskotabekasi) December 3, 2026"
    ]


def test_an_embedded_instagram_or_tiktok_post_outside_a_post_is_found() -> None:
    instagram = (
        '<blockquote class="instagram-media" data-instgrm-version="14"><a href="https://www.instagram.com/p/C0/">'
        'Lihat postingan ini</a> <time datetime="2026-12-02T03:11:20+00:00">2 Desember 2026</time></blockquote>'
    )
    tiktok = '<blockquote class="tiktok-embed" cite="https://www.tiktok.com/@dinkes/video/1"><section>2-12</section>'
    assert found(f"<main>{instagram}{tiktok}</blockquote></main>") == [
        "Lihat postingan ini 2 Desember 2026",
        "2-12",
    ]


def test_a_post_quoting_a_tweet_keeps_it() -> None:
    assert found(f"<main><article><h2>Samsat Keliling</h2>{TWEET}</article></main>") == []


def test_an_elfsight_apps_container_is_found_by_its_name() -> None:
    html = (
        '<div class="card"><div class="elfsight-app-3f7c2a1e-8d5b"><div class="eapps-instagram-feed-posts-item">'
        '<div class="eapps-instagram-feed-posts-item-date">2 jam yang lalu</div></div></div></div>'
    )
    assert found(html) == ["2 jam yang lalu"]
    assert found(html.replace("elfsight-app-", "app-")) == []
