"""Institutions that no longer existed on the article's date, named by a bare alias.

A KB institution with a ``dissolved`` date (Türkiye's Prime Ministry, abolished in
July 2018; its Economy Ministry, merged the same month) keeps its full names for
history: "the Turkish Prime Ministry said in 2016" is still that body. Its ``local``
aliases, though, are the bare words a country's own press uses for its *current*
institution ("Başbakanlık", "Ekonomi Bakanlığı"): in an article dated after the
body was dissolved they name another country's (Libya's prime ministry, the building
a minister walked into), so those mentions are dropped, and the entity with them
when nothing else names it. Undated articles are left as found: the date decides.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from schemas import Entity, Mention
from wirewatch.core.entities.kb import KBEntity, alias_key
from wirewatch.core.entities.offices import term_covers
from wirewatch.core.yamlload import safe_load


class DatedInstitutions:
    """The KB's dissolved institutions and the aliases that name them in full."""

    def __init__(self, entities: Iterable[KBEntity]) -> None:
        #: id -> (dissolved date, folded full aliases)
        self._dissolved: dict[str, tuple[str, tuple[str, ...]]] = {
            ent.id: (
                ent.dissolved,
                tuple(alias_key(a) for a in (ent.name, *(a for _l, a in ent.aliases.items()))),
            )
            for ent in entities
            if ent.dissolved
        }

    def drop_gone(self, entities: list[Entity], when: datetime) -> list[Entity]:
        """``entities`` without the bare mentions of institutions dissolved before
        ``when`` (an entity left with no mention is dropped)."""
        if not self._dissolved or not any(e.id in self._dissolved for e in entities):
            return entities
        day = when.date().isoformat()
        out: list[Entity] = []
        for entity in entities:
            gone = self._dissolved.get(entity.id)
            if gone is None or day[: len(gone[0])] < gone[0]:
                out.append(entity)
                continue
            full = gone[1]
            kept = tuple(m for m in entity.mentions if any(a in alias_key(m.text) for a in full))
            if kept:
                out.append(entity.model_copy(update={"mentions": kept}))
        return out


_DATED_NAMES = (
    Path(__file__).resolve().parents[2] / "data" / "lexicons" / "entities" / "dated_names.yaml"
)


class _Period(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    id: str
    start: str = Field(default="", alias="from")
    end: str = Field(default="", alias="to")
    uncertain: bool = False
    note: str | None = None


class _DatedName(BaseModel):
    model_config = ConfigDict(extra="forbid")

    listed_under: str
    names: dict[str, list[str]]
    periods: list[_Period]


class DatedNames:
    """Descriptive names of a seat of power ("the Tripoli government") moved from the
    body the KB lists them under to the one that held the seat on the article's date
    (the GNA in 2020, not the GNU formed in 2021). Dates decide: an undated article
    keeps the KB's body."""

    def __init__(self, entities: Iterable[KBEntity], path: Path = _DATED_NAMES) -> None:
        with path.open(encoding="utf-8") as handle:
            rules = [_DatedName.model_validate(item) for item in safe_load(handle) or []]
        by_id = {ent.id: ent for ent in entities}
        #: listed-under id -> (folded descriptive names, [(from, to, body)])
        self._rules: dict[str, tuple[tuple[str, ...], list[tuple[str, str, Entity]]]] = {}
        for rule in rules:
            periods = []
            for period in rule.periods:
                body = by_id.get(period.id)
                if body is None or rule.listed_under not in by_id:
                    raise ValueError(f"{path}: unknown KB id {period.id or rule.listed_under}")
                template = Entity(
                    id=body.id,
                    type=body.type,
                    name=body.name,
                    country=body.country,
                    role=body.role,
                    found_by="kb",
                )
                periods.append((period.start, period.end, template))
            names = tuple(alias_key(n) for forms in rule.names.values() for n in forms)
            self._rules[rule.listed_under] = (names, periods)

    def redate(self, entities: list[Entity], when: datetime) -> list[Entity]:
        """``entities`` with the descriptive mentions of a listed body given to the
        body of ``when``'s period, when one is listed for it."""
        if not any(e.id in self._rules for e in entities):
            return entities
        day = when.date().isoformat()
        moved: dict[str, tuple[Entity, list[Mention]]] = {}
        out: list[Entity] = []
        for entity in entities:
            rule = self._rules.get(entity.id)
            body = None
            if rule is not None:
                body = next((t for a, b, t in rule[1] if term_covers(a, b, day)), None)
            if rule is None or body is None:
                out.append(entity)
                continue
            names = rule[0]
            descriptive = [m for m in entity.mentions if any(n in alias_key(m.text) for n in names)]
            if not descriptive:
                out.append(entity)
                continue
            kept = tuple(m for m in entity.mentions if m not in descriptive)
            if kept:
                out.append(entity.model_copy(update={"mentions": kept}))
            moved.setdefault(body.id, (body, []))[1].extend(descriptive)
        for body_id, (body, mentions) in moved.items():
            present = next((i for i, e in enumerate(out) if e.id == body_id), None)
            if present is None:
                out.append(
                    body.model_copy(update={"mentions": tuple(sorted(mentions, key=_start))})
                )
            else:
                old = out[present]
                merged = sorted(
                    {(m.start, m.end): m for m in (*old.mentions, *mentions)}.values(), key=_start
                )
                out[present] = old.model_copy(update={"mentions": tuple(merged)})
        out.sort(key=lambda e: (e.mentions[0].start if e.mentions else -1, e.id))
        return out


def _start(mention: Mention) -> int:
    return mention.start
