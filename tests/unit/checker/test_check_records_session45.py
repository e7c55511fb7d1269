"""The check's event and memory made in one step (``records.made``, ``records.replaced``).

``Checker.check`` made its event by ``ApplicationChecked``'s own ``__init__``, which sets each of its 19 fields by
``object.__setattr__`` (some 40 k instructions), and the memory's changes were ``dataclasses.replace``, which calls
that ``__init__`` again (29 k each, two or more a check). ``made`` fills a new instance's ``__dict__`` from a dict of
all its fields in their order and runs its ``__post_init__``; ``replaced`` fills it from the record's own and the
changes. Each must make what the dataclass's own way makes: the same fields, in the same order, equal, hashed the
same, the same repr and pickle, assignment refused, ``__post_init__`` run; and it must hand to the dataclass's own
way what it cannot make so (a field left to its default, another name, another order, a cached value in the
``__dict__``, slots, ``InitVar``, a field ``__init__`` does not take, a class with its own ``__init__``).
"""

from __future__ import annotations

import asyncio
import dataclasses
import functools
import ipaddress
import pickle
import random
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from unit.checker.local_http import serving
from unit.checker.test_shell_session41 import department_event
from unit.checker.test_shell_session42 import _Handler

from pantau_checker.config import CheckerConfig
from pantau_checker.core.flap import FlapState
from pantau_checker.core.records import made, replaced
from pantau_checker.core.state import AppMemory, remember_fingerprint, remember_looked, remember_views
from pantau_checker.http import FetchLimits
from pantau_checker.probe import Checker
from pantau_common.registry.model import AppSpec, ResolveRule
from pantau_common.secrets import AppSecrets
from pantau_contracts.status import REASON_DETAIL_MAX, ApplicationChecked, Finding, Timings


def same(one: Any, other: Any) -> None:
    """Assert two records are the same in every way the checker and its readers can tell."""
    assert type(one) is type(other)
    assert list(vars(one).items()) == list(vars(other).items())
    assert one == other and hash(one) == hash(other) and repr(one) == repr(other)
    assert pickle.dumps(one) == pickle.dumps(other)
    with pytest.raises(dataclasses.FrozenInstanceError):
        one.__setattr__(dataclasses.fields(one)[0].name, None)


def fields_of(record: Any) -> dict[str, Any]:
    return {f.name: getattr(record, f.name) for f in dataclasses.fields(record)}


# --- made ---


def test_events_made_at_once_are_the_dataclass_s() -> None:
    rng = random.Random(45)
    for _ in range(300):
        event = department_event(rng)
        same(made(ApplicationChecked, fields_of(event)), ApplicationChecked(**fields_of(event)))


def test_the_event_s_post_init_runs() -> None:
    values = fields_of(department_event(random.Random(1))) | {"reason_detail": "pengalihan berputar • " * 40}
    event = made(ApplicationChecked, values)
    assert event.reason_detail is not None and len(event.reason_detail) == REASON_DETAIL_MAX
    assert event.reason_detail.endswith("…")
    same(event, ApplicationChecked(**values))
    same(made(Finding, {"code": "judi_online", "severity": "kritis", "evidence": "slot “gacor”", "location": None,
                        "category": None}), Finding("judi_online", "kritis", "slot “gacor”"))  # fmt: skip


def test_what_is_not_every_field_in_order_is_made_by_the_dataclass() -> None:
    values = fields_of(department_event(random.Random(2)))
    fewer = {k: v for k, v in values.items() if k not in ("attempts", "reason_detail")}
    same(made(ApplicationChecked, fewer), ApplicationChecked(**fewer))  # the defaults
    backwards = dict(reversed(values.items()))
    event = made(ApplicationChecked, backwards)
    assert list(vars(event)) == [f.name for f in dataclasses.fields(ApplicationChecked)]
    same(event, ApplicationChecked(**values))
    with pytest.raises(TypeError):
        made(ApplicationChecked, values | {"unknown": 1})
    with pytest.raises(TypeError):
        made(ApplicationChecked, {})


@dataclasses.dataclass(frozen=True)
class _WithInitVar:
    code: str
    seed: dataclasses.InitVar[int] = 0

    def __post_init__(self, seed: int) -> None:
        object.__setattr__(self, "code", self.code * (seed + 1))


@dataclasses.dataclass(frozen=True)
class _NotTaken:
    code: str
    shown: str = dataclasses.field(init=False, default="tampil")


@dataclasses.dataclass(frozen=True, slots=True)
class _Slotted:
    code: str


@dataclasses.dataclass(frozen=True)
class _OwnInit:
    code: str

    def __init__(self, code: str) -> None:
        object.__setattr__(self, "code", code.upper())


@dataclasses.dataclass
class _Plain:
    code: str


def test_classes_made_otherwise_are_made_by_their_init() -> None:
    assert made(_WithInitVar, {"code": "x", "seed": 1}).code == "xx"
    assert made(_WithInitVar, {"code": "x"}).code == "x"
    same(made(_NotTaken, {"code": "x"}), _NotTaken("x"))
    assert made(_NotTaken, {"code": "x"}).shown == "tampil"
    assert made(_Slotted, {"code": "x"}) == _Slotted("x")
    assert made(_OwnInit, {"code": "x"}).code == "X"
    assert made(_Plain, {"code": "x"}) == _Plain("x")
    assert replaced(_WithInitVar("x", 1), seed=2).code == "xxxxxx"
    assert replaced(_Slotted("x"), code="y") == _Slotted("y")
    assert replaced(_OwnInit("x"), code="y").code == "Y"
    assert replaced(_Plain("x"), code="y") == _Plain("y")
    with pytest.raises(ValueError, match="init=False"):
        replaced(_NotTaken("x"), shown="y")


# --- replaced ---


def memories(rng: random.Random) -> list[AppMemory]:
    now = datetime(2026, 12, 6, 1, 30, tzinfo=UTC)
    finding = Finding("cloaking_googlebot", "tinggi", "halaman “lain” untuk Googlebot • slot")
    memory = AppMemory()
    found = [memory]
    for _ in range(30):
        step = rng.randrange(4)
        if step == 0:
            memory = remember_fingerprint(memory, rng.choice(["v3:aa", "v3:bb", "v2:cc"]), now)
        elif step == 1:
            memory = remember_views(memory, now, [finding], frozenset({"cloaking_googlebot"}))
        elif step == 2:
            memory = remember_looked(memory, rng.choice([[], [finding]]), frozenset({"cloaking_googlebot"}))
        else:
            memory = replaced(memory, flap=FlapState("aktif", rng.choice(["aktif", "tidak_aktif"]), rng.randint(0, 3)))
        now += timedelta(minutes=5)
        found.append(memory)
    return found


def test_memories_replaced_are_dataclasses_replace_s() -> None:
    rng = random.Random(3)
    for memory in memories(rng):
        for changes in (
            {"flap": FlapState("aktif", "aktif", 2)},
            {"fingerprint": "v3:dd", "fingerprint_seen_since": datetime(2026, 12, 6, tzinfo=UTC)},
            {"views_taken": 7, "view_findings": ()},
            {},
        ):
            same(replaced(memory, **changes), dataclasses.replace(memory, **changes))
    event = department_event(rng)
    same(replaced(event, reason_detail="x" * 500), dataclasses.replace(event, reason_detail="x" * 500))


def test_a_memory_made_by_its_init_and_one_replaced_read_the_same() -> None:
    first = AppMemory(fingerprint="v3:aa")
    assert replaced(first, fingerprint="v3:bb") == AppMemory(fingerprint="v3:bb")
    assert replaced(replaced(first, views_taken=1), views_taken=2).views_taken == 2
    assert first.fingerprint == "v3:aa" and vars(first) is not vars(replaced(first))


@dataclasses.dataclass(frozen=True)
class _Cached:
    code: str

    @functools.cached_property
    def shown(self) -> str:
        return self.code.upper()


def test_a_record_whose_dict_is_not_its_fields_is_replaced_by_the_dataclass() -> None:
    cached = _Cached("x")
    assert cached.shown == "X"  # now in its __dict__
    assert "shown" not in vars(replaced(cached, code="y")) and replaced(cached, code="y").shown == "Y"
    with pytest.raises(TypeError):
        replaced(AppMemory(), unknown=1)


# --- the check ---


def test_the_event_of_a_real_check_is_the_dataclass_s() -> None:
    config = CheckerConfig(
        allow=(ipaddress.ip_network("127.0.0.1/32"),),
        resolve=(ResolveRule("*.go.id", None, "127.0.0.1"),),
        limits=FetchLimits(max_body_bytes=200_000, total_timeout_s=20.0, read_timeout_s=10.0, connect_timeout_s=5.0),
        retries=0,
        retry_delay_s=0.0,
    )
    with serving(_Handler) as port:
        checker = Checker(config, AppSecrets(None, {}))
        for path in ("/", "/judi", "/rusak", "/hilang", "/"):
            url = f"http://dinkes.bekasikota.go.id:{port}{path}"
            spec = AppSpec(id=f"dinkes{path}", pd_id="dinkes", nama="Website Dinkes", url=url)
            event = asyncio.run(checker.check(spec))
            assert isinstance(event.timings, Timings) and event.url == url
            same(event, ApplicationChecked(**fields_of(event)))
            memory = asyncio.run(checker.state.load(spec.id))
            assert list(vars(memory)) == [f.name for f in dataclasses.fields(AppMemory)]
            same(memory, AppMemory(**fields_of(memory)))
