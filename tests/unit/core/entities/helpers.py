"""What the entity detector finds in a short text, in the forms the entity tests
compare (the helpers their modules each wrote again): the text is folded as stage 1
folds it, then detected in the language given."""

from __future__ import annotations

from wirewatch.core.entities import EntityDetector
from wirewatch.core.textfold import fold


def ids_of(detector: EntityDetector, text: str, lang: str) -> set[str]:
    return {e.id for e in detector.detect(fold(text), lang)}


def mentions_of(detector: EntityDetector, text: str, lang: str) -> dict[str, list[str]]:
    """Each entity found, with the surfaces of its mentions."""
    return {e.id: [m.text for m in e.mentions] for e in detector.detect(fold(text), lang)}


def org_mentions_of(detector: EntityDetector, text: str, lang: str) -> dict[str, list[str]]:
    """Each organisation found, with the surfaces of its mentions."""
    return {
        e.id: [m.text for m in e.mentions]
        for e in detector.detect(fold(text), lang)
        if e.type.value == "ORG"
    }


def shaped_surfaces(detector: EntityDetector, text: str, lang: str) -> list[str]:
    """The surfaces of the persons found by their name's shape alone, in order."""
    return [
        m.text
        for e in detector.detect(fold(text), lang)
        if e.id.startswith("person:shape:")
        for m in e.mentions
    ]
