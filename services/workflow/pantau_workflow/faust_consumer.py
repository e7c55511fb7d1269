"""faust's Kafka transport, with a consumer that hands a message to its streams without four tasks.

faust's consumer loop awaits each message's delivery (``Conductor.on_message``: the message put in
its streams' buffers) racing it against a pause for a rebalance and the consumer's stop:
``wait_first`` makes a task of each of the four and cancels three, per message. A delivery almost
never waits (faust pauses a partition's fetching well before its buffer is full), so this consumer
first runs it on its own, up to where it would wait: what ends there has been delivered, as it
would have been in the race (the loop does not look at the race's result, only that it ended).
A delivery that does wait (a full buffer, the flow stopped for a rebalance) is raced from there
as before. What is read, in what order, and what is acked and committed, stay faust's.

Its monitor also leaves out faust's timing of each event in a stream (nothing reads it).
"""

from __future__ import annotations

from collections.abc import Coroutine, Generator
from typing import Any, cast

import faust
from faust.sensors import Monitor as FaustMonitor
from faust.transport.drivers import aiokafka
from mode.services import WaitResults


class _Delivery:
    """One message's delivery to its streams, which may be run up to its first wait ahead of being awaited."""

    def __init__(self, coro: Coroutine[Any, Any, Any]) -> None:
        self._coro = coro
        self._started = False
        self._waiting_on: Any = None  # what the delivery yielded when it first had to wait
        self.value: Any = None

    def ran_through(self) -> bool:
        """Run the delivery until it ends or must wait; return whether it ended."""
        self._started = True
        try:
            self._waiting_on = self._coro.send(None)
        except StopIteration as ended:
            self.value = ended.value
            return True
        return False

    def __await__(self) -> Generator[Any, Any, Any]:
        if not self._started:
            return (yield from self._coro.__await__())
        # Go on from where ``ran_through`` stopped, as ``yield from`` would have: hand the awaiting
        # task what the delivery waits on, and pass back whatever the task resumes it with.
        waiting_on = self._waiting_on
        while True:
            try:
                resumed_with = yield waiting_on
            except BaseException as exc:  # a cancellation (the race lost), thrown into the delivery
                try:
                    waiting_on = self._coro.throw(exc)
                except StopIteration as ended:
                    return ended.value
            else:
                try:
                    waiting_on = self._coro.send(resumed_with)
                except StopIteration as ended:
                    return ended.value


class DeliversFirst:
    """Mixin for a mode service whose ``wait_first`` is handed deliveries: one that need not wait is not raced."""

    async def wait_first(self, *coros: Any, timeout: Any = None) -> WaitResults:  # noqa: ASYNC109 - mode's signature
        """Return at once for a delivery that ended without waiting; race anything else as mode does."""
        first = coros[0] if coros else None
        if isinstance(first, _Delivery) and _ran_through(first, coros[1:]):
            return WaitResults([first], [first.value], False)
        return cast(WaitResults, await super().wait_first(*coros, timeout=timeout))  # type: ignore[misc]


class Consumer(DeliversFirst, aiokafka.Consumer):
    """faust's aiokafka consumer; a delivery that need not wait is not raced."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        on_message = self.callback
        self.callback = lambda message: _Delivery(cast(Coroutine[Any, Any, Any], on_message(message)))


def _ran_through(delivery: _Delivery, others: tuple[Any, ...]) -> bool:
    """Run a delivery up to its first wait; close what it was to be raced with if it ended (or failed)."""
    try:
        ended = delivery.ran_through()
    except BaseException:
        _close(others)
        raise
    if ended:
        _close(others)
    return ended


def _close(others: tuple[Any, ...]) -> None:
    for other in others:
        if isinstance(other, Coroutine):
            other.close()  # the pause and the stop it was to be raced with: never started


class Transport(aiokafka.Transport):
    """faust's aiokafka transport, with the consumer above."""

    Consumer = Consumer


class Monitor(FaustMonitor):
    """faust's monitor without its timings of each event in a stream, which nothing here reads.

    What the lag metric reads (the offsets read, committed and at the end) is kept as faust keeps it.
    """

    def on_stream_event_in(self, tp: Any, offset: int, stream: Any, event: Any) -> None:
        """Count nothing: the events' timings are not read."""

    def on_stream_event_out(self, tp: Any, offset: int, stream: Any, event: Any, state: Any = None) -> None:
        """Count nothing: the events' timings are not read."""


class App(faust.App):
    """A faust app on the transport and with the monitor above."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, Monitor=Monitor, **kwargs)

    def _new_transport(self) -> Any:
        return Transport(self.conf.broker_consumer, self)
