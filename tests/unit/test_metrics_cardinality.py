"""Metric labels stay bounded whatever the input: no ids, no free text, capped outlets."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from prometheus_client import REGISTRY

from wirewatch import metrics
from wirewatch.core.offline import OfflineRunner
from wirewatch.core.pipeline import Pipeline
from wirewatch.core.validate import Origin
from wirewatch.settings import Settings

#: Labels whose values come from a closed set, and what that set is.
CLOSED = {
    "lang": set(metrics.ALL_LANG_LABELS),
    "stage": set(metrics.STAGES),
    "reason": None,  # checked against the schema enums below
    "table": {"dedup-signatures", "contact-registry", "learned-names"},
    "rule": set(metrics.LEARNED_EVICTION_RULES),
}


def _series() -> dict[str, list[dict[str, str]]]:
    found: dict[str, list[dict[str, str]]] = {}
    for family in REGISTRY.collect():
        if family.name.startswith("wirewatch_") and not family.name.startswith("wirewatch_faust"):
            found.setdefault(family.name, []).extend(s.labels for s in family.samples)
    return found


def test_labels_are_bounded_under_many_distinct_sources_and_ids() -> None:
    runner = OfflineRunner(Pipeline(Settings()))
    limit = metrics.source_label.limit
    ids = []
    for n in range(limit + 30):
        article_id = f"id-{n}-unique"
        ids.append(article_id)
        payload = json.dumps(
            {
                "id": article_id,
                "source": f"outlet-{n}.example",
                "title": f"Headline number {n}",
                "body": f"Story {n}: Turkish and Libyan officials met in Tripoli on Monday {n}.",
            }
        ).encode()
        origin = Origin("articles.raw", 0, n, None, datetime.now(UTC))
        list(runner.process_one(payload, origin))
        list(runner.process_one(b"not json " + str(n).encode(), origin))

    from schemas import DeadLetterReason
    from schemas.contacts import AlertReason

    allowed_reasons = {r.value for r in DeadLetterReason} | {r.value for r in AlertReason}
    sources: set[str] = set()
    for name, samples in _series().items():
        for labels in samples:
            for label, value in labels.items():
                assert not any(i in value for i in ids), f"{name} has an article id in {label}"
                assert "Headline" not in value and "Story" not in value, f"{name}: free text"
                if label == "source":
                    sources.add(value)
                elif label == "reason":
                    assert value in allowed_reasons, (name, value)
                elif label in CLOSED and CLOSED[label] is not None:
                    assert value in CLOSED[label] | {"+Inf"}, (name, label, value)
    # Outlets beyond the cap share one value; earlier tests may have used some of it.
    assert "other" in sources
    assert len(sources) <= limit + 1
