"""Bounded learned names through the pipeline: stage 2 run as the live agent runs it
(record by record, restarting from its table now and then) and ``wirewatch process``
(one run, or two runs over a state directory) keep the same names and give the same
links on a stream that crosses the pending window (issue #12)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from wirewatch.core.entities.learned import CLOCK_KEY, stored_entries
from wirewatch.core.offline import OfflineRunner
from wirewatch.core.pipeline import Output, Pipeline
from wirewatch.core.validate import Origin
from wirewatch.io.inputs import InputRecord
from wirewatch.io.state import StateDir
from wirewatch.settings import Settings
from wirewatch.testing.rebalance import RunResult, check_verdicts

OBEIDI, YURTSEVER = "person:pattern:nasser-belkheir-obeidi", "person:pattern:kemal-yurtsever"

# (id, stated date or None, body): Obeidi is seen once, then not for 50 days (his
# pending entry expires); Yurtsever twice within the window (ready); an undated
# article's name is dated by stream time and expires with Obeidi's.
_STREAM = [
    ("b1", "2024-01-01", "Libyan Deputy Prime Minister Nasser Belkheir Obeidi met officials in Tripoli."),
    ("b2", "2024-01-03", "Turkish Ambassador Kemal Yurtsever met officials in Tripoli."),
    ("b3", "2024-01-10", "Turkish Ambassador Kemal Yurtsever visited Misrata on Sunday."),
    ("b4", None, "Libyan Deputy Prime Minister Salem Ramadan Zwai spoke in Benghazi."),
    ("b5", "2024-02-20", "Libyan Deputy Prime Minister Omar Salem Faraj opened a school in Sabha."),
    ("b6", "2024-02-21", "Libyan Deputy Prime Minister Nasser Belkheir Obeidi flew to Ankara."),
    ("b7", "2024-02-22", "Nasser Belkheir Obeidi met Turkish Foreign Minister Hakan Fidan in Ankara on Tuesday, and Kemal Yurtsever attended the talks."),
    ("b1", "2024-01-01", "Libyan Deputy Prime Minister Nasser Belkheir Obeidi met officials in Tripoli."),
]  # fmt: skip


def _payload(article_id: str, day: str | None, body: str) -> bytes:
    raw: dict[str, Any] = {"id": article_id, "source": "wire", "lang": "en", "body": body}
    if day is not None:
        raw["published_at"] = f"{day}T10:00:00Z"
    return json.dumps(raw).encode()


def _records() -> list[InputRecord]:
    return [InputRecord(_payload(*item), "test", n) for n, item in enumerate(_STREAM)]


def _entities(outputs: list[Output], topic: str) -> list[tuple[str, list[tuple[str, str]]]]:
    """(article id, [(entity id, found_by)]) of each enriched article, in output order."""
    out = []
    for output in outputs:
        if output.topic == topic:
            document = json.loads(output.encoded()[1])
            out.append(
                (document["article_id"], [(e["id"], e["found_by"]) for e in document["entities"]])
            )
    return out


def _live(pipeline: Pipeline) -> tuple[list[Output], dict[str, Any], list[SimpleNamespace]]:
    """Stage 1 then stage 2 record by record as the agents run them; every third
    record the stage-2 state is re-derived from its store (a restart, a recovery)."""
    settings = pipeline.settings
    learned_store: dict[str, Any] = {}
    dedup_store: dict[str, Any] = {}
    prepared: list[SimpleNamespace] = []
    outputs: list[Output] = []
    for n, record in enumerate(_records()):
        if n % 3 == 0:
            index = pipeline.new_dedup_index(dedup_store)
            index.rebuild()
            learned = pipeline.new_learned_names(learned_store)
        origin = Origin(settings.topic_raw, n % 4, n, None, datetime.now(UTC))
        for stage_1 in pipeline.prepare_outputs(record.payload, origin):
            if stage_1.topic != settings.topic_prepared:
                continue
            value = stage_1.encoded()[1]
            prepared.append(
                SimpleNamespace(topic=stage_1.topic, partition=0, offset=n, value=value)
            )
            decided = Origin(settings.topic_prepared, 0, n, None, datetime.now(UTC))
            outputs += pipeline.decide_outputs(value, decided, index, learned)
    return outputs, learned_store, prepared


def test_live_stage_2_and_the_offline_command_keep_the_same_names_and_links(
    tmp_path: Path,
) -> None:
    pipeline = Pipeline(Settings())
    topic = pipeline.settings.topic_enriched
    live_outputs, live_store, prepared = _live(pipeline)

    offline = OfflineRunner(pipeline)
    offline_outputs = list(offline.run(_records()))
    state = StateDir(tmp_path)  # `wirewatch process --state` twice, split mid-window
    first = state.open_runner(pipeline)
    split_outputs = list(first.run(_records()[:4]))
    state.close_runner(first)
    second = state.open_runner(pipeline)
    split_outputs += list(second.run(_records()[4:]))
    state.close_runner(second)

    live = _entities(live_outputs, topic)
    assert live == _entities(offline_outputs, topic) == _entities(split_outputs, topic)
    assert dict(offline.learned_store) == live_store
    saved = json.loads((tmp_path / "learned-names.json").read_text(encoding="utf-8"))
    assert saved == live_store

    # What crossing the window did: Obeidi's first evidence and the undated name
    # expired, so b6 counts him once again and b7 does not link him; Yurtsever, ready,
    # links in b7.
    kept = dict(stored_entries(live_store))
    assert set(kept) == {"kemal-yurtsever", "omar-salem-faraj", "nasser-belkheir-obeidi"}
    assert kept["nasser-belkheir-obeidi"]["n"] == 1
    assert kept["nasser-belkheir-obeidi"]["first_article"] == "b6"
    # stream time is b6's: b7 brought no role-pattern evidence
    assert live_store[CLOCK_KEY]["t"] == datetime(2024, 2, 21, 10, tzinfo=UTC).timestamp()
    b7 = dict(live)["b7"]
    assert (YURTSEVER, "learned") in b7
    assert OBEIDI not in {entity_id for entity_id, _ in b7}
    # b1 redelivered (last) after its name was dropped and learned again from b6: it
    # finds what it found the first time and adds no evidence (else Obeidi would be
    # ready on a stale article's word)
    assert live[-1] == live[0]
    b7_contacts = [
        {p["id"] for p in json.loads(o.encoded()[1])["participants"]}
        for o in live_outputs
        if o.topic == pipeline.settings.topic_contacts
    ]
    assert {YURTSEVER, "person:hakan-fidan"} not in b7_contacts  # same country: no contact

    # the dedup verdicts of the live run are the core's over the same order
    result = RunResult(articles=len(prepared), second_worker_after=1)
    enriched = [
        SimpleNamespace(partition=0, offset=n, value=o.encoded()[1])
        for n, o in enumerate(o for o in live_outputs if o.topic == topic)
    ]
    check_verdicts(prepared, enriched, result, pipeline)
    assert result.verdicts_differing == []
