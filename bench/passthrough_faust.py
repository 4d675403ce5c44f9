"""Baseline 2: a do-nothing Faust agent that forwards every record to an out topic.

Configured like ``streams/app.py`` (earliest offsets, short group timeouts as the test
workers use, ``acks=-1``, raw bytes keys and values, in-memory store, 4 partitions
like the pipeline's raw topic) so the gap between this and the wirewatch worker is
the pipeline's own work, not Faust's. Its agent has the same shape as
``prepare_articles``: iterate ``stream.events()`` and ``await topic.send(...)``.

Run by ``bench/bench_pipeline.py`` as ``python -m bench.passthrough_faust ...``; the
worker runs in this process (no fork), so this pid is the one whose RSS is measured.
"""

from __future__ import annotations

import argparse

import faust
from faust import StreamT


def build_app(
    app_id: str,
    bootstrap: str,
    source: str,
    target: str,
    datadir: str,
    partitions: int,
    max_batch_bytes: int = 16384,
    linger_ms: int = 0,
    via: str | None = None,
) -> faust.App:
    app = faust.App(
        app_id,
        broker=";".join(f"kafka://{s.strip()}" for s in bootstrap.split(",")),
        store="memory://",
        datadir=datadir,
        topic_partitions=partitions,
        topic_replication_factor=1,
        consumer_auto_offset_reset="earliest",
        broker_session_timeout=6.0,
        broker_heartbeat_interval=1.0,
        broker_rebalance_timeout=10.0,
        producer_acks=-1,
        # Faust's defaults (16384, 0), which streams/app.py keeps: pass the pipeline's.
        producer_max_batch_size=max_batch_bytes,
        producer_linger=linger_ms / 1000.0,
        processing_guarantee="at_least_once",
        # No web server and no sensors: the baseline is Faust's own floor.
        web_enabled=False,
        autodiscover=False,
    )

    def bytes_topic(name: str, count: int = partitions) -> faust.TopicT:
        return app.topic(
            name,
            key_type=bytes,
            value_type=bytes,
            key_serializer="raw",
            value_serializer="raw",
            partitions=count,
        )

    source_topic = bytes_topic(source)
    target_topic = bytes_topic(target)
    # With ``via``: the pipeline's topology without its work, raw (N partitions) ->
    # one-partition middle topic (as articles.prepared) -> out, i.e. two Faust hops.
    via_topic = bytes_topic(via, 1) if via else None

    @app.agent(source_topic)
    async def forward(stream: StreamT[bytes]) -> None:
        first_hop = via_topic or target_topic
        async for event in stream.events():
            await first_hop.send(key=event.key, value=event.value)

    if via_topic is not None:

        @app.agent(via_topic)
        async def forward_again(stream: StreamT[bytes]) -> None:
            async for event in stream.events():
                await target_topic.send(key=event.key, value=event.value)

    return app


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bootstrap", required=True)
    parser.add_argument("--source", required=True, help="input topic")
    parser.add_argument("--target", required=True, help="output topic")
    parser.add_argument("--app-id", required=True, help="Faust app id (consumer group)")
    parser.add_argument("--datadir", required=True)
    parser.add_argument("--partitions", type=int, default=4)
    parser.add_argument("--loglevel", default="info")
    parser.add_argument("--max-batch-bytes", type=int, default=16384)
    parser.add_argument("--linger-ms", type=int, default=0)
    parser.add_argument("--via", help="a one-partition middle topic: two hops, not one")
    args = parser.parse_args()

    from faust.worker import Worker

    app = build_app(
        args.app_id,
        args.bootstrap,
        args.source,
        args.target,
        args.datadir,
        args.partitions,
        args.max_batch_bytes,
        args.linger_ms,
        args.via,
    )
    Worker(app, loglevel=args.loglevel).execute_from_commandline()


if __name__ == "__main__":
    main()
