"""Golden output of entity detection: code changes (speed-ups, refactors) must not
change what the detector finds.

``tests/data/entities_golden.json`` holds fixed input texts (the labelled entity and
contact sets, the seed articles, a dozen wirewatch/testing/corpus.py articles, all as display
text after normalisation) and, for each text read as its language and as unknown
language, the entities the detector returned: id, type, name, country, role,
found_by and mention spans. The detector is built from this tree's KB and lexicon
data.

When it fails:

* after a code change: the change altered behaviour; fix it, or if the new output
  is intended, say so in review and regenerate;
* after a KB/lexicon data edit (the message says whether the data digest changed):
  regenerate the expected output with the code *before* your change on the new
  data, so the file keeps guarding code changes only::

      PYTHONPATH=/path/to/unchanged/checkout .venv/bin/python tests/unit/core/entities/test_golden.py --write

  (the script builds the detector from *this* tree's data whatever code it imports).
  ``--collect`` also re-collects the input texts from their sources.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[4]
GOLDEN = ROOT / "tests" / "data" / "entities_golden.json"
KB_DIR = ROOT / "wirewatch" / "data" / "kb"
LEXICON_DIR = ROOT / "wirewatch" / "data" / "lexicons" / "entities"
CORPUS_ARTICLES = 12  # wirewatch/testing/corpus.py articles kept (about 4 KB each)


def data_digest() -> str:
    digest = hashlib.sha256()
    for path in sorted([*KB_DIR.rglob("*.yaml"), *LEXICON_DIR.rglob("*.yaml")]):
        digest.update(path.relative_to(ROOT).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def _langs(lang: str | None) -> list[str | None]:
    return [lang, None] if lang else [None, "ar", "en", "tr"]


def detect_all(cases: list[dict]) -> dict[str, list]:
    """Detector output for every case and reading language, in the golden form:
    ``"name|lang" -> [[id, type, name, country, role, found_by, [[start, end], ...]], ...]``."""
    from wirewatch.core.entities import EntityDetector
    from wirewatch.core.textfold import fold

    detector = EntityDetector.from_paths(KB_DIR, LEXICON_DIR)
    out: dict[str, list] = {}
    for case in cases:
        folded = fold(case["text"])
        for lang in _langs(case["lang"]):
            out[f"{case['name']}|{lang}"] = [
                [
                    e.id,
                    str(e.type),
                    e.name,
                    e.country,
                    e.role,
                    e.found_by,
                    [[m.start, m.end] for m in e.mentions],
                ]
                for e in detector.detect(folded, lang)
            ]
    return out


def pack(expected: dict[str, list]) -> tuple[list, dict[str, list]]:
    """Stored form: each distinct entity description once, readings refer to it by
    index and list its mention offsets flat: ``[index, start, end, start, end, ...]``."""
    table: dict[tuple, int] = {}
    packed: dict[str, list] = {}
    for key, entities in expected.items():
        rows = []
        for *fields, spans in entities:
            index = table.setdefault(tuple(fields), len(table))
            rows.append([index, *(x for span in spans for x in span)])
        packed[key] = rows
    return [list(t) for t in table], packed


def unpack(table: list, packed: dict[str, list]) -> dict[str, list]:
    return {
        key: [
            [*table[index], [list(pair) for pair in zip(flat[::2], flat[1::2], strict=True)]]
            for index, *flat in rows
        ]
        for key, rows in packed.items()
    }


def load_golden() -> tuple[dict, dict[str, list]]:
    golden = json.loads(GOLDEN.read_text(encoding="utf-8"))
    return golden, unpack(golden["entities"], golden["expected"])


def collect_cases() -> list[dict]:
    """The input texts, from their sources."""
    from schemas import RawArticle
    from wirewatch.core.normalise import normalise_raw
    from wirewatch.testing.corpus import generate_articles

    cases: list[dict] = []
    for name in ("entities", "contacts"):
        path = ROOT / "wirewatch" / "data" / "eval" / name / "articles.jsonl"
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                cases.append(
                    {"name": f"{name}:{row['id']}", "lang": row["lang"], "text": row["text"]}
                )
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        cases.append({"name": f"seed:{path.name}", "lang": None, "text": path.read_text("utf-8")})

    def normalised(raw: RawArticle) -> tuple[str, str | None]:
        norm = normalise_raw(raw)
        return norm.text, norm.language.lang

    lines = (ROOT / "seeds" / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    for n, line in enumerate(lines, 1):
        if line.strip():
            text, lang = normalised(RawArticle.model_validate_json(line))
            cases.append({"name": f"seeds/articles.jsonl:{n}", "lang": lang, "text": text})
    for article in generate_articles(CORPUS_ARTICLES, seed=2026):
        text, lang = normalised(RawArticle.model_validate(article))
        cases.append({"name": f"corpus:{article['id']}", "lang": lang, "text": text})
    names = [case["name"] for case in cases]
    assert len(set(names)) == len(names), "case names must be unique"
    return cases


def write(collect: bool) -> None:
    fresh = collect or not GOLDEN.exists()
    cases = collect_cases() if fresh else load_golden()[0]["cases"]
    table, packed = pack(detect_all(cases))

    def dump(value: object) -> str:
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))

    lines = ["{", f'"data_digest": {dump(data_digest())},', '"cases": [']
    lines += [dump(case) + "," for case in cases]
    lines[-1] = lines[-1].rstrip(",")
    lines += ["],", '"entities": [']
    lines += [dump(row) + "," for row in table]
    lines[-1] = lines[-1].rstrip(",")
    lines += ["],", '"expected": {']
    lines += [f"{dump(key)}: {dump(rows)}," for key, rows in packed.items()]
    lines[-1] = lines[-1].rstrip(",")
    lines += ["}", "}"]
    GOLDEN.write_text("\n".join(lines) + "\n", encoding="utf-8")
    import wirewatch.core.entities.detector as code

    print(f"wrote {GOLDEN} ({GOLDEN.stat().st_size:,} bytes) with the code in {code.__file__}")


# -- tests ------------------------------------------------------------------------------


def test_detector_output_matches_golden() -> None:
    golden, expected = load_golden()
    actual = detect_all(golden["cases"])
    if actual != expected:
        changed = sorted(
            k for k in expected.keys() | actual.keys() if expected.get(k) != actual.get(k)
        )
        first = changed[0]
        data_note = (
            "KB/lexicon data changed since the golden file was written"
            if golden["data_digest"] != data_digest()
            else "KB/lexicon data unchanged: the code changed behaviour"
        )
        raise AssertionError(
            f"entity detection differs from {GOLDEN.name} on {len(changed)} text/language "
            f"readings ({data_note}); first: {first}\n"
            f"expected: {json.dumps(expected.get(first), ensure_ascii=False)}\n"
            f"actual:   {json.dumps(actual.get(first), ensure_ascii=False)}\n"
            "see this test's docstring to regenerate"
        )


def test_golden_mentions_are_display_slices() -> None:
    golden, expected = load_golden()
    texts = {c["name"]: c["text"] for c in golden["cases"]}
    assert len(expected) > 200
    for key, entities in expected.items():
        text = texts[key.split("|")[0]]
        for entity in entities:
            for start, end in entity[6]:
                assert 0 <= start < end <= len(text)


def test_entities_are_what_validation_builds() -> None:
    """The detector builds its models without validating them: they must be equal,
    field for field and in their set fields, to validated ones."""
    from schemas import Entity
    from wirewatch.core.entities import EntityDetector
    from wirewatch.core.textfold import fold

    golden, _expected = load_golden()
    detector = EntityDetector.from_paths(KB_DIR, LEXICON_DIR)
    seen = 0
    for case in golden["cases"][::5]:
        for entity in detector.detect(fold(case["text"]), case["lang"]):
            again = Entity.model_validate(entity.model_dump())
            assert again == entity
            assert list(again.__dict__) == list(entity.__dict__)
            assert again.model_fields_set == entity.model_fields_set
            assert [m.model_fields_set for m in again.mentions] == [
                m.model_fields_set for m in entity.mentions
            ]
            assert again.model_dump_json() == entity.model_dump_json()
            assert all(m.text == case["text"][m.start : m.end] for m in entity.mentions)
            seen += 1
    assert seen > 50


if __name__ == "__main__":
    if "--write" in sys.argv or "--collect" in sys.argv:
        write(collect="--collect" in sys.argv)
    else:
        print(__doc__)
