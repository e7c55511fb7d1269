"""The workflow's faust consumer hands a message to its streams as faust's does, with no task if it need not wait."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

from mode import Service

from pantau_workflow import faust_consumer


class Racer(faust_consumer.DeliversFirst, Service):
    """A mode service (faust's consumer is one) that hands deliveries to ``wait_first`` as the consumer does."""


def run(scenario: Callable[[Any], Awaitable[None]]) -> None:
    async def main() -> None:
        await scenario(Racer())

    asyncio.run(main())


def test_a_delivery_that_need_not_wait_is_delivered_without_a_task():
    async def scenario(consumer: Any) -> None:
        delivered, tasks = [], []
        loop = asyncio.get_running_loop()
        loop.set_task_factory(lambda loop, coro, **kw: tasks.append(coro) or asyncio.Task(coro, loop=loop, **kw))

        async def on_message(message: str) -> str:
            delivered.append(message)
            return "put in its streams"

        paused = asyncio.Event()
        result = await consumer.wait_first(faust_consumer._Delivery(on_message("m1")), paused.wait())
        assert delivered == ["m1"]
        assert result.results == ["put in its streams"] and not result.stopped
        assert tasks == []  # faust's own race makes four

    run(scenario)


def test_a_delivery_that_waits_ends_when_what_it_waits_for_comes():
    async def scenario(consumer: Any) -> None:
        waiting, room = asyncio.Event(), asyncio.Event()

        async def on_message(message: str) -> str:
            waiting.set()
            await room.wait()  # a full stream buffer, say
            return message

        paused = asyncio.Event()
        delivering = asyncio.ensure_future(
            consumer.wait_first(faust_consumer._Delivery(on_message("m1")), paused.wait())
        )
        await waiting.wait()
        room.set()
        result = await delivering
        assert result.results == ["m1"] and not result.stopped

    run(scenario)


def test_a_delivery_that_waits_is_cancelled_when_the_flow_pauses_first():
    async def scenario(consumer: Any) -> None:
        waiting, cancelled = asyncio.Event(), asyncio.Event()

        async def on_message(message: str) -> str:
            waiting.set()
            try:
                await asyncio.Event().wait()  # never comes
            except asyncio.CancelledError:
                cancelled.set()
                raise
            return message

        paused = asyncio.Event()
        pause = paused.wait()
        delivering = asyncio.ensure_future(consumer.wait_first(faust_consumer._Delivery(on_message("m1")), pause))
        await waiting.wait()
        paused.set()  # a rebalance: faust stops the flow
        result = await delivering
        assert result.done == [pause]
        await asyncio.wait_for(cancelled.wait(), timeout=5)  # the delivery is cancelled, as in faust's race

    run(scenario)
