"""The dates of the posts a single-page app's shell holds in its embedded data, for a news list its script renders.

Such a page's body is a mount point and a ``<noscript>``; its posts are in Next.js's ``__NEXT_DATA__``, Nuxt's
``window.__NUXT__ = {...}``, Inertia's ``data-page`` attribute or a script's ``var berita = [...]``. Each block is read
as JSON (a script's object literals after an ``=``, where they are JSON), never searched with an expression, and only
a post's own date counts: a date under a key that names one (of the families "published_at", "tanggal…", "tgl…",
"created…", "date…") of an object in a list that has a title of its own ("title", "judul…", "perihal", "slug"),
written as text or as Unix seconds (or milliseconds). Strapi 4 gives an item's fields under its "attributes".

An app's build or configuration ("created_at" of a settings object, not in a list of titled items) and a user's
account date nothing; nor do the lists that are no posts although their items have a title and a date of today: a
staff list (a person's name beside a job's "title", a "jabatan", an "email"), the weather of the days ahead, the
prayer times of the day, the market's prices, an activity log ("Login berhasil", an IP), an agenda or a schedule,
known by the list's key ("pegawai", "cuaca", "sholat", "harga", "activity_log", "jadwal") or by its items' fields.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from functools import lru_cache

MAX_NODES = 5000  # of a block's walk: a hostile page's data is read no further
MAX_BLOCK_CHARS = 1_000_000
MAX_ASSIGNMENTS = 8  # object literals tried in one script
MAX_DATES = 200
# A post's date: the key's first word is one of these ("tgl_publish", "tanggalTerbit", "publishedAt", "created",
# "date_created"), or the key is one of the names a CMS gives it whole.
_DATE_FIRST_WORDS = frozenset(
    {"published", "publish", "created", "date", "datetime", "tanggal", "tgl", "posted", "terbit"}
)
_DATE_KEYS = frozenset({"post_date", "datepublished", "date_published", "pubdate", "pub_date", "waktu_terbit"})
# A key of a date family that names no post's date: a person's birth, an event's start and end, a licence's expiry,
# an edit (a menu's "updated_at" is renewed by each deploy), a user's id.
_NOT_POST_DATE_WORDS = frozenset(
    {
        "lahir",
        "mulai",
        "selesai",
        "akhir",
        "berakhir",
        "berlaku",
        "kadaluarsa",
        "kedaluwarsa",
        "expired",
        "expire",
        "expiry",
        "exp",
        "deadline",
        "batas",
        "start",
        "end",
        "due",
        "pelaksanaan",
        "kegiatan",
        "acara",
        "event",
        "update",
        "updated",
        "modified",
        "edit",
        "edited",
        "diubah",
        "by",
        "oleh",
        "id",
        "user",
    }
)
_TITLE_FIRST_WORDS = frozenset({"title", "judul", "headline"})
_TITLE_KEYS = frozenset({"slug", "post_title", "nama_berita", "perihal", "subject"})
# An agenda's items (a date ahead, the agenda's rule would read it as written two weeks before): a list under such a
# key, or an item with an event's place or hours.
_AGENDA_WORDS = ("agenda", "jadwal", "event", "acara", "schedule", "kalender", "calendar")
_EVENT_KEYS = frozenset(
    {"lokasi", "tempat", "waktu", "jam", "mulai", "selesai", "start", "end", "location", "venue", "tanggal_mulai"}
)
# A list that holds no posts, by a word of its key or of its parent's (a paginator's "data" under "pegawai"): staff and
# users, the weather, prayer times, prices, logs.
_NOT_POSTS_WORDS = frozenset(
    {
        "users",
        "user",
        "pengguna",
        "pegawai",
        "staff",
        "staf",
        "employees",
        "employee",
        "pejabat",
        "members",
        "anggota",
        "cuaca",
        "weather",
        "forecast",
        "prakiraan",
        "sholat",
        "shalat",
        "salat",
        "solat",
        "prayer",
        "prayers",
        "imsakiyah",
        "harga",
        "price",
        "prices",
        "komoditas",
        "commodities",
        "log",
        "logs",
        "audit",
        "login",
        "notifications",
        "notifikasi",
    }
)
# An item that is no post by its fields: a person's (with a name), the weather's, a price's, a log's entry.
_NAME_KEYS = frozenset({"name", "nama", "nama_lengkap", "full_name", "fullname"})
_PERSON_KEYS = frozenset(
    {"jabatan", "nip", "email", "position", "pangkat", "golongan", "role", "username", "phone", "telepon", "no_hp"}
)
_NOT_POST_KEYS = frozenset(
    {
        "suhu",
        "temperature",
        "temp",
        "kelembapan",
        "kelembaban",
        "humidity",
        "angin",
        "wind",
        "harga",
        "price",
        "satuan",
        "ip",
        "ip_address",
        "user_agent",
        "causer_id",
        "causer_type",
        "log_name",
        "subject_type",
    }
)
_PRAYERS = frozenset({"imsak", "subuh", "syuruq", "terbit", "dhuha", "dzuhur", "zuhur", "ashar", "maghrib", "isya"})
_POST_KEYS = frozenset({"slug", "content", "konten", "isi", "body", "excerpt", "ringkasan"})
_EPOCH_SECONDS = range(946_684_800, 4_102_444_800)  # 2000 to 2099, the years a date is read in
_CONTEXT_KEYS = 2  # a list's key and its parent's name what it holds
_WORD = re.compile(r"[a-z]+|[A-Z][a-z]*|\d+")
_ASSIGNED = re.compile(r"=\s*(?=[\[{])")
_DECODER = json.JSONDecoder()


def post_dates(blocks: Iterable[str]) -> list[str]:
    """Return the dates of the posts in ``blocks`` (JSON, or scripts that assign JSON), as their values (Unix seconds
    as an ISO time in UTC)."""
    found: list[str] = []
    for block in blocks:
        for data in _values(block[:MAX_BLOCK_CHARS]):
            found.extend(_dates(data))
            if len(found) >= MAX_DATES:
                return found[:MAX_DATES]
    return found


def _values(block: str) -> Iterator[object]:
    """Yield the JSON of a block: the whole of it, or else each literal a script assigns."""
    text = block.strip()
    if text[:1] in ("{", "["):
        try:
            yield json.loads(text)
            return
        except (ValueError, RecursionError):
            pass
    for count, assigned in enumerate(_ASSIGNED.finditer(text)):
        if count >= MAX_ASSIGNMENTS:
            break
        try:
            yield _DECODER.raw_decode(text, assigned.end())[0]
        except (ValueError, RecursionError):
            continue  # a JavaScript literal (unquoted keys, a function's call): no JSON


def _dates(data: object) -> Iterator[str]:
    queue: list[tuple[tuple[str, ...], object]] = [((), data)]
    seen = 0
    while queue and seen < MAX_NODES:
        path, node = queue.pop()
        seen += 1
        if isinstance(node, list):
            items = node[:MAX_NODES]
            key = path[-1] if path else ""
            if not any(word in key.lower() for word in _AGENDA_WORDS) and not any(
                _NOT_POSTS_WORDS.intersection(_words(k)) for k in path[-_CONTEXT_KEYS:]
            ):
                for item in items:
                    if isinstance(item, dict):
                        yield from _item_dates(item)
            queue.extend((path, v) for v in items if isinstance(v, dict | list))
        elif isinstance(node, dict):
            queue.extend(((*path[-_CONTEXT_KEYS:], k), v) for k, v in node.items() if isinstance(v, dict | list))


def _item_dates(item: dict[str, object]) -> Iterator[str]:
    """Yield the dates of a list's item that is a post: one with a title, and no event's, person's, weather's,
    price's or log's fields."""
    fields = item.get("attributes")
    if isinstance(fields, dict):  # Strapi 4: {"id": 1, "attributes": {"judul": …, "publishedAt": …}}
        item = fields
    keys = {k.lower() for k in item}
    if not any(_is_title(k) for k in item) or not _EVENT_KEYS.isdisjoint(keys) or not _NOT_POST_KEYS.isdisjoint(keys):
        return
    if not _NAME_KEYS.isdisjoint(keys) and (
        not _PERSON_KEYS.isdisjoint(keys) or ("title" in keys and _POST_KEYS.isdisjoint(keys))
    ):
        return  # a person with a job's title ("Kepala Seksi"), no post
    title = item.get("title", item.get("judul"))
    if isinstance(title, str) and title.strip().lower() in _PRAYERS:
        return
    for key, value in item.items():
        if not _is_post_date(key):
            continue
        if isinstance(value, str) and value:
            yield value
        elif isinstance(value, int) and not isinstance(value, bool):
            seconds = value // 1000 if value >= _EPOCH_SECONDS.stop else value
            if seconds in _EPOCH_SECONDS:
                yield datetime.fromtimestamp(seconds, UTC).isoformat()


@lru_cache(maxsize=1024)
def _words(key: str) -> frozenset[str]:
    """Return the words of a key, lower-cased: "tgl_publish", "publishedAt", "listBerita"."""
    return frozenset(word.lower() for word in _WORD.findall(key))


@lru_cache(maxsize=1024)
def _is_title(key: str) -> bool:
    words = _WORD.findall(key)
    return key in _TITLE_KEYS or (bool(words) and words[0].lower() in _TITLE_FIRST_WORDS)


@lru_cache(maxsize=1024)
def _is_post_date(key: str) -> bool:
    words = [word.lower() for word in _WORD.findall(key)]
    if not words or not _NOT_POST_DATE_WORDS.isdisjoint(words):
        return False
    return words[0] in _DATE_FIRST_WORDS or key.lower() in _DATE_KEYS
