"""The dates of the posts a single-page app's shell holds in its embedded data, for a news list its script renders.

Such a page's body is a mount point and a ``<noscript>``; its posts are in Next.js's ``__NEXT_DATA__``, Nuxt's
``window.__NUXT__ = {...}``, Inertia's ``data-page`` attribute or a script's ``var berita = [...]``. Each block is read
as JSON (a script's object literals after an ``=``, where they are JSON), never searched with an expression, and only
a post's own date counts: a date under a key that names one (of the families "published_at", "tanggal…", "tgl…",
"created…", "date…") of an object in a list that has a title of its own ("title", "judul…", "perihal", "slug"),
written as text or as Unix seconds (or milliseconds). Strapi 4 gives an item's fields under its "attributes".

Nuxt 3 writes its payload flattened (``<script type="application/json" id="__NUXT_DATA__">``: devalue's array of
values whose objects and lists hold the indexes of their members), which is revived into its tree first; Nuxt 2
writes its state as a function's call (``window.__NUXT__=(function(a,b){return {…}}("…",null))``: unquoted keys, the
repeated values passed as arguments), which a small reader of such literals turns into the same tree. Either read
fails whole on anything else it meets (no date from a half-read block).

An app's build or configuration ("created_at" of a settings object, not in a list of titled items) and a user's
account date nothing; nor do the lists that are no posts although their items have a title and a date of today: a
staff list (a person's name beside a job's "title", a "jabatan", an "email"), the weather of the days ahead, the
prayer times of the day, the market's prices, an activity log ("Login berhasil", an IP), an agenda or a schedule,
known by the list's key ("pegawai", "cuaca", "sholat", "harga", "activity_log", "jadwal") or by its items' fields.

The same lists' headlines are what the app draws on its page once its script runs: they are returned beside the dates
(``posts``), for the gambling a hacked CMS's API serves into a shell to be read as the page's shown text is. A Relay
edge (WPGraphQL's ``{"node": {…}, "cursor": …}``, a headless WordPress) and a Contentful entry (``{"sys": …,
"fields": {…}}``) are read as their post.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from functools import lru_cache
from typing import NamedTuple

MAX_NODES = 5000  # of a block's walk: a hostile page's data is read no further
MAX_BLOCK_CHARS = 1_000_000
MAX_ASSIGNMENTS = 8  # object literals tried in one script
MAX_DATES = 200
MAX_TITLES = 50
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
        "tutup",
        "ditutup",
        "penutupan",
        "closing",
        "close",
        "closed",
        "buka",
        "pembukaan",
        "opening",
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
# An event's keys that a post with its own address or body carries too: an incident's news names its place
# ("tempat_kejadian"), a custom CMS names a post's time "waktu" (then its date).
_POSTS_TOO_KEYS = frozenset({"lokasi", "tempat", "location", "venue", "tempat_kejadian", "lokasi_kejadian", "waktu"})
_POSTS_TIME_KEY = "waktu"
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
        "ultah",
        "birthday",
        "birthdays",
        "antrian",
        "queue",
        "piket",
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
# A prayer's name as a title, in the spellings of the widgets ("Imsyak", "Shubuh", "Dhuhur", "Asar", "Magrib",
# "Isya'"), its apostrophes left out.
_PRAYERS = frozenset(
    (
        "imsak imsyak subuh shubuh shubuh fajr syuruq syuruk terbit sunrise dhuha duha dzuhur zuhur dhuhur duhur "
        "zhuhur dhuhr lohor ashar asar ashr asr maghrib magrib maghreb isya isyak isha"
    ).split()
)
_APOSTROPHES = str.maketrans("", "", "'’`")
_POST_KEYS = frozenset({"slug", "content", "konten", "isi", "body", "excerpt", "ringkasan"})
_MIN_ITEMS = 2  # of a list of one day's entries
# A list of one day's entries is a news list where each has a picture and a headline of a few words ("Wali Kota
# Bekasi Tinjau Pasar Murah …"), not a day's weather ("Cerah Berawan") or prices: its address is built from its id.
_IMAGE_KEYS = frozenset({"gambar", "image", "thumbnail", "thumb", "foto", "cover", "featured_image", "img"})
_HEADLINE_WORDS = 5
_GREETINGS = ("selamat", "happy")  # a birthday's card with its photo ("Selamat Ulang Tahun Bapak …") is no news
# A key's word naming a post's publishing outweighs an event's ("jam_terbit", "tgl_mulai_tayang": a CMS's scheduled
# publishing); a key whose first word is a category names the post's category ("kategori_harga"), no price.
_PUBLISH_WORDS = frozenset({"terbit", "tayang", "publish", "published", "posted", "rilis"})
_STARTS = frozenset({"mulai", "start"})
_CATEGORY_WORDS = frozenset({"kategori", "category", "categories", "kat"})
_EPOCH_SECONDS = range(946_684_800, 4_102_444_800)  # 2000 to 2099, the years a date is read in
_CONTEXT_KEYS = 2  # a list's key and its parent's name what it holds
_EDGE_KEYS = 2  # a Relay edge's: its node and its cursor
_MAX_TITLE_CHARS = 300
_WORD = re.compile(r"[a-z]+|[A-Z][a-z]*|\d+")
_ASSIGNED = re.compile(r"=\s*(?=[\[{])")
_DECODER = json.JSONDecoder()
# Nuxt 3's payload: its first value is the root, wrapped by one of Nuxt's reducers ("ShallowReactive") or a plain
# object of indexes.
_NUXT_REDUCERS = frozenset({"ShallowReactive", "Reactive", "Ref", "ShallowRef"})
_MAX_DEPTH = 60  # of a revived or read tree: deeper blocks are read no further
# Nuxt 2's state as a function's call: its tokens (a quoted string, a name, a number, a mark).
_NUXT_STATE = "__NUXT__="
_NUXT_CALL = "(function("
_MAX_HOLES = 1000  # of a sparse list, Array(n): each read as nothing
_MAX_TOKENS = 100_000
_JS_TOKEN = re.compile(r'"(?:[^"\\\n]|\\.)*"|[A-Za-z_$][\w$]*|-?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|\S')
_JS_NAMES: dict[str, object] = {
    "true": True,
    "false": False,
    "null": None,
    "undefined": None,
    "NaN": None,
    "Infinity": None,
}


class Posts(NamedTuple):
    """What an app's data holds of its posts: their dates and the headlines of its lists' items."""

    dates: list[str]
    titles: list[str]


def post_dates(blocks: Iterable[str]) -> list[str]:
    """Return the dates of the posts in ``blocks`` (JSON, or scripts that assign JSON), as their values (Unix seconds
    as an ISO time in UTC)."""
    return posts(blocks).dates


def posts(blocks: Iterable[str]) -> Posts:
    """Return the dates of the posts in ``blocks`` (as ``post_dates``) and the titles of their lists' items (of any
    list: an agenda's are drawn on the page as a post's are), at most ``MAX_TITLES``."""
    found: list[str] = []
    titles: list[str] = []
    for block in blocks:
        for data in _values(block[:MAX_BLOCK_CHARS]):
            found.extend(_dates(data, titles))
            if len(found) >= MAX_DATES:
                return Posts(found[:MAX_DATES], titles[:MAX_TITLES])
    return Posts(found, titles[:MAX_TITLES])


def _values(block: str) -> Iterator[object]:
    """Yield the JSON of a block: the whole of it, or else each literal a script assigns."""
    text = block.strip()
    if text[:1] in ("{", "["):
        try:
            data = json.loads(text)
        except (ValueError, RecursionError):
            pass
        else:
            yield _revived(data) if _is_flattened(data) else data
            return
    at = text.find(_NUXT_STATE)
    if at >= 0:
        state = _nuxt_state(text, at + len(_NUXT_STATE))
        if state is not None:
            yield state
            return
    for count, assigned in enumerate(_ASSIGNED.finditer(text)):
        if count >= MAX_ASSIGNMENTS:
            break
        try:
            yield _DECODER.raw_decode(text, assigned.end())[0]
        except (ValueError, RecursionError):
            continue  # a JavaScript literal (unquoted keys, a function's call): no JSON


def _dates(data: object, titles: list[str]) -> Iterator[str]:
    """Yield the dates of the posts in ``data``, and add the titles of its lists' items to ``titles``."""
    queue: list[tuple[tuple[str, ...], object]] = [((), data)]
    seen = 0
    while queue and seen < MAX_NODES:
        path, node = queue.pop()
        seen += 1
        if isinstance(node, list):
            items = node[:MAX_NODES]
            key = path[-1] if path else ""
            entries = [_own_fields(item) for item in items if isinstance(item, dict)]
            if len(titles) < MAX_TITLES:
                titles.extend(title for entry in entries if (title := _title(entry)))
            if not any(word in key.lower() for word in _AGENDA_WORDS) and not any(
                _NOT_POSTS_WORDS.intersection(_words(k)) for k in path[-_CONTEXT_KEYS:]
            ):
                yield from _list_dates(entries)
            queue.extend((path, v) for v in items if isinstance(v, dict | list))
        elif isinstance(node, dict):
            queue.extend(((*path[-_CONTEXT_KEYS:], k), v) for k, v in node.items() if isinstance(v, dict | list))


def _own_fields(item: dict[str, object]) -> dict[str, object]:
    """Return a list's item as its post: a Relay edge's node (WPGraphQL: ``{"node": {…}, "cursor": "…"}``, nothing
    else beside it), a Contentful entry's fields (``{"sys": {…}, "fields": {…}}``), or the item itself."""
    node = item.get("node")
    if isinstance(node, dict) and len(item) <= _EDGE_KEYS:
        return node
    fields = item.get("fields")
    if isinstance(fields, dict) and isinstance(item.get("sys"), dict):
        return fields
    return item


def _title(item: dict[str, object]) -> str:
    """Return an item's title as its app draws it: a string under a title's key, or WordPress's ``{"rendered": …}``."""
    for key, value in item.items():
        if _is_headline(key):
            title = value.get("rendered") if isinstance(value, dict) else value
            if isinstance(title, str):
                return title[:_MAX_TITLE_CHARS]
    return ""


def _list_dates(items: list[dict[str, object]]) -> list[str]:
    """Return the dates of a list's items that are posts; none where they are entries of one day: two or more items,
    none with a post's body or address (``_POST_KEYS``), all of the same day (a day's prayer times, prices,
    weather, birthdays or duty officers, whatever their list is named: Nuxt 3 names it by a hash)."""
    dated = [list(_item_dates(item)) for item in items]
    days = {value[:10] for values in dated for value in values}
    if (
        len(days) == 1
        and sum(1 for values in dated if values) >= _MIN_ITEMS
        and all(_POST_KEYS.isdisjoint(k.lower() for k in item) for item in items)
        and not all(_headlined(item) for item, values in zip(items, dated, strict=True) if values)
    ):
        return []
    return [value for values in dated for value in values]


def _headlined(item: dict[str, object]) -> bool:
    """Return whether a list's item is a news item by its picture and its headline of a few words."""
    title = item.get("judul", item.get("title"))
    return (
        isinstance(title, str)
        and len(title.split()) >= _HEADLINE_WORDS
        and not title.lower().startswith(_GREETINGS)
        and not _IMAGE_KEYS.isdisjoint(k.lower() for k in item)
    )


def _item_dates(item: dict[str, object]) -> Iterator[str]:
    """Yield the dates of a list's item that is a post: one with a title, and no event's, person's, weather's,
    price's or log's fields."""
    fields = item.get("attributes")
    if isinstance(fields, dict):  # Strapi 4: {"id": 1, "attributes": {"judul": …, "publishedAt": …}}
        item = fields
    keys = {k.lower() for k in item}
    addressed = not _POST_KEYS.isdisjoint(keys)
    if not any(_is_title(k) for k in item) or any(
        _not_post_key(k) and not (addressed and k.lower() in _POSTS_TOO_KEYS) for k in item
    ):
        return
    if not _NAME_KEYS.isdisjoint(keys) and (
        not _PERSON_KEYS.isdisjoint(keys) or ("title" in keys and _POST_KEYS.isdisjoint(keys))
    ):
        return  # a person with a job's title ("Kepala Seksi"), no post
    title = item.get("title", item.get("judul"))
    if isinstance(title, str) and title.strip().lower().translate(_APOSTROPHES) in _PRAYERS:
        return
    timed = addressed and not any(_is_post_date(k) for k in item)  # "waktu" is its date where it has no other
    for key, value in item.items():
        if not _is_post_date(key) and not (timed and key.lower() == _POSTS_TIME_KEY):
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
def _not_post_key(key: str) -> bool:
    """Return whether an item's key is an event's, the weather's, a price's or a log's, whole or by one of its words
    ("jam_mulai", "tempat_kegiatan", "suhu_min", "hargaSekarang"); a post's date ("waktu_terbit") is none."""
    words = _words(key)
    if key.lower() in _EVENT_KEYS or key.lower() in _NOT_POST_KEYS:
        return True
    if not _PUBLISH_WORDS.isdisjoint(words) or _WORD.findall(key)[0].lower() in _CATEGORY_WORDS:
        return False
    return not _is_post_date(key) and not (_EVENT_KEYS.isdisjoint(words) and _NOT_POST_KEYS.isdisjoint(words))


@lru_cache(maxsize=1024)
def _is_title(key: str) -> bool:
    words = _WORD.findall(key)
    return key in _TITLE_KEYS or (bool(words) and words[0].lower() in _TITLE_FIRST_WORDS)


@lru_cache(maxsize=1024)
def _is_headline(key: str) -> bool:
    words = _WORD.findall(key)
    return bool(words) and words[0].lower() in _TITLE_FIRST_WORDS


@lru_cache(maxsize=1024)
def _is_post_date(key: str) -> bool:
    words = [word.lower() for word in _WORD.findall(key)]
    if not words:
        return False
    against = _NOT_POST_DATE_WORDS.intersection(words)
    if against and not (against <= _STARTS and not _PUBLISH_WORDS.isdisjoint(words)):
        return False
    return words[0] in _DATE_FIRST_WORDS or key.lower() in _DATE_KEYS


def _is_flattened(data: object) -> bool:
    """Tell Nuxt 3's flattened payload from a plain list: its root (the first value) is a reducer's pair pointing at
    the next value, or an object of indexes only."""
    if not isinstance(data, list) or len(data) < 2:
        return False
    root = data[0]
    if isinstance(root, list):
        return len(root) == 2 and root[0] in _NUXT_REDUCERS and root[1] == 1
    return isinstance(root, dict) and bool(root) and all(type(v) is int and 0 < v < len(data) for v in root.values())


def _revived(data: list[object]) -> object:
    """Return the tree of a flattened payload: each object's and list's members are the indexes of their values;
    a reducer's pair (["Reactive", 5], ["Date", "2026-12-04T…"]) stands for its value. Nothing is read twice, and
    no more than ``MAX_NODES`` values."""
    done: dict[int, object] = {}

    def value(index: object, depth: int) -> object:
        if type(index) is not int or not 0 <= index < len(data) or depth > _MAX_DEPTH or len(done) >= MAX_NODES:
            return None  # undefined, a hole (negative indexes), or beyond the bounds
        if index in done:
            return done[index]
        done[index] = None  # a cycle reads as nothing
        node = data[index]
        if isinstance(node, dict):
            result: object = {k: value(v, depth + 1) for k, v in node.items()}
        elif isinstance(node, list) and node and isinstance(node[0], str):
            kind = node[0]
            result = node[1] if kind == "Date" and len(node) > 1 else None
            if kind in _NUXT_REDUCERS and len(node) > 1:
                result = value(node[1], depth + 1)
        elif isinstance(node, list):
            result = [value(v, depth + 1) for v in node]
        else:
            result = node
        done[index] = result
        return result

    return value(0, 0)


def _nuxt_state(text: str, start: int) -> object:
    """Return Nuxt 2's state assigned at ``start`` of ``text`` as a tree: an object's literal (``__NUXT__={…}``) or a
    function's call (``_nuxt_call``); None where the script is anything else."""
    if text.startswith(_NUXT_CALL, start):
        return _nuxt_call(text, start + len(_NUXT_CALL))
    if not text.startswith("{", start):
        return None
    tokens = [t.group() for _, t in zip(range(_MAX_TOKENS), _JS_TOKEN.finditer(text, start), strict=False)]
    try:
        return _Literals(tokens, {}).value(0)
    except (ValueError, IndexError, RecursionError):
        return None


def _nuxt_call(text: str, start: int) -> object:
    """Return Nuxt 2's state written as a function's call (``__NUXT__=(function(a,b){return {…}}("x",null))``)
    as a tree, its parameters replaced by the arguments passed; None where the script is anything else.

    devalue fills an object that the state holds twice (a headline that is also the first of the posts) by
    statements before the return (``a.id=212;a.judul="…";return {headline:a,berita:[a,…]}``): each is read as
    a member of the parameter's object."""
    tokens = [t.group() for _, t in zip(range(_MAX_TOKENS), _JS_TOKEN.finditer(text, start), strict=False)]
    try:
        end = tokens.index(")")
        names = tokens[:end:2]
        if tokens[end + 1] != "{":
            return None
        statements = end + 2
        body = tokens.index("return", statements) + 1
        after = _closing(tokens, end + 1) + 1  # the body's "}", then "(" or ")("
        after += 1 if tokens[after] == "(" else 2
        arguments: list[object] = []
        reader = _Literals(tokens, {})
        reader.at = after
        while tokens[reader.at] != ")":
            arguments.append(reader.value(0))
            if tokens[reader.at] == ",":
                reader.at += 1
        reader = _Literals(tokens, dict(zip(names, arguments, strict=False)))
        reader.at = statements
        while reader.at < body - 1:  # "a.key=value;" each
            target = reader.names.get(reader.take())
            if not isinstance(target, dict) or reader.take() != ".":
                return None
            key = reader.take()
            if reader.take() != "=":
                return None
            target[key] = reader.value(0)
            if reader.tokens[reader.at] == ";":
                reader.at += 1
        reader.at = body
        return reader.value(0)
    except (ValueError, IndexError, RecursionError):
        return None


def _closing(tokens: list[str], at: int) -> int:
    """Return the index of the bracket that closes the one at ``at``."""
    depth = 0
    for index in range(at, len(tokens)):
        token = tokens[index]
        if token in ("{", "[", "("):
            depth += 1
        elif token in ("}", "]", ")"):
            depth -= 1
            if depth == 0:
                return index
    raise ValueError("unclosed")


class _Literals:
    """A reader of the literals devalue writes in Nuxt 2's state: objects (keys quoted or not), lists, strings,
    numbers, ``void 0``, ``!0``, ``new Date(ms)``, and the function's parameters by their names."""

    def __init__(self, tokens: list[str], names: dict[str, object]) -> None:
        self.tokens = tokens
        self.names = names
        self.at = 0

    def take(self) -> str:
        token = self.tokens[self.at]
        self.at += 1
        return token

    def value(self, depth: int) -> object:
        if depth > _MAX_DEPTH:
            raise ValueError("too deep")
        mark = self.take()
        if mark == "{":
            return self.members(depth + 1)
        if mark == "[":
            return self.items(depth + 1)
        if mark == "!":
            return not self.value(depth + 1)
        if mark in ("new", "void", "Array", "-"):
            return self.built(mark, depth + 1)
        return self.scalar(mark)

    def built(self, mark: str, depth: int) -> object:
        """Read what an operator or a constructor builds: ``new Date(ms)`` (milliseconds, read as a post's date
        is), ``void 0``, ``Array(n)`` (a sparse list's holes: nothing), ``-Infinity``."""
        if mark == "void" or (mark == "-" and self.tokens[self.at] == "Infinity"):
            self.take()
            return None
        if self.take() != ("Date" if mark == "new" else "(") or (mark == "new" and self.take() != "("):
            raise ValueError(f"not a literal: {mark}")
        found = self.value(depth)
        self.take()
        if mark == "Array":
            return [None] * min(found, _MAX_HOLES) if type(found) is int and found >= 0 else []
        return found

    def members(self, depth: int) -> dict[str, object]:
        members: dict[str, object] = {}
        while (key := self.take()) != "}":
            if key == ",":
                continue
            if self.take() != ":":
                raise ValueError("no object")
            members[self.string(key) if key[0] == '"' else key] = self.value(depth)
        return members

    def items(self, depth: int) -> list[object]:
        items: list[object] = []
        while self.tokens[self.at] != "]":
            items.append(self.value(depth))
            if self.tokens[self.at] == ",":
                self.at += 1
        self.at += 1
        return items

    def scalar(self, mark: str) -> object:
        if mark[0] == '"':
            return self.string(mark)
        if mark[0].isdigit() or mark[0] in "-.":
            number = float(mark)
            return int(number) if number.is_integer() else number
        if mark in _JS_NAMES:
            return _JS_NAMES[mark]
        if mark in self.names:
            return self.names[mark]
        raise ValueError(f"not a literal: {mark[:20]}")

    @staticmethod
    def string(token: str) -> str:
        try:
            return str(json.loads(token))
        except ValueError:
            return token[1:-1]  # a JavaScript escape JSON has not ("\x41"): the text as written
