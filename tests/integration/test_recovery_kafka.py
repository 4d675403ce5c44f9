"""A table recovery whose changelog records are cleared before Recovery reads them
(issue #11: "the recovery that never ends").

Faust's table recovery reads the changelogs through one queue that every resume of
flow control clears (``clear_on_resume``), and it seeks the changelog partitions only
when a recovery starts. Flow resumed while records sat in that queue, unread, used
to lose them for good: the fetch position was past them, and a recovery waiting for
its partition's last offset waited forever ("No event received for active tp …
since recovery start", every partition paused). ``WIREWATCH_FAULT_CHANGELOG_RESUME``
resumes flow at the worst moment — the last record of the dedup table's changelog
just queued — and the restarted worker must still recover the whole table: each
re-run of an article seen before the restart is a duplicate of it, and at once: the
stall net of ``streams/transport.py`` (Recovery restarted after 20 s without progress)
must not be what saved it.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from wirewatch.testing.corpus import encode, generate_articles
from wirewatch.testing.kafka import (
    Broker,
    Worker,
    consume_until,
    publish,
    run,
    unique_names,
    worker_env,
)

pytestmark = pytest.mark.kafka

#: Bound for each wait on the enriched topic: a healthy restart recovers in seconds;
#: the bound is a failure detector sized for a busy 2-core machine. Whether the stall
#: net (a restart after 20 s) saved the recovery is read from the log, not the clock.
WAIT_S = 120.0


def _enriched(kafka: Broker, topic: str, ids: set[str]) -> dict[str, dict]:
    """The enriched records of ``ids``, waiting until all are there (or ``WAIT_S``)."""

    def all_there(records: list) -> bool:
        return ids <= {json.loads(r.value)["article_id"] for r in records}

    records = run(consume_until(kafka.bootstrap, [topic], all_there, timeout_s=WAIT_S))
    found = {json.loads(r.value)["article_id"]: json.loads(r.value) for r in records}
    return {article_id: found[article_id] for article_id in ids if article_id in found}


def test_recovery_reads_again_the_changelog_records_a_flow_resume_cleared(
    kafka: Broker, tmp_path: Path
) -> None:
    names = unique_names("recov")
    raw, enriched = names["WIREWATCH_TOPIC_RAW"], names["WIREWATCH_TOPIC_ENRICHED"]
    originals = generate_articles(3, seed=5)
    reruns = [
        {**article, "id": f"rerun-{article['id']}", "source": "rerun.example"}
        for article in originals
    ]

    env = worker_env(kafka.bootstrap, names, tmp_path / "data-first")
    first = Worker(env, tmp_path / "worker-first.log", int(env["WIREWATCH_WEB_PORT"])).start()
    try:
        first.wait_healthy()
        run(publish(kafka.bootstrap, raw, map(encode, originals)))
        seen = _enriched(kafka, enriched, {a["id"] for a in originals})
        assert len(seen) == len(originals), first.log_tail()
        assert {v["dedup"]["status"] for v in seen.values()} == {"original"}
    finally:
        first.stop()

    # A new data dir and a memory store: the dedup table comes back from its changelog.
    env = worker_env(
        kafka.bootstrap,
        names,
        tmp_path / "data-second",
        WIREWATCH_FAULT_CHANGELOG_RESUME="dedup-signatures",
        WIREWATCH_RECOVERY_TIMEOUT_S="0",  # a hang must show as a hang, not a restart
    )
    second = Worker(env, tmp_path / "worker-second.log", int(env["WIREWATCH_WEB_PORT"])).start()
    try:
        second.wait_healthy()
        run(publish(kafka.bootstrap, raw, map(encode, reruns)))
        verdicts = _enriched(kafka, enriched, {a["id"] for a in reruns})
    finally:
        second.stop()
    log = second.log_path.read_text(errors="replace")
    assert "fault injection: resuming flow" in log, "the fault never struck: " + second.log_tail()
    assert len(verdicts) == len(reruns), "recovery never ended:\n" + second.log_tail()
    assert {
        article_id: (v["dedup"]["status"], v["dedup"]["duplicate_of"])
        for article_id, v in verdicts.items()
    } == {f"rerun-{a['id']}": ("duplicate", a["id"]) for a in originals}
    # Read again at once, not rescued 20 s later by the stall net (which restarts it).
    assert "read again" in log
    assert "starting it again" not in log
