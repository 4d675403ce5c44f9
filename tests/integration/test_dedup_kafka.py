"""Dedup on the real broker: several workers, and state that survives SIGKILL."""

from __future__ import annotations

import asyncio
import json
import time
from pathlib import Path

import pytest

from schemas import EnrichedArticle
from wirewatch.core.offline import OfflineRunner
from wirewatch.core.pipeline import Pipeline
from wirewatch.io.inputs import InputRecord
from wirewatch.io.state import StateDir
from wirewatch.settings import Settings
from wirewatch.testing.kafka import (
    Broker,
    Worker,
    consume_until,
    metric_value,
    publish,
    read_to_end,
    run,
    unique_names,
    values,
    worker_env,
)
from wirewatch.testing.wait import wait_until

pytestmark = pytest.mark.kafka

STORY_EN = (
    "TRIPOLI, Nov 20 - Libya's national oil corporation said on Thursday that output at the "
    "Sharara field had returned to 290,000 barrels per day after a three-week shutdown caused "
    "by protests over unpaid wages at the site in the southwest of the country.\n"
    "The corporation said repairs to the pipeline linking the field to the Zawiya refinery had "
    "been completed and that exports from the Zawiya terminal would resume within days.\n"
    "Engineers worked through the weekend to restore pressure along the line, the statement "
    "said, adding that no injuries were reported during the shutdown.\n"
    "Libya, a member of OPEC, produces about 1.3 million barrels per day, and rival "
    "administrations in the east and west have repeatedly fought over control of oil revenue."
)
STORY_AR = (
    "أعلنت المؤسسة الوطنية للنفط في ليبيا، الخميس، عودة الإنتاج في حقل الشرارة إلى 290 ألف برميل "
    "يوميا بعد توقف دام ثلاثة أسابيع بسبب احتجاجات على تأخر صرف الرواتب في الموقع جنوب غرب البلاد.\n"
    "وقالت المؤسسة إن أعمال صيانة خط الأنابيب الرابط بين الحقل ومصفاة الزاوية قد اكتملت، وإن "
    "الصادرات من ميناء الزاوية ستستأنف خلال أيام.\n"
    "وأضاف البيان أن المهندسين عملوا طوال عطلة نهاية الأسبوع لاستعادة الضغط على طول الخط، "
    "مشيرا إلى عدم تسجيل إصابات خلال فترة التوقف."
)


def _rerun(text: str) -> str:
    """Another outlet's copy: a byline, HTML paragraphs, the last paragraph dropped."""
    paragraphs = text.split("\n")[:-1]
    return "<p>By Staff Reporter</p>" + "".join(f"<p>{p}</p>" for p in paragraphs)


def _article(article_id: str, source: str, body: str, hour: int) -> bytes:
    return json.dumps(
        {
            "id": article_id,
            "source": source,
            "body": body,
            "published_at": f"2026-11-20T{hour:02d}:00:00Z",
        },
        ensure_ascii=False,
    ).encode()


STREAM = [
    ("en-1", "reuters.example", STORY_EN, 8),
    ("ar-1", "alwasat.example", STORY_AR, 8),
    ("en-2", "libyaherald.example", _rerun(STORY_EN), 9),
    ("ar-2", "libyaobserver.example", _rerun(STORY_AR), 9),
    ("en-3", "aa.example", STORY_EN.replace("Thursday", "Thursday evening"), 10),
]


def _verdicts(enriched: list[dict]) -> dict[str, tuple[str, str | None]]:
    return {e["article_id"]: (e["dedup"]["status"], e["dedup"]["duplicate_of"]) for e in enriched}


async def _send_to_partition(bootstrap: str, topic: str, payload: bytes, partition: int) -> None:
    from aiokafka import AIOKafkaProducer

    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all")
    await producer.start()
    try:
        await producer.send_and_wait(
            topic, payload, key=f"p{partition}".encode(), partition=partition
        )
    finally:
        await producer.stop()


def _play(
    kafka: Broker, names: dict[str, str], stream: list[tuple[str, str, str, int]]
) -> list[dict]:
    """Publish one article at a time, each to the next partition, waiting for its verdict."""
    enriched_topic = names["WIREWATCH_TOPIC_ENRICHED"]
    for n, (article_id, source, body, hour) in enumerate(stream):
        payload = _article(article_id, source, body, hour)
        run(_send_to_partition(kafka.bootstrap, names["WIREWATCH_TOPIC_RAW"], payload, n % 4))
        got = run(
            consume_until(
                kafka.bootstrap,
                [enriched_topic],
                lambda got, a=article_id: any(json.loads(r.value)["article_id"] == a for r in got),
                timeout_s=90,
            )
        )
        # Asserted, not just waited for: an article never enriched is a lost record.
        assert any(json.loads(r.value)["article_id"] == article_id for r in got), (
            f"{article_id} was never enriched"
        )
    # Every article of the stream, not just as many records: the topic also holds
    # warm-up articles, and a read may return its partitions in any order.
    wanted = {s[0] for s in stream}
    out = run(
        consume_until(
            kafka.bootstrap,
            [enriched_topic],
            lambda got: wanted <= {json.loads(r.value)["article_id"] for r in got},
            timeout_s=120,
        )
    )
    return [e for e in values(out, enriched_topic) if e["article_id"] in wanted]


def _start_workers(
    kafka: Broker, names: dict[str, str], tmp: Path, count: int, store: str = "memory://"
) -> list[Worker]:
    workers = []
    tmp.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        env = worker_env(kafka.bootstrap, names, tmp / f"data-{n}", WIREWATCH_STORE=store)
        workers.append(Worker(env, tmp / f"worker-{n}.log", int(env["WIREWATCH_WEB_PORT"])).start())
    for worker in workers:
        worker.wait_healthy()
    return workers


def test_two_workers_find_near_duplicates_across_partitions_like_one(
    kafka: Broker, tmp_path: Path
) -> None:
    names = unique_names("dedup2")
    workers = _start_workers(kafka, names, tmp_path / "two", 2)
    try:
        # Wait until both workers own raw partitions: warm-up articles go to every
        # partition until each worker has read at least one.
        deadline = time.monotonic() + 90
        n = 0
        while min(metric_value(w, "wirewatch_articles_received_total") for w in workers) == 0:
            assert time.monotonic() < deadline, [w.log_tail() for w in workers]
            payload = _article(f"warm-{n}", "warmup", f"warm-up article number {n} " * 20, 1)
            run(_send_to_partition(kafka.bootstrap, names["WIREWATCH_TOPIC_RAW"], payload, n % 4))
            n += 1
            time.sleep(0.5)
        two = _verdicts(_play(kafka, names, STREAM))
        assert all(metric_value(w, "wirewatch_articles_received_total") > 0 for w in workers)
    finally:
        for worker in workers:
            worker.stop()

    assert two == {
        "en-1": ("original", None),
        "ar-1": ("original", None),
        "en-2": ("duplicate", "en-1"),
        "ar-2": ("duplicate", "ar-1"),
        "en-3": ("duplicate", "en-1"),
    }

    single_names = unique_names("dedup1")
    (single,) = _start_workers(kafka, single_names, tmp_path / "one", 1)
    try:
        one = _verdicts(_play(kafka, single_names, STREAM))
    finally:
        single.stop()
    assert one == two

    runner = OfflineRunner(Pipeline(Settings()))
    offline = [
        o.to_json_line()["value"]
        for s in STREAM
        for o in runner.process_one(_article(*s), _origin())
        if o.topic == "articles.enriched"
    ]
    assert _verdicts(offline) == two


def _origin():
    from datetime import UTC, datetime

    from wirewatch.core.validate import Origin

    return Origin("articles.raw", None, None, None, datetime.now(UTC))


@pytest.mark.parametrize("store", ["memory://", "rocksdb://"])
def test_dedup_state_survives_sigkill(kafka: Broker, tmp_path: Path, store: str) -> None:
    names = unique_names("sigkill")
    (first,) = _start_workers(kafka, names, tmp_path / "a", 1, store=store)
    try:
        before = _verdicts(_play(kafka, names, STREAM[:1]))
    finally:
        first.kill()  # SIGKILL: no clean shutdown, no flush of anything in memory
    assert before == {"en-1": ("original", None)}

    (second,) = _start_workers(kafka, names, tmp_path / "b", 1, store=store)
    try:
        after = _verdicts(_play(kafka, names, STREAM[:3]))
    finally:
        second.stop()
    assert after["en-2"] == ("duplicate", "en-1"), second.log_tail()
    # The replayed original keeps its verdict (it was already in the changelog).
    assert after["en-1"] == ("original", None)


def test_offline_state_dir_keeps_the_index_between_runs(tmp_path: Path) -> None:
    state = StateDir(tmp_path / "state")
    pipeline = Pipeline(Settings())
    first = state.open_runner(pipeline)
    list(first.run([InputRecord(_article(*STREAM[0]), "x", 1)]))
    state.close_runner(first)
    again = StateDir(tmp_path / "state")
    second = again.open_runner(pipeline)
    out = [o for o in second.run([InputRecord(_article(*STREAM[2]), "x", 1)])]
    again.close_runner(second)
    enriched = [
        EnrichedArticle.model_validate_json(o.encoded()[1])
        for o in out
        if o.topic == "articles.enriched"
    ]
    assert enriched[0].dedup.status == "duplicate"
    assert enriched[0].dedup.duplicate_of == "en-1"


def _archive_stream(count: int, seed: int) -> list[bytes]:
    """News spread over 20 days, a quarter re-runs, a tenth undated, a few arriving
    days late: what makes eviction drop entries while the stream flows."""
    import random
    from datetime import UTC, datetime, timedelta

    from wirewatch.testing.corpus import encode, generate_articles

    rng = random.Random(seed)
    start = datetime(2026, 10, 1, tzinfo=UTC)
    payloads = []
    for n, article in enumerate(generate_articles(count, seed=seed, duplicate_share=0.25)):
        published = start + timedelta(days=20 * n / count, minutes=rng.randint(0, 600))
        roll = rng.random()
        if roll < 0.1:
            article.pop("published_at", None)
        else:
            if roll < 0.15:
                published -= timedelta(days=rng.randint(1, 9))
            article["published_at"] = published.isoformat()
        payloads.append(encode(article))
    return payloads


def test_eviction_every_second_gives_the_verdicts_of_the_offline_run(
    kafka: Broker, tmp_path: Path
) -> None:
    """Verdicts do not depend on when eviction runs (issue #11): a worker evicting
    every second agrees with ``wirewatch process``, which evicts once at the end."""
    payloads = _archive_stream(500, seed=5)
    runner = OfflineRunner(Pipeline(Settings()))
    offline = _verdicts(
        [
            o.to_json_line()["value"]
            for p in payloads
            for o in runner.process_one(p, _origin())
            if o.topic == "articles.enriched"
        ]
    )
    assert sum(v[0] == "duplicate" for v in offline.values()) > 50

    names = unique_names("evict")
    env = worker_env(
        kafka.bootstrap, names, tmp_path / "data", WIREWATCH_DEDUP_EVICT_INTERVAL_S="1"
    )
    worker = Worker(env, tmp_path / "worker.log", int(env["WIREWATCH_WEB_PORT"])).start()
    try:
        worker.wait_healthy()

        async def feed() -> None:
            # One key: one raw partition, so stage 2 sees the file's order. Paced, so
            # the stream flows for several eviction rounds.
            for chunk in range(0, len(payloads), 50):
                await publish(
                    kafka.bootstrap,
                    names["WIREWATCH_TOPIC_RAW"],
                    payloads[chunk : chunk + 50],
                    key=b"archive",
                )
                await asyncio.sleep(0.5)

        run(feed())
        out = run(
            consume_until(
                kafka.bootstrap,
                [names["WIREWATCH_TOPIC_ENRICHED"]],
                lambda got: len({json.loads(r.value)["article_id"] for r in got}) >= len(offline),
                timeout_s=180,
            )
        )
        # Eviction's tombstones go to the table's changelog, a topic the verdicts say
        # nothing about (sent by the producer at its own pace): waited for there.
        changelog = f"{names['WIREWATCH_APP_ID']}-dedup-signatures-changelog"

        def tombstones() -> int:
            records = run(read_to_end(kafka.bootstrap, [changelog]))[changelog]
            return sum(r.value is None for r in records)

        wait_until(tombstones, "eviction dropping an entry (a tombstone in the changelog)")
    finally:
        worker.stop()
    live = _verdicts(values(out, names["WIREWATCH_TOPIC_ENRICHED"]))
    assert live.keys() == offline.keys(), worker.log_tail()
    assert live == offline
