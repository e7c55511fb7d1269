"""The event's JSON line written by the compiled writer (``_selectors.JsonLine``), byte for byte json's.

``progress.json_line`` gave the event to json's C encoder, which wrote each time through ``isoformat`` (by way of
``codec._iso``) and each number through its ``repr``: most of the line's 127 k instructions. The compiled writer
writes the same text in one buffer, the times from their fields and the floats of hundredths from their digits; what
it does not write the same way it leaves to json (the call returns None). Its line must be json's for every event: it
is pinned here against json's encoder as ``json_line`` used it before (``progress._ENCODE``), against
``json.dumps(to_jsonable(...))``, on events a department's checks give (news with curly quotes and bullets, "©",
Indonesian, Javanese script, an emoji) and on each kind of value one by one: the floats of a check's timings and any
other (negative, -0.0, NaN, the infinities, beyond a billion, below a hundredth, with an exponent), ints beyond 64
bits, every control character, times in UTC and in other zones, with and without microseconds, and the values it
leaves to json (a lone surrogate, subclasses of tuples and dicts, keys that are no string, a nesting deeper than an
event's).
"""

from __future__ import annotations

import collections
import dataclasses
import enum
import json
import math
import random
import struct
import sys
from datetime import UTC, datetime, timedelta, timezone
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from unit.checker.test_shell_session41 import TEXTS, department_event

from pantau_checker import progress
from pantau_checker.core._selectors import JsonLine
from pantau_checker.progress import json_line
from pantau_contracts.codec import to_jsonable
from pantau_contracts.status import ApplicationChecked, ContentFreshness, Finding, LoginResult, Timings, TlsFacts

WIB = timezone(timedelta(hours=7))


def before(value: Any) -> str:
    """The line as ``json_line`` wrote it before: json's C encoder, made once, with ``progress._plain``."""
    return "".join(progress._ENCODE(value, False))


def written(value: Any) -> str:
    """Return ``json_line``'s line of ``value``, asserting that the compiled writer wrote it (it did not leave it to
    json) and that it is json's."""
    line = progress._WRITE(value)
    assert line is not None
    assert line == before(value) == json_line(value)
    return line


def left_to_json(value: Any) -> str:
    """Return the line of a value the compiled writer leaves to json, asserting it is json's."""
    assert progress._WRITE(value) is None
    line = json_line(value)
    assert line == before(value)
    return line


def vendor_event(rng: random.Random) -> ApplicationChecked:
    """An event as a department's check gives it: timings of hundredths, news and footers in its texts."""
    texts = [*TEXTS, "Posyandu “Melati” RW 03 • imunisasi", "© 2026 Dinas Kesehatan · Jl. Pramuka No. 1", "…"]

    def timing() -> float:
        return round(rng.uniform(0, 3000) ** rng.choice([1, 0.5, 0.1]), 2)

    findings = tuple(
        Finding(rng.choice(["judi_online", "defacement"]), "kritis", rng.choice(texts), rng.choice([None, "body"]))
        for _ in range(rng.randint(0, 4))
    )
    return ApplicationChecked(
        app_id=f"app-{rng.randint(0, 999)}",
        pd_id="dinkes",
        url="https://dinkes.bekasikota.go.id/",
        checked_at=datetime.now(UTC) - timedelta(microseconds=rng.randint(0, 10**12)),
        availability=rng.choice(["aktif", "tidak_aktif"]),  # type: ignore[arg-type]
        timings=Timings(timing(), rng.choice([None, timing()]), timing(), rng.choice([None, timing()]), timing()),
        http_status=rng.choice([None, 200, 301, 503]),
        final_url="https://dinkes.bekasikota.go.id/beranda",
        login=LoginResult(rng.choice(["tidak_dikonfigurasi", "berhasil"])),  # type: ignore[arg-type]
        content=ContentFreshness(
            "update",
            "page_date",
            rng.choice([None, datetime(2026, 12, rng.randint(1, 6), tzinfo=rng.choice([UTC, WIB]))]),
            f"tanggal di halaman 2026-12-05; umur {rng.randint(0, 40)} hari, batas 30 hari",
        ),
        tls=rng.choice([None, TlsFacts(True, rng.randint(-3, 400), datetime(2027, 3, 1, 12, tzinfo=UTC), "R11")]),
        findings=findings,
        attempts=rng.randint(1, 3),
        confirmed_availability="aktif",
        status_changed=rng.random() < 0.2,
        reason_detail=rng.choice([None, rng.choice(texts), "x" * 400]),
    )


# --- events ---


def test_the_line_of_department_events_is_json_s() -> None:
    rng = random.Random(45)
    for _ in range(500):
        event = vendor_event(rng)
        line = written(event)
        assert line == json.dumps(to_jsonable(event), ensure_ascii=False)
    for _ in range(500):
        written(department_event(rng))  # the shell's events of session 41: every field kind, odd floats and zones


def bench_event() -> ApplicationChecked:
    """The event of a check of the bench's department page."""
    return ApplicationChecked(
        app_id="app-0",
        pd_id="bench",
        url="http://app-0.bench.bekasikota.go.id:45565/",
        checked_at=datetime(2026, 12, 6, 18, 3, 9, 298945, tzinfo=UTC),
        availability="aktif",
        timings=Timings(7.8, 0.01, 0.61, None, 7.7),
        http_status=200,
        final_url="http://app-0.bench.bekasikota.go.id:45565/",
        content=ContentFreshness(
            "update", "page_date", datetime(2026, 12, 5, tzinfo=UTC), "tanggal di halaman 2026-12-05; umur 1 hari"
        ),
        confirmed_availability="aktif",
    )


def test_the_line_of_a_bench_check() -> None:
    line = written(bench_event())
    assert line.startswith('{"app_id": "app-0", "pd_id": "bench", ')
    assert '"checked_at": "2026-12-06T18:03:09.298945Z", ' in line
    timings = '"timings": {"total_ms": 7.8, "dns_ms": 0.01, "connect_ms": 0.61, "tls_ms": null, "first_byte_ms": 7.7}'
    assert timings in line
    assert '"last_changed": "2026-12-05T00:00:00Z"' in line
    assert line.endswith('"status_changed": false, "in_maintenance": false, "reason_detail": null}')


def test_the_line_beyond_ascii_is_a_text_of_its_characters() -> None:
    event = dataclasses.replace(bench_event(), reason_detail="berita “Posyandu” • © 2026 — ꦧꦼꦏꦱꦶ 🎰")
    line = written(event)
    assert "berita “Posyandu” • © 2026 — ꦧꦼꦏꦱꦶ 🎰" in line and not line.isascii()
    assert written(dataclasses.replace(event, reason_detail="plain")).isascii()


# --- floats ---


def _floats(rng: random.Random) -> list[float]:
    hundredths = [n / 100 for n in range(0, 100_000, 7)]
    rounded = [round(rng.uniform(0, 10.0 ** rng.randint(-3, 10)), rng.choice([0, 1, 2, 3])) for _ in range(20_000)]
    bits = [struct.unpack("<d", rng.getrandbits(64).to_bytes(8, "little"))[0] for _ in range(20_000)]
    bits = [x for x in bits if not math.isnan(x)]  # NaN is written once, below
    edges = [0.0, 0.01, 0.005, 0.0099999, 0.1 + 0.2, 1.005, 2.675, 99.995, 999_999_999.99, 1e9, 1e9 - 0.01, 1e15]
    edges += [1e16, 1e22, 5e-324, sys.float_info.max, sys.float_info.min, 0.0001, 0.00009, 123456789.12, 20.09]
    edges += [math.nextafter(x, d) for x in (0.01, 20.09, 1e9, 0.1) for d in (0, math.inf)]
    values = hundredths + rounded + bits + edges
    return values + [-x for x in values] + [math.nan, math.inf, -math.inf, -0.0]


def test_floats_are_written_as_repr_writes_them() -> None:
    values = _floats(random.Random(2))
    line = written(values)
    assert line == json.dumps(values)
    assert json.loads(line)[: len(values) - 4] == values[:-4]
    for value in (0.01, 20.09, 7.8, 100.0, 120.5, 1e16, -0.0, 0.1 + 0.2):
        assert written(value) == repr(value)
    assert [written(x) for x in (math.nan, math.inf, -math.inf)] == ["NaN", "Infinity", "-Infinity"]


def test_a_float_subclass_is_written_as_a_float() -> None:
    class Milliseconds(float):
        def __repr__(self) -> str:
            return "ms"

    assert written([Milliseconds(20.09), Milliseconds(1e-7), Milliseconds(math.inf)]) == "[20.09, 1e-07, Infinity]"


# --- ints, True, False, None ---


def test_ints_are_written_as_int_repr_writes_them() -> None:
    rng = random.Random(3)
    values: list[Any] = [0, 1, -1, 200, 2**63 - 1, -(2**63), 2**63, -(2**63) - 1, 2**64, 2**70, -(2**200)]
    values += [rng.randint(-(2**65), 2**65) for _ in range(5_000)] + [True, False, None]
    assert written(values) == json.dumps(values)

    class Status(enum.IntEnum):
        OK = 200

    assert written([Status.OK, Status(200)]) == "[200, 200]"


# --- strings ---


def test_strings_are_escaped_as_json_escapes_them() -> None:
    every = "".join(chr(c) for c in range(0x20)) + ' "\\/\x7f\x80\xa0\u2028\u2029\ufeff\uffff\U0010ffff'
    values = [every, "", '"', "\\", "\x00", "a\nb", "tab\there", "©", "“kutip”", "🎰", *TEXTS]
    rng = random.Random(4)
    alphabet = every + "abcXYZ019 •—…ꦧ🎰"
    values += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60))) for _ in range(2_000)]
    line = written(values)
    assert line == json.dumps(values, ensure_ascii=False)
    assert written("\x00\x1f") == '"\\u0000\\u001f"'  # lower case, as json writes it

    class Code(enum.StrEnum):
        DEFACED = "defacement"

    assert written([Code.DEFACED]) == '["defacement"]'


def test_a_lone_surrogate_is_left_to_json() -> None:
    assert left_to_json("\ud800") == '"\ud800"'
    assert left_to_json(Finding("x", "rendah", "a\udfffb")).startswith('{"code": "x"')


# --- times ---


def test_times_are_written_as_the_codec_writes_them() -> None:
    rng = random.Random(5)
    zones = [UTC, WIB, timezone(timedelta(hours=-3, minutes=-30)), ZoneInfo("Asia/Jakarta")]
    times = [datetime(1, 1, 1, tzinfo=UTC), datetime(9999, 12, 31, 23, 59, 59, 999_999, tzinfo=UTC)]
    times += [datetime(2026, 12, 6, 1, 2, 3, micro, tzinfo=UTC) for micro in (0, 1, 10, 999_999, 500_000)]
    times += [
        datetime(rng.randint(1900, 2100), rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23),
                 rng.randint(0, 59), rng.randint(0, 59), rng.choice([0, rng.randint(0, 999_999)]), rng.choice(zones))
        for _ in range(3_000)
    ]  # fmt: skip
    times.append(datetime.now(UTC))
    line = written(times)
    assert line == json.dumps([to_jsonable(t) for t in times])
    assert written(datetime(2026, 12, 6, 1, 2, 3, tzinfo=UTC)) == '"2026-12-06T01:02:03Z"'
    assert written(datetime(2026, 12, 6, 8, 2, 3, 40, tzinfo=WIB)) == '"2026-12-06T01:02:03.000040Z"'


def test_a_naive_time_is_refused_as_before() -> None:
    naive = dataclasses.replace(vendor_event(random.Random(6)), checked_at=datetime(2026, 12, 6, 1, 2, 3))
    with pytest.raises(ValueError, match="naive datetime") as refused:
        before(naive)
    with pytest.raises(ValueError, match="naive datetime") as now:
        json_line(naive)
    assert str(now.value) == str(refused.value)


def test_a_time_of_a_subclass_is_written_by_the_codec() -> None:
    class Moment(datetime):
        pass

    assert written(Moment(2026, 12, 6, 1, 2, 3, tzinfo=UTC)) == '"2026-12-06T01:02:03Z"'


# --- lists, tuples, dicts, dataclasses ---


@dataclasses.dataclass(frozen=True)
class _Empty:
    pass


@dataclasses.dataclass
class _Reordered:
    first: str
    second: str = dataclasses.field(init=False)
    third: str = "c"

    def __post_init__(self) -> None:
        self.second = self.first * 2  # set after ``third``: its __dict__'s order is not the fields'


@dataclasses.dataclass(frozen=True, slots=True)
class _Slotted:
    code: str
    when: datetime


@dataclasses.dataclass
class _Nested:
    name: str
    inner: Any


def test_containers_are_written_as_json_writes_them() -> None:
    values: list[Any] = [[], (), {}, [[]], {"a": []}, {"kunci “x”": {"b": (1, 2.5, None)}}, _Empty(), [_Empty()]]
    values += [(1,), [None, True], {"": ""}]
    for value in values:
        written(value)
    assert written(values) == json.dumps([to_jsonable(v) for v in values], ensure_ascii=False)
    assert written(_Empty()) == "{}"


def test_a_dataclass_whose_dict_is_not_its_fields_is_written_from_its_fields() -> None:
    reordered = _Reordered("a")
    assert list(vars(reordered)) == ["first", "third", "second"]
    assert written(reordered) == '{"first": "a", "second": "aa", "third": "c"}'
    assert written([reordered, 1.5]) == '[{"first": "a", "second": "aa", "third": "c"}, 1.5]'
    written(_Slotted("tls", datetime(2026, 12, 6, 1, 2, 3, tzinfo=UTC)))
    extra = _Nested("x", 1)
    extra.note = "not a field"  # type: ignore[attr-defined]
    assert written(extra) == '{"name": "x", "inner": 1}'
    renamed = _Nested("y", 2)
    del renamed.inner
    renamed.inner = 3
    assert written(renamed) == '{"name": "y", "inner": 3}'


def test_what_json_writes_another_way_is_left_to_it() -> None:
    class Backwards(tuple):  # type: ignore[type-arg]
        def __iter__(self) -> Any:
            return reversed(list(super().__iter__()))

    class Sorted(dict):  # type: ignore[type-arg]
        def items(self) -> Any:
            return sorted(super().items())

    point = collections.namedtuple("point", "x y")
    assert left_to_json(Backwards((1, 2, 3))) == "[3, 2, 1]"
    assert left_to_json(Sorted({"b": 1, "a": 2})) == '{"a": 2, "b": 1}'
    assert left_to_json(point(1, 2)) == "[1, 2]"
    keys = {1: "a", None: "b", 2.5: "c", False: "d"}
    assert left_to_json([1, keys]) == '[1, {"1": "a", "null": "b", "2.5": "c", "false": "d"}]'
    deep: Any = "x"
    for _ in range(40):
        deep = [deep]
    assert left_to_json(deep) == "[" * 40 + '"x"' + "]" * 40
    written(_Nested("n", [[[[[[["x"]]]]]]]))


def test_what_json_cannot_write_is_refused_as_before() -> None:
    odd = _Nested("x", frozenset({"a"}))
    with pytest.raises(TypeError) as refused:
        before(odd)
    with pytest.raises(TypeError) as now:
        json_line(odd)
    assert str(now.value) == str(refused.value)
    circular: list[Any] = []
    circular.append(circular)
    with pytest.raises(RecursionError):
        json_line(circular)


def test_the_writer_is_made_of_a_default_and_the_names_of_fields() -> None:
    seen: list[Any] = []

    def default(value: Any) -> Any:
        seen.append(value)
        return "made"

    write = JsonLine(default, lambda kind: ("name", "inner") if kind is _Nested else None)
    assert write(_Nested("a", {1, 2})) == '{"name": "a", "inner": "made"}'
    assert seen == [{1, 2}]
    assert write(_Reordered("a")) == '"made"'  # no names: what ``default`` makes of it
