"""The real-text dev-set files follow the format rules (checked by scripts/check_real_devset.py)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[3] / "scripts" / "check_real_devset.py"
_spec = importlib.util.spec_from_file_location("check_real_devset", SCRIPT)
assert _spec and _spec.loader
checker = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(checker)

DEVSET_FILES = sorted(checker.REAL_DIR.glob("*.jsonl"))


def test_there_are_devset_files() -> None:
    assert DEVSET_FILES, f"no dev-set files in {checker.REAL_DIR}"


@pytest.mark.parametrize("path", DEVSET_FILES, ids=lambda p: p.name)
def test_devset_file_follows_the_rules(path: Path) -> None:
    problems, records = checker.check_file(path)
    assert records > 0
    assert problems == []


GOOD = {
    "id": "ar-001",
    "lang": "ar",
    "url": "https://www.example.com/news/1",
    "outlet": "example.com",
    "published_at": "2020-01-13",
    "text": "استقبل أردوغان السراج في إسطنبول. وبحث الجانبان الوضع في ليبيا.",
    "entities": [
        {"name": "Recep Tayyip Erdogan", "type": "PERSON", "country": "TR", "surface": ["أردوغان"]},
        {"name": "Fayez al-Sarraj", "type": "PERSON", "country": "LY", "surface": ["السراج"]},
        {"name": "Istanbul", "type": "LOC", "country": "TR", "surface": ["إسطنبول"]},
        {"name": "Libya", "type": "GPE", "country": "LY", "surface": ["ليبيا"]},
    ],
    "contacts": [
        {
            "a": "Recep Tayyip Erdogan",
            "b": "Fayez al-Sarraj",
            "kind": "meeting",
            "historical": False,
        }
    ],
    "classes": [],
}


def write_lines(tmp_path: Path, records: list[dict]) -> Path:
    path = tmp_path / "ar.jsonl"
    lines = [json.dumps(r, ensure_ascii=False) for r in records]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_good_record_passes(tmp_path: Path) -> None:
    assert checker.check_file(write_lines(tmp_path, [GOOD])) == ([], 1)


def broken(**changes: object) -> dict:
    record = json.loads(json.dumps(GOOD))
    record.update(changes)
    return record


@pytest.mark.parametrize(
    ("record", "complaint"),
    [
        (broken(text=GOOD["text"].replace("السراج", "فايز")), "is not in the text"),
        (broken(text="جملة. " * 4), "sentences"),
        (broken(text="ا" * 601), "characters"),
        (broken(outlet="www.example.com"), "outlet"),
        (broken(published_at="13/01/2020"), "published_at"),
        (broken(lang="en"), "lang"),
        (
            broken(
                contacts=[
                    {
                        "a": "Recep Tayyip Erdogan",
                        "b": "Libya",
                        "kind": "meeting",
                        "historical": False,
                    }
                ]
            ),
            "not a person or organisation",
        ),
        (
            broken(
                contacts=[
                    {
                        "a": "Recep Tayyip Erdogan",
                        "b": "Recep Tayyip Erdogan",
                        "kind": "meeting",
                        "historical": False,
                    }
                ]
            ),
            "not between a TR and a LY actor",
        ),
        (
            broken(
                contacts=[
                    {
                        "a": "Recep Tayyip Erdogan",
                        "b": "Khalifa Haftar",
                        "kind": "meeting",
                        "historical": False,
                    }
                ]
            ),
            "not entities",
        ),
        (broken(classes=["negative"]), "'negative'"),
        (broken(contacts=[], classes=[]), "'negative'"),
        (broken(classes=["recap"]), "'recap'"),
        (broken(classes=["unheard_of"]), "unknown class"),
    ],
)
def test_a_broken_record_is_reported(tmp_path: Path, record: dict, complaint: str) -> None:
    problems, _ = checker.check_file(write_lines(tmp_path, [record]))
    assert any(complaint in problem for problem in problems), problems


def test_duplicate_ids_and_too_many_excerpts_of_one_page_are_reported(tmp_path: Path) -> None:
    records = [broken(id=f"ar-{n:03d}") for n in range(5)] + [GOOD]
    problems, records_read = checker.check_file(write_lines(tmp_path, records))
    assert records_read == 6
    assert any("used 2 times" in problem for problem in problems)
    assert any("excerpts from one page" in problem for problem in problems)


def test_unparsable_line_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "ar.jsonl"
    path.write_text('{"id": "ar-001"\n', encoding="utf-8")
    problems, _ = checker.check_file(path)
    assert any("not JSON" in problem for problem in problems)


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("One. Two. Three.", 3),
        ("جملة. جملة. جملة. جملة.", 4),
        ("عنوان بلا نقطة\nجملة أولى. جملة ثانية.", 3),
        ("Concerned about H.E. Mr. Ali Zeidan, Prime Minister of Libya.\n\nWe are consoled.", 2),
        ("Killed were Gen. Al-Haddad, Lt. Gen. Gribel and Brig. Gen. X on Dec. 23.", 1),
        ('Dibeybe "Türkiye ortağımız." şeklinde konuştu.', 1),
        ("Accompanied by the chief of staff and other commanders,\nAkar met Bashagha.", 1),
        ("It cost 3.5 million dollars. Then more came", 2),
    ],
)
def test_sentences_are_counted_past_abbreviations_quotes_and_wraps(
    text: str, sentences: int
) -> None:
    assert checker.count_sentences(text) == sentences
