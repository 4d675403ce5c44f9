"""Putting records to an agent in Faust's test context and waiting until it is done.

``AgentTestWrapper.put`` returns once the agent's stream has read the event, not once
the agent has handled it; a batched agent (``streams.batching``) handles it a loop
turn or more later. Every agent acks an event only once its outputs are delivered
(``streams.acks``), so "done" is: every event put is acked.
"""

from __future__ import annotations

import asyncio
from typing import Any

from faust import EventT


async def put_all(agent: Any, values: list[bytes], timeout_s: float = 10.0) -> list[EventT]:
    """Put ``values`` (key ``k``, partition 0) without waiting between them, then wait
    until the agent has acked every one."""
    events = [await agent.put(value, key=b"k", partition=0, wait=False) for value in values]
    await until_acked(events, timeout_s)
    return events


async def until_acked(events: list[EventT], timeout_s: float = 10.0) -> None:
    async with asyncio.timeout(timeout_s):
        while not all(event.message.acked for event in events):
            await asyncio.sleep(0.005)
