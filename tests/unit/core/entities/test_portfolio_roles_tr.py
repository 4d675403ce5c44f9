"""Turkish copy names a minister by portfolio between the country and the title
("Libya Kültür Bakanı X", "Libya Ekonomi ve Ticaret Bakanı X"): the role pattern
finds the official the KB lacks there as it does after "İçişleri Bakanı"; a
capitalised headline noun after the title is still no name."""

from __future__ import annotations

import pytest

from wirewatch.core.entities import EntityDetector
from wirewatch.core.textfold import fold


def _people(detector: EntityDetector, text: str) -> dict[str, str | None]:
    return {
        " ".join(m.text for m in e.mentions[:1]): e.country
        for e in detector.detect(fold(text), "tr")
        if e.type.value == "PERSON"
    }


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Libya Planlama Bakanı Fahir Ebuferna, Ankara'da temaslarda bulundu.", "Fahir Ebuferna"),
        ("Libya Petrol ve Gaz Bakanı Halil Zentani açıklama yaptı.", "Halil Zentani"),
        ("Libyalı Ulaştırma Bakanı Selim Kuşçu, törende konuştu.", "Selim Kuşçu"),
    ],
)
def test_a_portfolio_minister_is_found(detector: EntityDetector, text: str, name: str) -> None:
    people = _people(detector, text)
    assert people.get(name) == "LY"


def test_a_headline_noun_after_the_title_is_no_name(detector: EntityDetector) -> None:
    assert _people(detector, "Libya Sağlık Bakanı Açıklama Yaptı") == {}
