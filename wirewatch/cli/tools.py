"""User tools: ``publish`` files to the raw topic, ``tail`` a topic, create ``topics``."""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time
from pathlib import Path

from wirewatch.settings import Settings, get_settings


def register(sub: argparse._SubParsersAction) -> None:
    settings = get_settings()
    publish = sub.add_parser("publish", help="send article files to the raw topic")
    publish.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    publish.add_argument("--topic", default=settings.topic_raw)
    publish.add_argument("--bootstrap-servers", default=settings.kafka_bootstrap_servers)
    publish.add_argument("--no-progress", action="store_true", help="no progress bar")
    publish.set_defaults(func=run_publish)

    tail = sub.add_parser("tail", help="print topics' records live, readable")
    tail.add_argument("topics", nargs="+", metavar="TOPIC")
    tail.add_argument("--bootstrap-servers", default=settings.kafka_bootstrap_servers)
    tail.add_argument("--from-beginning", action="store_true")
    tail.add_argument("--max", type=int, default=None, help="stop after this many records")
    tail.add_argument("--timeout", type=float, default=None, help="stop after this many seconds")
    tail.add_argument("--json", action="store_true", help="one raw JSON object a line")
    tail.set_defaults(func=run_tail)

    topics = sub.add_parser("topics", help="create the pipeline's topics if missing")
    topics.add_argument("--bootstrap-servers", default=settings.kafka_bootstrap_servers)
    topics.set_defaults(func=run_topics)


def _settings(args: argparse.Namespace) -> Settings:
    """The settings, security included, with the command line's bootstrap servers."""
    return get_settings().model_copy(update={"kafka_bootstrap_servers": args.bootstrap_servers})


def run_topics(args: argparse.Namespace) -> int:
    from wirewatch.kafkaio import ensure_topics

    created = asyncio.run(ensure_topics(_settings(args)))
    print("created: " + (", ".join(created) or "none (all present)"))
    return 0


def run_publish(args: argparse.Namespace) -> int:
    return asyncio.run(_publish(args))


async def _publish(args: argparse.Namespace) -> int:
    from aiokafka import AIOKafkaProducer
    from tqdm import tqdm

    from wirewatch.io.inputs import iter_records
    from wirewatch.kafkaauth import client_options
    from wirewatch.kafkaio import check_access

    records = list(iter_records(args.paths))
    settings = _settings(args)
    await check_access(settings)
    producer = AIOKafkaProducer(
        bootstrap_servers=settings.kafka_bootstrap_servers,
        **client_options(settings),
        acks="all",
        enable_idempotence=True,
        linger_ms=5,
        max_request_size=8 * 1024 * 1024,
    )
    await producer.start()
    try:
        pending = []
        with tqdm(total=len(records), unit="article", disable=args.no_progress) as bar:
            for record in records:
                future = await producer.send(args.topic, record.payload)
                future.add_done_callback(lambda _: bar.update(1))
                pending.append(future)
            await asyncio.gather(*pending)
    finally:
        await producer.stop()
    print(f"published {len(records)} records to {args.topic}", file=sys.stderr)
    return 0


def run_tail(args: argparse.Namespace) -> int:
    try:
        return asyncio.run(_tail(args))
    except KeyboardInterrupt:
        return 0


def _readable(topic: str, value: bytes) -> str:
    try:
        doc = json.loads(value)
    except ValueError:
        return repr(value[:200])
    if not isinstance(doc, dict):
        return json.dumps(doc, ensure_ascii=False)[:200]
    if "article_id" in doc and "text" in doc:
        names = ", ".join(sorted({e["name"] for e in doc.get("entities", [])}))
        dedup = doc.get("dedup", {})
        flag = (
            ""
            if dedup.get("status") == "original"
            else f" DUPLICATE of {dedup.get('duplicate_of')}"
        )
        return (
            f"[{doc.get('lang')}] {doc['article_id']} {doc.get('source')}{flag}\n"
            f"    {doc['text'][:140]!s}…\n    entities: {names or '-'}"
            f"  countries: {', '.join(doc.get('countries', [])) or '-'}"
        )
    if "reason" in doc and "payload_b64" in doc:
        return f"DEAD LETTER [{doc['reason']}] {doc['error'][:160]}"
    if "event_id" in doc:
        who = " — ".join(f"{p['name']} ({p['country']})" for p in doc.get("participants", []))
        label = f"ALERT {doc['reason']}" if "alert_id" in doc else f"CONTACT {doc.get('kind')}"
        return f"{label} [{doc.get('watch')}] {who}: {doc['evidence']['sentence'][:160]}"
    return json.dumps(doc, ensure_ascii=False)[:300]


async def _tail(args: argparse.Namespace) -> int:
    from aiokafka import AIOKafkaConsumer

    from wirewatch.kafkaauth import client_options
    from wirewatch.kafkaio import check_access

    settings = _settings(args)
    await check_access(settings)
    consumer = AIOKafkaConsumer(
        *args.topics,
        bootstrap_servers=settings.kafka_bootstrap_servers,
        **client_options(settings),
        auto_offset_reset="earliest" if args.from_beginning else "latest",
        enable_auto_commit=False,
        group_id=None,
    )
    await consumer.start()
    seen = 0
    deadline = time.monotonic() + args.timeout if args.timeout else None
    try:
        while args.max is None or seen < args.max:
            wait = 1.0 if deadline is None else min(1.0, deadline - time.monotonic())
            if wait <= 0:
                break
            batch = await consumer.getmany(timeout_ms=int(wait * 1000))
            for records in batch.values():
                for record in records:
                    seen += 1
                    if args.json:
                        print(record.value.decode("utf-8", "replace"), flush=True)
                    else:
                        key = record.key.decode("utf-8", "replace") if record.key else "-"
                        print(f"{record.topic}[{record.partition}]@{record.offset} key={key}")
                        print("  " + _readable(record.topic, record.value), flush=True)
                    if args.max is not None and seen >= args.max:
                        break
    finally:
        await consumer.stop()
    return 0
