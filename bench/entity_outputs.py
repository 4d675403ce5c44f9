"""Whether the entity detector and stage 1 still give exactly the same output.

A speed change must not change a single result. This writes, or compares against, a
JSONL snapshot of:

* ``EntityDetector.detect`` on every real excerpt (``wirewatch/data/eval/real``), every
  synthetic entity and contact eval text, the dense bench texts and the seed
  articles, each with the language stage 1 would pass and with every other one
  (``None``, ar, en, tr: the language-only rules run on all four);
* stage 1 (``Pipeline.prepare_outputs``: normalise, language, entities, signature,
  contacts, the prepared record as published) on the real excerpts and on the
  ``bench_pipeline``/``bench_core`` corpus (3,000 articles, seed 2026).

Snapshot the code before a change, compare after:

    mkdir /tmp/base && git archive <commit> wirewatch schemas bench seeds | tar -x -C /tmp/base
    PYTHONPATH=/tmp/base .venv/bin/python bench/entity_outputs.py --write base.jsonl
    .venv/bin/python bench/entity_outputs.py --compare base.jsonl

``--native`` runs the compiled core (``make native``'s build, current for the tree
on ``PYTHONPATH``) instead of the pure one: a snapshot written pure and compared
compiled shows the build gives the sources' outputs.

``--compare`` prints the number of differing records (0 is the target) and the first
ones, and exits 1 on any difference.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import orjson

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.append(str(ROOT))  # for bench.*; PYTHONPATH may still override the code

if "--native" in sys.argv:  # before anything imports the core: the build must come first
    from wirewatch import native

    if not native.activate():
        sys.exit("entity_outputs: --native needs a current build (make native)")

from bench.bench_entities import build_dense  # noqa: E402
from schemas import RawArticle  # noqa: E402
from wirewatch.core.entities import EntityDetector  # noqa: E402
from wirewatch.core.normalise import normalise_raw  # noqa: E402
from wirewatch.core.pipeline import Pipeline  # noqa: E402
from wirewatch.core.textfold import fold  # noqa: E402
from wirewatch.core.validate import Origin  # noqa: E402
from wirewatch.eval import entities as eval_entities  # noqa: E402
from wirewatch.eval import real as eval_real  # noqa: E402
from wirewatch.settings import Settings  # noqa: E402
from wirewatch.testing.corpus import encode, generate_articles  # noqa: E402

LANGS: tuple[str | None, ...] = (None, "ar", "en", "tr")
#: a fixed receiving time: stage 1 resolves relative dates against it
RECEIVED = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)
CORPUS_COUNT = 3000
CORPUS_SEED = 2026


def _texts() -> Iterator[tuple[str, str]]:
    """(record name, text) of every text the detector is run on directly."""
    sets, _notes = eval_real.load_set()
    for lang, excerpts in sorted(sets.items()):
        for excerpt in excerpts:
            yield f"real/{lang}/{excerpt.id}", excerpt.text
    for article in eval_entities.load_set():
        yield f"synthetic-entities/{article.id}", article.text
    contacts_path = ROOT / "wirewatch/data/eval/contacts/articles.jsonl"
    for n, line in enumerate(contacts_path.read_text(encoding="utf-8").splitlines()):
        if line.strip():
            row = orjson.loads(line)
            yield f"synthetic-contacts/{row.get('id', n)}", row["text"]
    for n, (lang, text) in enumerate(build_dense()):
        yield f"dense/{lang}/{n}", text
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        yield f"seed/{path.name}", path.read_text(encoding="utf-8")


def _payloads() -> Iterator[tuple[str, bytes]]:
    """(record name, raw article bytes) of every article run through stage 1."""
    sets, _notes = eval_real.load_set()
    for lang, excerpts in sorted(sets.items()):
        for excerpt in excerpts:
            row = {
                "id": excerpt.id,
                "source": excerpt.outlet,
                "url": excerpt.url,
                "body": excerpt.text,
                "published_at": excerpt.published_at,
            }
            yield f"stage1/real/{lang}/{excerpt.id}", orjson.dumps(row)
    for n, article in enumerate(generate_articles(CORPUS_COUNT, seed=CORPUS_SEED)):
        yield f"stage1/corpus/{n}", encode(article)


def _entities(entities: list[Any]) -> list[Any]:
    return [orjson.loads(e.model_dump_json()) for e in entities]


def records() -> Iterator[dict[str, Any]]:
    detector = EntityDetector.default()
    for name, text in _texts():
        raw = RawArticle.model_validate({"source": "check", "body": text})
        norm = normalise_raw(raw)
        tried = [(f"detected:{norm.language.lang}", norm.language.lang)]
        tried += [(str(lang), lang) for lang in LANGS]
        for label, lang in tried:
            yield {
                "name": f"{name}@{label}",
                "entities": _entities(detector.detect(norm.folded, lang)),
            }
        # the text as written, unnormalised (the detector's own input contract)
        yield {"name": f"{name}@raw", "entities": _entities(detector.detect(fold(text), None))}
    pipeline = Pipeline(Settings())
    for offset, (name, payload) in enumerate(_payloads()):
        origin = Origin("articles.raw", 0, offset, None, RECEIVED)
        outputs = [o.encoded() for o in pipeline.prepare_outputs(payload, origin)]
        value = b"\n".join((key or b"") + b"\t" + value for key, value in outputs)
        prepared = orjson.loads(outputs[0][1]) if outputs else {}
        articles = prepared.get("articles") or [{}]
        yield {
            "name": name,
            "sha256": hashlib.sha256(value).hexdigest(),
            "entities": articles[0].get("article", {}).get("entities"),
        }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--write", type=Path, help="write the snapshot here")
    mode.add_argument("--compare", type=Path, help="compare against this snapshot")
    parser.add_argument("--show", type=int, default=5, help="differences printed in full")
    parser.add_argument("--native", action="store_true", help="the compiled core (make native)")
    args = parser.parse_args()
    if args.write:
        with args.write.open("wb") as out:
            count = 0
            for record in records():
                out.write(orjson.dumps(record) + b"\n")
                count += 1
        print(f"{count:,} records written to {args.write}")
        return
    before = {}
    for line in args.compare.read_bytes().splitlines():
        record = orjson.loads(line)
        before[record["name"]] = record
    differing: list[str] = []
    seen = 0
    for record in records():
        seen += 1
        old = before.pop(record["name"], None)
        if old != record:
            differing.append(record["name"])
            if len(differing) <= args.show:
                print(f"DIFFERENT {record['name']}")
                print(f"  before: {orjson.dumps(old).decode()[:2000]}")
                print(f"  after:  {orjson.dumps(record).decode()[:2000]}")
    missing = sorted(before)
    print(
        f"{seen:,} records compared: {len(differing)} different, "
        f"{len(missing)} in the snapshot only"
    )
    if differing or missing:
        sys.exit(1)


if __name__ == "__main__":
    main()
