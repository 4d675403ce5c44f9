"""Golden test: contact detection gives exactly the events recorded before it was optimised.

Inputs are realistic: the labelled contacts set, the seeds and 500 benchmark corpus
articles (``wirewatch/testing/corpus.py``), each run through the pipeline's ``prepare`` (validate,
normalise, real entity detector, contact detector). Each article is also run through
the detector directly with an unknown language (every lexicon at once), without a
publication date, and (labelled set only) with the eval gazetteer's entities, so the
less common paths are pinned as well.

Every field of every event but ``pipeline_version`` is compared: as canonical JSON for
the pipeline's events on the labelled set and the seeds, as a SHA-256 of it per
article and variant otherwise (to keep ``tests/data/contacts_golden.jsonl`` small).

Regenerate (only when a behaviour change is intended, and say so in the commit):

    .venv/bin/python -m tests.unit.core.contacts.test_golden --write
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from schemas import ContactEvent
from wirewatch.core.contacts import ContactDetector
from wirewatch.core.textfold import fold

ROOT = Path(__file__).parents[4]
GOLDEN = ROOT / "tests" / "data" / "contacts_golden.jsonl"
EVAL_SET = ROOT / "wirewatch" / "data" / "eval" / "contacts" / "articles.jsonl"
SEEDS = ROOT / "seeds"
CORPUS_COUNT = 500
RECEIVED = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)


def canonical(events: list[ContactEvent]) -> list[dict[str, Any]]:
    return [e.model_dump(mode="json", exclude={"pipeline_version"}) for e in events]


def digest(events: list[dict[str, Any]]) -> str:
    text = json.dumps(events, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _eval_payload(article: dict[str, Any]) -> bytes:
    raw = {k: article[k] for k in ("id", "source", "url", "title", "published_at", "lang")}
    raw["body"] = article["text"]
    return json.dumps(raw, ensure_ascii=False).encode("utf-8")


def _inputs() -> Iterator[tuple[str, str, bytes]]:
    """(group, name, raw payload) of every golden article, in a fixed order."""
    from wirewatch.io.inputs import iter_records
    from wirewatch.testing.corpus import encode, generate_articles

    with EVAL_SET.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                article = json.loads(line)
                yield "eval", article["id"], _eval_payload(article)
    for record in iter_records([SEEDS]):
        name = f"{Path(record.origin_name).name}:{record.line}"
        yield "seeds", name, record.payload
    for i, article in enumerate(generate_articles(CORPUS_COUNT)):
        yield "corpus", str(i), encode(article)


def compute(*, dump: bool = False) -> Iterator[dict[str, Any]]:
    """The golden records, as computed by the code under test (``dump``: no hashes)."""
    from schemas.internal import PreparedArticle
    from wirewatch.core.pipeline import Pipeline
    from wirewatch.core.validate import Origin
    from wirewatch.eval.contacts import Gazetteer
    from wirewatch.settings import Settings

    pipeline = Pipeline(Settings())
    pipeline.warm_up()
    detector: ContactDetector = pipeline.contacts
    gazetteer = Gazetteer.default()
    for group, name, payload in _inputs():
        origin = Origin(topic="raw", partition=None, offset=None, key=None, received_at=RECEIVED)
        prepared = pipeline.prepare(payload, origin)
        if not isinstance(prepared, PreparedArticle):
            continue  # dead letter: no contact detection
        art = prepared.article
        folded = fold(art.text)

        def run(art: Any = art, folded: Any = folded, **change: Any) -> list[dict[str, Any]]:
            args: dict[str, Any] = {
                "article_id": art.article_id,
                "source": art.source,
                "url": art.url,
                "title": art.title,
                "text": art.text,
                "folded": folded,
                "lang": art.lang,
                "published_at": art.published_at,
                "entities": art.entities,
                "pipeline_version": "golden",
            }
            args.update(change)
            return canonical(detector.detect(**args))

        variants = {
            "pipeline": canonical(prepared.contact_events),
            "any_lang": run(lang=None),
            "undated": run(published_at=None),
        }
        if group == "eval":
            variants["gazetteer"] = run(entities=gazetteer.detect(folded, art.lang))
        record: dict[str, Any] = {"group": group, "name": name}
        for variant, events in variants.items():
            full = variant == "pipeline" and group != "corpus"
            record[variant] = events if full or dump else digest(events)
        yield record


def _load() -> list[dict[str, Any]]:
    with GOLDEN.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


@pytest.mark.timeout(600)
def test_contact_events_match_golden() -> None:
    golden = _load()
    actual = list(compute())
    assert [(r["group"], r["name"]) for r in actual] == [(r["group"], r["name"]) for r in golden]
    assert sum(bool(r["pipeline"]) for r in golden if r["group"] != "corpus") > 20
    mismatches = []
    for want, got in zip(golden, actual, strict=True):
        for key in want:
            if want[key] != got.get(key):
                mismatches.append(f"{want['group']}/{want['name']}: {key}")
    assert not mismatches, f"{len(mismatches)} differ, first: {mismatches[:10]}"


def main() -> None:
    args = sys.argv[1:]
    if args[:1] == ["--dump"] and len(args) == 2:  # every variant in full, for diffing
        target, dump = Path(args[1]), True
    elif args == ["--write"]:
        target, dump = GOLDEN, False
    else:
        raise SystemExit(
            "usage: python -m tests.unit.core.contacts.test_golden --write | --dump OUT"
        )
    target.parent.mkdir(parents=True, exist_ok=True)
    with target.open("w", encoding="utf-8") as handle:
        for record in compute(dump=dump):
            handle.write(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")
    print(f"wrote {target} ({target.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
