"""Baseline 1: a raw aiokafka consume -> produce passthrough (no framework at all).

Run as its own process by ``bench/bench_pipeline.py`` so its peak RSS is measured
the same way as the workers'. Semantics kept comparable to a Faust agent: a
consumer group reading from the earliest offset, the same session timeouts as the
test workers, ``acks=all`` like the pipeline's producer, offsets committed only
after the records they cover are acknowledged (at least once), about once a second.
Stops on SIGTERM/SIGINT.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import signal
import time

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer

COMMIT_INTERVAL_S = 1.0


async def run(
    bootstrap: str,
    source: str,
    target: str,
    group: str,
    max_batch_bytes: int = 16384,
    linger_ms: int = 0,
) -> None:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)

    consumer = AIOKafkaConsumer(
        source,
        bootstrap_servers=bootstrap,
        group_id=group,
        auto_offset_reset="earliest",
        enable_auto_commit=False,
        session_timeout_ms=6000,
        heartbeat_interval_ms=1000,
    )
    producer = AIOKafkaProducer(
        bootstrap_servers=bootstrap,
        acks="all",
        max_batch_size=max_batch_bytes,
        linger_ms=linger_ms,
    )
    await producer.start()
    await consumer.start()
    # Sends are pipelined (not awaited per batch, which would serialise fetch and
    # produce); every second the outstanding sends are awaited, then offsets committed.
    pending: list[asyncio.Future] = []
    last_commit = time.monotonic()
    try:
        while not stop.is_set():
            batch = await consumer.getmany(timeout_ms=200)
            for records in batch.values():
                for record in records:
                    pending.append(await producer.send(target, value=record.value, key=record.key))
            if pending and time.monotonic() - last_commit >= COMMIT_INTERVAL_S:
                await asyncio.gather(*pending)
                pending.clear()
                await consumer.commit()
                last_commit = time.monotonic()
    finally:
        with contextlib.suppress(Exception):
            if pending:
                await asyncio.gather(*pending)
                await consumer.commit()
        await consumer.stop()
        await producer.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bootstrap", required=True)
    parser.add_argument("--source", required=True, help="input topic")
    parser.add_argument("--target", required=True, help="output topic")
    parser.add_argument("--group", required=True, help="consumer group id")
    # Defaults are aiokafka's, which are also Faust's (producer_max_batch_size=16384,
    # producer_linger_ms=0) and so the pipeline's: change them only to experiment.
    parser.add_argument("--max-batch-bytes", type=int, default=16384)
    parser.add_argument("--linger-ms", type=int, default=0)
    args = parser.parse_args()
    asyncio.run(
        run(
            args.bootstrap,
            args.source,
            args.target,
            args.group,
            args.max_batch_bytes,
            args.linger_ms,
        )
    )


if __name__ == "__main__":
    main()
