"""Per-record offset tracing for rebalance investigations (off unless asked for).

With ``WIREWATCH_TRACE_OFFSETS=FILE`` the consumer and the agents' acks write to
FILE every stream record handed to Faust, every event an agent received and acked,
every seek, gap, commit and ignored ack: enough to follow one record across a
rebalance (``scripts/rebalance-loop --trace`` turns it on per worker). A file of its
own, not the worker's log: the log's repeat limiter (``wirewatch.logquiet``) would
hold back most of these lines, which share a few templates. Off, each call costs one
test.
"""

from __future__ import annotations

import logging
import os
from typing import Any

log = logging.getLogger("wirewatch.offsets")

_PATH = os.environ.get("WIREWATCH_TRACE_OFFSETS", "")
ENABLED = bool(_PATH)

if ENABLED:
    _handler = logging.FileHandler(_PATH)
    _handler.setFormatter(logging.Formatter("%(asctime)s %(message)s"))
    log.addHandler(_handler)
    log.setLevel(logging.INFO)
    log.propagate = False


def trace(message: str, *args: Any) -> None:
    if ENABLED:
        log.info(message, *args)
