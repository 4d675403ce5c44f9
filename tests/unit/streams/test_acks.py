"""DeliveredAcks: events acked in order once their outputs are delivered; a refused
output stops the worker before its event is acked."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from typing import Any
from unittest.mock import patch

from streams.acks import EXIT_PRODUCE_FAILED, DeliveredAcks


@dataclass
class FakeMessage:
    topic: str = "articles.raw"
    partition: int = 0
    offset: int = 0

    @property
    def tp(self) -> tuple[str, int]:
        return (self.topic, self.partition)


@dataclass
class FakeEvent:
    message: FakeMessage = field(default_factory=FakeMessage)

    def ack(self) -> bool:
        return True


class FakeStream:
    """What DeliveredAcks uses of a Faust stream: its sensor hooks."""

    def __init__(self) -> None:
        self.acked: list[int] = []
        self.states: list[Any] = []

    def _on_stream_event_out(
        self, tp: Any, offset: int, stream: Any, event: Any, state: Any
    ) -> None:
        self.acked.append(offset)
        self.states.append(state)

    def _on_message_out(self, tp: Any, offset: int, message: Any) -> None:
        pass


async def _until(predicate, timeout_s: float = 60.0) -> None:
    # A failure detector for a busy machine: each wait takes a few ms idle.
    async with asyncio.timeout(timeout_s):
        while not predicate():
            await asyncio.sleep(0.001)


async def test_events_are_acked_in_order_only_once_their_outputs_are_delivered() -> None:
    loop = asyncio.get_running_loop()
    stream = FakeStream()
    acks = DeliveredAcks(stream, "test")  # type: ignore[arg-type]
    first, second = loop.create_future(), loop.create_future()
    try:
        await acks.put(FakeEvent(FakeMessage(offset=1)), [first])  # type: ignore[arg-type]
        await acks.put(FakeEvent(FakeMessage(offset=2)), [second])  # type: ignore[arg-type]
        second.set_result(None)
        await asyncio.sleep(0.01)
        assert stream.acked == []  # 2 is delivered, but 1 is not: nothing is acked yet
        first.set_result(None)
        await _until(lambda: stream.acked == [1, 2])
    finally:
        acks.close()


async def test_a_refused_output_exits_before_its_event_is_acked() -> None:
    loop = asyncio.get_running_loop()
    stream = FakeStream()
    exits: list[int] = []

    def fake_exit(status: int) -> None:
        exits.append(status)
        raise asyncio.CancelledError  # ends the task as os._exit would end the process

    with patch("streams.acks.os._exit", fake_exit), patch("streams.acks.logging.shutdown"):
        acks = DeliveredAcks(stream, "test")  # type: ignore[arg-type]
        refused = loop.create_future()
        await acks.put(FakeEvent(FakeMessage(offset=7)), [refused])  # type: ignore[arg-type]
        refused.set_exception(RuntimeError("MessageSizeTooLargeError"))
        await _until(lambda: exits == [EXIT_PRODUCE_FAILED])
        assert stream.acked == []
        acks.close()


async def test_a_batch_is_acked_only_once_every_output_of_it_is_delivered() -> None:
    loop = asyncio.get_running_loop()
    stream = FakeStream()
    acks = DeliveredAcks(stream, "test")  # type: ignore[arg-type]
    alone = loop.create_future()
    outputs = [loop.create_future() for _ in range(3)]
    batch = [FakeEvent(FakeMessage(offset=n)) for n in (5, 6, 7)]
    try:
        await acks.put(FakeEvent(FakeMessage(offset=4)), [alone])  # type: ignore[arg-type]
        await acks.put_batch(batch, outputs)  # type: ignore[arg-type]
        await acks.put_batch([], [])  # an empty batch holds nothing up
        alone.set_result(None)
        await _until(lambda: stream.acked == [4])
        outputs[0].set_result(None)
        outputs[2].set_result(None)
        await asyncio.sleep(0.01)
        assert stream.acked == [4]  # one output of the batch still in flight
        outputs[1].set_result(None)
        await _until(lambda: stream.acked == [4, 5, 6, 7])
    finally:
        acks.close()


async def test_a_refused_output_of_a_batch_exits_before_any_of_it_is_acked() -> None:
    loop = asyncio.get_running_loop()
    stream = FakeStream()
    exits: list[int] = []

    def fake_exit(status: int) -> None:
        exits.append(status)
        raise asyncio.CancelledError

    with patch("streams.acks.os._exit", fake_exit), patch("streams.acks.logging.shutdown"):
        acks = DeliveredAcks(stream, "test")  # type: ignore[arg-type]
        delivered, refused = loop.create_future(), loop.create_future()
        batch = [FakeEvent(FakeMessage(offset=n)) for n in (1, 2)]
        await acks.put_batch(batch, [delivered, refused])  # type: ignore[arg-type]
        delivered.set_result(None)
        refused.set_exception(RuntimeError("TopicAuthorizationFailedError"))
        await _until(lambda: exits == [EXIT_PRODUCE_FAILED])
        assert stream.acked == []
        acks.close()
