"""``wirewatch eval contacts``: contact-pair and alert precision/recall on a labelled set.

The set (``wirewatch/data/eval/contacts/articles.jsonl``) holds articles written for
the project in Arabic, English and Turkish, each with its gold contact pairs and the
alerts a replay of the whole set as a stream must raise. Pairs are scored per article
(an article's predicted pair set against its gold set, historical ones included);
alerts are scored over the replay in publication order, a predicted alert counting
only if the pair and the reason (new/renewed) both match.

Entities come from the real detector (``wirewatch.core.entities``, the default, as in
the pipeline) or from a small gazetteer shipped with the set, whose ids follow the
knowledge base, so the contact rules can be measured on their own.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import Any

from schemas import Entity, Mention
from wirewatch.core.contacts import ContactDetector, ContactRegistry, Watch
from wirewatch.core.normalise import normalise
from wirewatch.core.textfold import FoldedText, fold_char_string
from wirewatch.core.yamlload import safe_load

EntityFn = Callable[[FoldedText, str | None], list[Entity]]
_DATA = "eval/contacts"


def default_set_path() -> Path:
    return Path(str(resources.files("wirewatch.data").joinpath(f"{_DATA}/articles.jsonl")))


def load_articles(path: Path | None = None) -> list[dict[str, Any]]:
    path = path or default_set_path()
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


class Gazetteer:
    """Alias lookup standing in for the entity detector (longest match wins)."""

    _PROCLITICS = "(?:[وفبلك]|وب|ول|فب)?"

    def __init__(self, entries: Sequence[dict[str, Any]]) -> None:
        self._entries = {e["id"]: e for e in entries}
        aliases: list[tuple[str, str]] = []
        for entry in entries:
            for alias in entry.get("aliases", []):
                aliases.append((" ".join(fold_char_string(alias).split()), entry["id"]))
        aliases.sort(key=lambda a: -len(a[0]))
        self._alias_to_id = dict(aliases)
        body = "|".join(re.escape(a).replace(r"\ ", r"\s+") for a, _ in aliases)
        self._pattern = re.compile(rf"(?<!\w){self._PROCLITICS}(?P<name>{body})(?!\w)")

    @classmethod
    def default(cls) -> Gazetteer:
        source = resources.files("wirewatch.data").joinpath(f"{_DATA}/entities.yaml")
        return cls(safe_load(source.read_text(encoding="utf-8"))["entities"])

    def detect(self, folded: FoldedText, lang: str | None = None) -> list[Entity]:
        del lang
        mentions: dict[str, list[Mention]] = {}
        for match in self._pattern.finditer(folded.folded):
            name = " ".join(match["name"].split())
            entity_id = self._alias_to_id[name]
            start, end = folded.to_display(match.start("name"), match.end("name"))
            mention = Mention(text=folded.display[start:end], start=start, end=end)
            mentions.setdefault(entity_id, []).append(mention)
        out = []
        for entity_id, found in mentions.items():
            entry = self._entries[entity_id]
            out.append(
                Entity(
                    id=entity_id,
                    type=entry["type"],
                    name=entry["name"],
                    country=entry.get("country"),
                    role=entry.get("role"),
                    found_by=entry.get("found_by", "kb"),
                    mentions=tuple(found),
                )
            )
        return out


def entity_function(kind: str = "detector") -> tuple[str, EntityFn]:
    """``detector`` (default), ``gazetteer`` or ``auto`` (the detector when installed)."""
    if kind in ("detector", "auto"):
        try:
            from wirewatch.core.entities import EntityDetector

            detector = EntityDetector.default()
        except Exception:
            # auto: the detector (or its knowledge base) is not there yet.
            if kind == "detector":
                raise
        else:
            return "detector", detector.detect
    return "gazetteer", Gazetteer.default().detect


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    def add(self, predicted: set[Any], gold: set[Any]) -> None:
        self.tp += len(predicted & gold)
        self.fp += len(predicted - gold)
        self.fn += len(gold - predicted)

    def line(self, label: str) -> str:
        return (
            f"{label:<22} precision {self.precision:.3f}  recall {self.recall:.3f}  "
            f"(tp {self.tp}, fp {self.fp}, fn {self.fn})"
        )


@dataclass
class Report:
    entities: str
    articles: int
    pairs: Score = field(default_factory=Score)
    pairs_by_lang: dict[str, Score] = field(default_factory=dict)
    alerts: Score = field(default_factory=Score)
    errors: list[str] = field(default_factory=list)

    def lines(self, verbose: bool = False) -> list[str]:
        out = [f"contacts eval: {self.articles} articles, entities from {self.entities}"]
        out.append(self.pairs.line("contact pairs"))
        for lang in sorted(self.pairs_by_lang):
            out.append(self.pairs_by_lang[lang].line(f"  pairs [{lang}]"))
        out.append(self.alerts.line("alerts (replay)"))
        if verbose:
            out += self.errors
        return out


def _key(pair: Sequence[str]) -> str:
    a, b = sorted(pair)
    return f"{a}|{b}"


def _time(value: str | None) -> datetime | None:
    if not value:
        return None
    when = datetime.fromisoformat(value.replace("Z", "+00:00"))
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def run(
    articles: Sequence[dict[str, Any]],
    entities: EntityFn,
    *,
    entities_label: str = "custom",
    watches: Sequence[Watch] | None = None,
    renew_after_days: float = 30.0,
) -> Report:
    detector = ContactDetector.default(watches)
    registry = ContactRegistry({}, renew_after_days=renew_after_days)
    report = Report(entities=entities_label, articles=len(articles))
    epoch = datetime(1970, 1, 1, tzinfo=UTC)
    ordered = sorted(articles, key=lambda a: (_time(a.get("published_at")) or epoch, a["id"]))
    for article in ordered:
        published = _time(article.get("published_at"))
        norm = normalise(
            title=article.get("title"),
            body=article["text"],
            url=None,
            published_at=published,
            lang_hint=article.get("lang"),
        )
        found = entities(norm.folded, norm.language.lang)
        events = detector.detect(
            article_id=article["id"],
            source=article["source"],
            url=article.get("url"),
            title=article.get("title"),
            text=norm.text,
            folded=norm.folded,
            lang=norm.language.lang,
            published_at=published,
            entities=found,
            pipeline_version="eval",
        )
        predicted = {e.pair_key for e in events}
        gold = {_key(p["pair"]) for p in article.get("gold_pairs", [])}
        report.pairs.add(predicted, gold)
        report.pairs_by_lang.setdefault(article["lang"], Score()).add(predicted, gold)
        for key in sorted(predicted - gold):
            report.errors.append(f"  pair FP {article['id']}: {key}")
        for key in sorted(gold - predicted):
            report.errors.append(f"  pair FN {article['id']}: {key}")

        duplicate = article.get("duplicate_of") is not None
        raised = set()
        for event in events:
            alert = registry.observe(event, duplicate=duplicate, now=published or epoch)
            if alert is not None:
                raised.add((alert.pair_key, alert.reason.value))
        expected = {(_key(a["pair"]), a["reason"]) for a in article.get("expected_alerts", [])}
        report.alerts.add(raised, expected)
        for key, reason in sorted(raised - expected):
            report.errors.append(f"  alert FP {article['id']}: {key} ({reason})")
        for key, reason in sorted(expected - raised):
            report.errors.append(f"  alert FN {article['id']}: {key} ({reason})")
    return report
