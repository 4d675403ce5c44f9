"""Entity detection quality on the labelled set (``wirewatch eval entities``).

The set (``wirewatch/data/eval/entities/*.jsonl``) holds articles written for the
project in Arabic, English and Turkish, one JSON object a line::

    {"id": "ar-01", "lang": "ar", "text": "...",
     "entities": [{"id": "person:khalifa-haftar", "type": "PERSON",
                   "mentions": [{"text": "حفتر", "start": 10, "end": 14}]}]}

Labelling scheme: every mention of a knowledge-base entity (full name, surname,
short form) and of a country or city; nationality adjectives standing alone as a
mention of their country (GPE); generic national actors (``org:generic:TR:delegation``);
officials introduced by role + nationality + name (``person:pattern:<folded-name>``)
and their later surname mentions. Names outside this scheme are not labelled.

Scores, per language and per type:

* **mentions**: a predicted mention is correct when a gold mention of the same
  entity id overlaps it (clitics and suffixes may sit on either side);
* **entities**: per article, the set of entity ids found against the gold set.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from wirewatch.core.entities import EntityDetector
from wirewatch.core.textfold import fold

DEFAULT_SET = Path(__file__).resolve().parents[1] / "data" / "eval" / "entities"


@dataclass(frozen=True)
class GoldMention:
    id: str
    type: str
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Article:
    id: str
    lang: str
    text: str
    gold: tuple[GoldMention, ...]


def load_set(path: Path = DEFAULT_SET) -> list[Article]:
    files = sorted(path.glob("*.jsonl")) if path.is_dir() else [path]
    out: list[Article] = []
    for file in files:
        for n, line in enumerate(file.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            row = json.loads(line)
            text = row["text"]
            gold: list[GoldMention] = []
            for ent in row["entities"]:
                for m in ent["mentions"]:
                    start, end = m["start"], m["end"]
                    if text[start:end] != m["text"]:
                        raise ValueError(f"{file}:{n}: {m['text']!r} is not at {start}:{end}")
                    gold.append(GoldMention(ent["id"], ent["type"], start, end, m["text"]))
            out.append(Article(row["id"], row["lang"], text, tuple(gold)))
    return out


@dataclass
class Counts:
    tp_pred: int = 0  # predicted items that are right
    pred: int = 0
    tp_gold: int = 0  # gold items found
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.tp_pred / self.pred if self.pred else 1.0

    @property
    def recall(self) -> float:
        return self.tp_gold / self.gold if self.gold else 1.0


@dataclass
class Report:
    mentions: dict[tuple[str, str], Counts] = field(default_factory=lambda: defaultdict(Counts))
    entities: dict[tuple[str, str], Counts] = field(default_factory=lambda: defaultdict(Counts))
    errors: list[str] = field(default_factory=list)

    def rows(self, table: dict[tuple[str, str], Counts]) -> Iterator[tuple[str, str, Counts]]:
        for (lang, typ), counts in sorted(table.items()):
            yield lang, typ, counts


def evaluate(articles: Iterable[Article], detector: EntityDetector | None = None) -> Report:
    detector = detector or EntityDetector.default()
    report = Report()
    for art in articles:
        predicted = detector.detect(fold(art.text), art.lang)
        pred = [(e.id, e.type.value, m.start, m.end, m.text) for e in predicted for m in e.mentions]
        for pid, ptype, s, e, text in pred:
            ok = any(g.id == pid and g.start < e and s < g.end for g in art.gold)
            for key in ((art.lang, ptype), (art.lang, "ALL")):
                report.mentions[key].pred += 1
                report.mentions[key].tp_pred += ok
            if not ok:
                report.errors.append(f"{art.id} FP {pid} {text!r} @{s}")
        for g in art.gold:
            ok = any(pid == g.id and s < g.end and g.start < e for pid, _t, s, e, _x in pred)
            for key in ((art.lang, g.type), (art.lang, "ALL")):
                report.mentions[key].gold += 1
                report.mentions[key].tp_gold += ok
            if not ok:
                report.errors.append(f"{art.id} FN {g.id} {g.text!r} @{g.start}")
        gold_ids = {g.id: g.type for g in art.gold}
        pred_ids = {e.id: e.type.value for e in predicted}
        for eid, typ in pred_ids.items():
            for key in ((art.lang, typ), (art.lang, "ALL")):
                report.entities[key].pred += 1
                report.entities[key].tp_pred += eid in gold_ids
        for eid, typ in gold_ids.items():
            for key in ((art.lang, typ), (art.lang, "ALL")):
                report.entities[key].gold += 1
                report.entities[key].tp_gold += eid in pred_ids
    return report


TARGET_PRECISION = 0.90
TARGET_RECALL = 0.85


def format_report(report: Report, show_errors: bool = False) -> str:
    lines: list[str] = []
    for title, table in (("mentions", report.mentions), ("entities per article", report.entities)):
        lines.append(f"== {title}")
        lines.append(f"{'lang':<5}{'type':<8}{'P':>7}{'R':>7}{'F1':>7}{'gold':>7}{'pred':>7}")
        for lang, typ, c in report.rows(table):
            p, r = c.precision, c.recall
            f1 = 2 * p * r / (p + r) if p + r else 0.0
            lines.append(f"{lang:<5}{typ:<8}{p:>7.3f}{r:>7.3f}{f1:>7.3f}{c.gold:>7}{c.pred:>7}")
    if show_errors and report.errors:
        lines.append("== errors")
        lines.extend(report.errors)
    return "\n".join(lines)


def meets_targets(report: Report) -> bool:
    return all(
        c.precision >= TARGET_PRECISION and c.recall >= TARGET_RECALL
        for table in (report.mentions, report.entities)
        for (_lang, typ), c in table.items()
        if typ == "ALL"
    )
