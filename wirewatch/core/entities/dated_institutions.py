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

from schemas import Entity
from wirewatch.core.entities.kb import KBEntity, alias_key


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
