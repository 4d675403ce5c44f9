"""A dissolved institution's bare local alias names some other body in an article
dated after it; its full names still name it (history)."""

from __future__ import annotations

from datetime import datetime

from wirewatch.core.textfold import fold

PM = "org:tr-prime-ministry"


def _ids(detector, linker, text: str, day: str) -> set[str]:
    folded = fold(text)
    found = linker.link(folded, "tr", detector.detect(folded, "tr"), datetime.fromisoformat(day))
    return {e.id for e in found}


# real copy (tr-10001, a 2025 visit to Tripoli): Libya's prime ministry building
BUILDING = "Ardından Başbakanlık binasına geçen Bakan Yerlikaya, Dibeybe ile bir araya geldi."


def test_bare_alias_after_dissolution_is_not_linked(detector, linker) -> None:
    assert PM not in _ids(detector, linker, BUILDING, "2025-11-25")


def test_bare_alias_before_dissolution_still_links(detector, linker) -> None:
    assert PM in _ids(detector, linker, BUILDING, "2016-03-01")


def test_full_name_after_dissolution_is_history(detector, linker) -> None:
    text = "Türkiye Başbakanlığı 2016'da Libya için yardım gönderdi."
    assert PM in _ids(detector, linker, text, "2024-05-01")
