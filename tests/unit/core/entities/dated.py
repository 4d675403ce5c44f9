"""Text through the detector and the role linker on an article's day, as stage 1 runs
them, for the tests of rules that depend on the date (offices, holders, dissolved
institutions)."""

from __future__ import annotations

from datetime import datetime

from schemas import Entity, EntityType
from wirewatch.core.entities import EntityDetector
from wirewatch.core.entities.roles_by_date import RoleLinker
from wirewatch.core.textfold import fold


def linked_on(
    detector: EntityDetector, linker: RoleLinker, text: str, lang: str, day: str
) -> list[Entity]:
    folded = fold(text)
    return linker.link(folded, lang, detector.detect(folded, lang), datetime.fromisoformat(day))


def people(entities: list[Entity]) -> dict[str, list[str]]:
    """Each person found, with the surfaces of their mentions."""
    return {e.id: [m.text for m in e.mentions] for e in entities if e.type is EntityType.PERSON}


def people_on(
    detector: EntityDetector, linker: RoleLinker, text: str, lang: str, day: str
) -> dict[str, list[str]]:
    """Each person found in ``text`` on ``day``, with the surfaces of their mentions."""
    return people(linked_on(detector, linker, text, lang, day))
