"""The check's shell without the work its result does not need, pinned to the code it replaced.

- A time limit (``deadline.Deadline``) sets its timer by ``call_later`` of the time left, as uvloop's ``call_at`` does
  through a Python-level call: the same timer, the same moment (``DeadlineBefore``, kept here, is the code before).
- The guard (``guard.Guard.check``) keeps its decisions with the policy object, which the checker makes once a kind
  of application (``probe.Checker._policy``): the policy is not hashed at each check of an address.
- The check takes the host of an application's address (``probe._host``) once, and an application without resolve
  rules of its own is given the config's (``Checker._session``).
"""

from __future__ import annotations

import asyncio
import ipaddress
import time
from collections.abc import Callable, Coroutine
from dataclasses import replace
from typing import Any
from urllib.parse import urlsplit

import pytest
import uvloop

from pantau_checker.config import CheckerConfig
from pantau_checker.http import guard as guard_module
from pantau_checker.http.deadline import Deadline
from pantau_checker.http.errors import AddressBlockedError
from pantau_checker.http.guard import Guard
from pantau_checker.probe import Checker, _host
from pantau_common.netguard import AddressPolicy, first_refusal
from pantau_common.registry.model import AppSpec, parse_resolve
from pantau_common.secrets import AppSecrets

LOOPS: dict[str, Callable[[], asyncio.AbstractEventLoop]] = {
    "uvloop": uvloop.new_event_loop,
    "asyncio": asyncio.new_event_loop,
}


def _run(loop: str, job: Coroutine[Any, Any, Any]) -> Any:
    with asyncio.Runner(loop_factory=LOOPS[loop]) as runner:
        return runner.run(job)


# --- a time limit ------------------------------------------------------------------------------------------------


class DeadlineBefore(Deadline):
    """``Deadline`` as it was: its timer set by ``call_at`` of its end."""

    __slots__ = ()

    def __enter__(self) -> None:
        loop = self._loop
        task = asyncio.current_task(loop)
        if task is None:
            raise RuntimeError("Timeout should be used inside a task")
        self._task = task
        self._cancelling = task.cancelling()
        when = self._when
        if when is not None:
            self._timer = loop.call_soon(self._expire) if when <= loop.time() else loop.call_at(when, self._expire)


def _timer(deadline: Deadline) -> tuple[str, float | None, Any]:
    """What a deadline's timer is: a call at the loop's next turn, or at a moment; and what it calls."""
    timer = deadline._timer
    if timer is None:
        return ("none", None, None)
    if isinstance(timer, asyncio.TimerHandle) or hasattr(timer, "when"):
        return ("at", timer.when(), timer._callback if hasattr(timer, "_callback") else None)
    return ("soon", None, timer._callback if hasattr(timer, "_callback") else None)


DELAYS = [5.0, 20.0, 0.25, 1e-4, 0.0, -1.0, None]


@pytest.mark.parametrize("loop", LOOPS)
@pytest.mark.parametrize("delay", DELAYS)
def test_a_deadlines_timer_is_the_one_call_at_set(loop: str, delay: float | None) -> None:
    async def timers() -> tuple[tuple[str, float | None, Any], tuple[str, float | None, Any], float]:
        running = asyncio.get_running_loop()
        before, after = DeadlineBefore(delay), Deadline(delay)
        before._when = after._when  # the same end: the loop's clock may move between the two
        with before, after:
            return _timer(before), _timer(after), running.time()

    before, after, now = _run(loop, timers())
    assert before[0] == after[0]
    if before[0] == "at":
        # uvloop's clock stands still within a step: the same moment, to the millisecond it counts in. asyncio's reads
        # the clock again: what ``call_later`` adds to it is what ``call_at``'s end was ahead of it.
        assert before[1] == after[1] if loop == "uvloop" else abs(before[1] - after[1]) < 1e-3  # type: ignore[operator]
    if delay is None:
        assert after[0] == "none"
    elif delay > 1e-3:
        assert after[0] == "at" and after[1] > now  # type: ignore[operator]
    elif delay <= 0:
        assert after[0] == "soon"


@pytest.mark.parametrize("loop", LOOPS)
def test_a_deadline_ends_a_block_that_outlasts_it_and_no_other(loop: str) -> None:
    async def limited(delay: float, wait: float) -> str:
        started = time.perf_counter()
        try:
            with Deadline(delay):
                await asyncio.sleep(wait)
        except TimeoutError:
            return f"timeout after {time.perf_counter() - started >= delay * 0.9}"
        return "done"

    async def all_of() -> list[str]:
        return [await limited(0.05, 2.0), await limited(0.0, 0.5), await limited(-1.0, 0.5), await limited(2.0, 0.01)]

    assert _run(loop, all_of()) == ["timeout after True", "timeout after True", "timeout after True", "done"]


@pytest.mark.parametrize("loop", LOOPS)
def test_a_cancellation_from_elsewhere_stays_one_and_the_timer_is_gone(loop: str) -> None:
    async def cancelled() -> tuple[str, bool]:
        deadline = Deadline(5.0)

        async def limited() -> None:
            with deadline:
                await asyncio.sleep(2.0)

        task = asyncio.ensure_future(limited())
        await asyncio.sleep(0.01)
        task.cancel()
        try:
            await task
        except asyncio.CancelledError:
            return "cancelled", deadline._timer is None
        return "done", deadline._timer is None

    assert _run(loop, cancelled()) == ("cancelled", True)


# --- the guard's decisions ---------------------------------------------------------------------------------------

NETWORKS = {
    "none": (),
    "loopback": (ipaddress.ip_network("127.0.0.1/32"),),
    "office": (ipaddress.ip_network("10.20.0.0/16"), ipaddress.ip_network("fd00:beca::/32")),
}
ADDRESSES = [
    ["103.10.20.30"],
    ["127.0.0.1"],
    ["10.20.1.5"],
    ["10.30.1.5"],
    ["192.168.1.10"],
    ["169.254.169.254"],
    ["100.100.100.200"],
    ["0.0.0.0"],
    ["2001:db8::1"],
    ["2404:6800:4003:c00::5e"],
    ["fd00:beca::10"],
    ["::ffff:10.20.1.5"],
    ["::1"],
    ["fe80::1"],
    ["103.10.20.30", "10.20.1.5"],
    ["10.20.1.5", "103.10.20.30", "192.168.1.10"],
]


def _policies() -> list[AddressPolicy]:
    made = []
    for allow in NETWORKS.values():
        for deny in NETWORKS.values():
            for internal in (False, True):
                made.append(AddressPolicy(allow, internal, deny))
    return made


def _checked(guard: Guard, addresses: list[str]) -> str | None:
    try:
        guard.check("sipkd.bekasikota.go.id", addresses)
    except AddressBlockedError as refused:
        return str(refused)
    return None


@pytest.mark.parametrize("policy", _policies(), ids=repr)
def test_the_guard_refuses_what_the_policy_refuses(policy: AddressPolicy) -> None:
    guard = Guard(policy, ())
    for _ in range(2):  # decided, then kept
        for addresses in ADDRESSES:
            reason = first_refusal(tuple(addresses), policy)
            said = f"sipkd.bekasikota.go.id ditolak: {reason}" if reason else None
            assert _checked(guard, addresses) == said
            assert _checked(Guard(policy, ()), addresses) == said  # another session's guard, of the same policy


def test_the_guards_decisions_are_kept_with_the_policy_object(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[tuple[tuple[str, ...], AddressPolicy]] = []
    decide = guard_module._refusal

    def counted(addresses: tuple[str, ...], policy: AddressPolicy) -> str | None:
        asked.append((addresses, policy))
        return decide(addresses, policy)

    monkeypatch.setattr(guard_module, "_refusal", counted)
    office = AddressPolicy(NETWORKS["office"], False, ())
    for _ in range(3):
        guard = Guard(office, ())
        assert _checked(guard, ["10.20.1.5"]) is None
        assert _checked(guard, ["192.168.1.10"]) is not None
    assert asked == [(("10.20.1.5",), office), (("192.168.1.10",), office)]
    # An equal policy of its own asks again (the decision is ``_refusal``'s, kept by value); another policy decides
    # its own: nothing of one policy's table answers for another.
    equal, internal = AddressPolicy(NETWORKS["office"], False, ()), AddressPolicy((), True, ())
    assert _checked(Guard(equal, ()), ["10.20.1.5"]) is None
    assert _checked(Guard(internal, ()), ["10.20.1.5"]) is None
    assert _checked(Guard(AddressPolicy(), ()), ["10.20.1.5"]) is not None
    assert [policy for _, policy in asked[2:]] == [equal, internal, AddressPolicy()]
    assert asked[2][1] is equal and asked[3][1] is internal


def test_the_guards_kept_decisions_are_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(guard_module, "_DECIDED_ADDRESSES", 4)
    monkeypatch.setattr(guard_module, "_DECIDED_POLICIES", 3)
    monkeypatch.setattr(guard_module, "_decided", {})
    policy = AddressPolicy(NETWORKS["office"], False, ())
    guard = Guard(policy, ())
    for _ in range(3):
        for addresses in ADDRESSES:
            assert _checked(guard, addresses) == _checked(Guard(replace(policy), ()), addresses)
            assert len(guard._decided) <= 4
    others = [AddressPolicy(NETWORKS["office"], bool(i % 2), ()) for i in range(5)]
    for other in others:
        Guard(other, ())
    assert len(guard_module._decided) == 3
    assert [kept for kept, _ in guard_module._decided.values()] == others[2:]
    assert _checked(Guard(policy, ()), ["10.20.1.5"]) is None and _checked(guard, ["10.30.1.5"]) is not None


# --- the check's policy, rules and host --------------------------------------------------------------------------


def _checker(config: CheckerConfig) -> Checker:
    return Checker(config, AppSecrets(None, {}))


def _app(url: str = "http://dishub.bekasikota.go.id/", internal: bool = False, **config: Any) -> AppSpec:
    return AppSpec(id="dishub-web", pd_id="dishub", nama="Website Dishub", url=url, internal=internal, config=config)


CONFIG = CheckerConfig(
    allow=NETWORKS["office"],
    deny=(ipaddress.ip_network("103.10.20.0/24"),),
    resolve=(parse_resolve("*.bekasikota.go.id:443:10.20.1.5"),),
)


def test_a_checks_policy_is_the_one_made_of_the_config_and_one_object_a_kind_of_application() -> None:
    checker = _checker(CONFIG)
    for internal in (False, True, False, True):
        policy = checker._policy(internal)
        assert policy == AddressPolicy(CONFIG.allow, internal, CONFIG.deny)
        assert policy.internal is internal
        assert policy is checker._policy(internal)
        assert checker._session(_app(internal=internal))._guard._policy is policy
    assert checker._policy(False) is not checker._policy(True)


def test_a_checks_policy_follows_a_config_of_other_networks() -> None:
    checker = _checker(CONFIG)
    first = checker._policy(False)
    checker.config = replace(CONFIG, allow=NETWORKS["loopback"])
    assert checker._policy(False) == AddressPolicy(NETWORKS["loopback"], False, CONFIG.deny) != first
    checker.config = replace(checker.config, deny=())
    assert checker._policy(False) == AddressPolicy(NETWORKS["loopback"], False, ())
    checker.config = replace(checker.config, allow=tuple(NETWORKS["loopback"]))  # equal networks, another tuple
    assert checker._policy(False) is not checker._policy(True)
    assert checker._policy(False) == AddressPolicy(NETWORKS["loopback"], False, ())


@pytest.mark.parametrize(
    "config",
    [{}, {"resolve": []}, {"resolve": None}, {"resolve": ["dishub.bekasikota.go.id:80:10.20.1.7"]}],
    ids=["none", "empty", "null", "own"],
)
def test_a_checks_resolve_rules_are_the_applications_then_the_configs(config: dict[str, Any]) -> None:
    app = _app(**config)
    for base in (CONFIG, replace(CONFIG, resolve=())):
        session = _checker(base)._session(app)
        assert session._guard._resolve == app.resolve + base.resolve


@pytest.mark.parametrize(
    "url",
    [
        "http://dishub.bekasikota.go.id/",
        "https://DisHub.Bekasikota.go.id:8443/berita/",
        "http://operator:rahasia@simpeg.bekasikota.go.id/",
        "http://103.10.20.30/simpeg/",
        "http://[2001:db8::1]:8443/",
        "https://bücher.example/",
        "file:///etc/passwd",
        "dishub.bekasikota.go.id",
    ],
)
def test_an_applications_host_is_the_one_urlsplit_gives(url: str) -> None:
    assert _host(url) == (urlsplit(url).hostname or "")
    assert _host(url) is _host(url)
