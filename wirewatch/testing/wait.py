"""Waiting on a condition under a deadline, never for a fixed time.

A bound here is a failure detector, not a speed target: tests run beside other
suites on a busy 2-core machine (load 6-7), so waits that take well under a second
on an idle machine are bounded at a minute or two. Each wait names what it waited
for, so a timeout says which condition never came true.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import TypeVar

T = TypeVar("T")

#: The usual bound of a wait that normally takes under a second.
DEFAULT_TIMEOUT_S = 120.0


def wait_until(
    check: Callable[[], T],
    what: str,
    timeout_s: float = DEFAULT_TIMEOUT_S,
    interval_s: float = 0.25,
    retry_on: tuple[type[Exception], ...] = (OSError,),
) -> T:
    """The first truthy result of ``check``, polled until the deadline.

    Raises :class:`TimeoutError` naming ``what`` if it never comes. An exception of
    ``retry_on`` (a server not listening yet: ``OSError``, or ``httpx.TransportError``
    passed by the caller) counts as "not yet": a port still closed is waited for.
    """
    deadline = time.monotonic() + timeout_s
    last_error: Exception | None = None
    while True:
        try:
            found = check()
        except retry_on as exc:
            last_error = exc
        else:
            if found:
                return found
        if time.monotonic() >= deadline:
            detail = f" (last error: {last_error!r})" if last_error is not None else ""
            raise TimeoutError(f"{what}: not within {timeout_s:g}s{detail}")
        time.sleep(interval_s)


async def until(
    check: Callable[[], Awaitable[T]],
    what: str,
    timeout_s: float = DEFAULT_TIMEOUT_S,
    interval_s: float = 0.25,
) -> T:
    """The first truthy result of the coroutine ``check``, polled until the deadline."""
    try:
        async with asyncio.timeout(timeout_s):
            while True:
                found = await check()
                if found:
                    return found
                await asyncio.sleep(interval_s)
    except TimeoutError as exc:
        raise TimeoutError(f"{what}: not within {timeout_s:g}s") from exc
