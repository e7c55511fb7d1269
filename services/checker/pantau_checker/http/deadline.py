"""A time limit on a part of a task: ``asyncio.timeout``'s, at half its cost.

``asyncio.timeout`` (Python 3.11) is pure Python: two coroutines for its ``async with``, an enum for its state, the
current task found through a Python function and the loop's clock read twice; some 26 k instructions a use (against
13.6 k), and every check uses three or more (its fetch, the connection, the session's close, a name's resolution).
``Deadline`` is the same limit under a plain ``with``: when the time is up the task is cancelled, and the
cancellation leaves the block as ``TimeoutError`` (its cause the ``CancelledError``), unless the task was cancelled
from elsewhere as well, which goes on as the cancellation it is.
"""

from __future__ import annotations

import asyncio
from asyncio import CancelledError
from types import TracebackType


class Deadline:
    """``with Deadline(seconds):`` inside a task: the block is given ``seconds`` (None: no limit), counted from
    now on the loop's clock, as ``asyncio.timeout(seconds)`` counts them."""

    __slots__ = ("_cancelling", "_expired", "_loop", "_task", "_timer", "_when")

    def __init__(self, delay: float | None) -> None:
        self._loop = asyncio.get_running_loop()
        self._when = None if delay is None else self._loop.time() + delay
        self._timer: asyncio.Handle | None = None
        self._expired = False

    def __enter__(self) -> None:
        loop = self._loop
        task = asyncio.current_task(loop)
        if task is None:
            raise RuntimeError("Timeout should be used inside a task")
        self._task = task
        self._cancelling = task.cancelling()  # cancellations asked before: not ours to turn into a timeout
        when = self._when
        if when is not None:
            # What is left of the time, from now: uvloop's ``call_at(when)`` is ``call_later(when - time())``, made
            # through its Python-level call (some 3 k instructions more a use).
            left = when - loop.time()
            self._timer = loop.call_soon(self._expire) if left <= 0 else loop.call_later(left, self._expire)

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        if self._expired and self._task.uncancel() <= self._cancelling and kind is CancelledError:
            raise TimeoutError from error

    def _expire(self) -> None:
        self._task.cancel()
        self._expired = True
        self._timer = None
