"""A one-word person alias right after a given name that is not that person's names
someone else (``other_given``): not linked to the best-known bearer; the person's own
given and middle names, titles and sentence starts keep the link."""

from __future__ import annotations

import pytest

from wirewatch.core.entities import EntityDetector
from wirewatch.core.textfold import fold


def _ids(detector: EntityDetector, text: str, lang: str) -> set[str]:
    return {entity.id for entity in detector.detect(fold(text), lang)}


@pytest.mark.parametrize(
    ("text", "lang", "absent"),
    [
        (  # the Turkish consul in Benghazi, not the foreign minister
            "Türkiye'nin Bingazi Başkonsolosu Ali Davutoğlu havalimanında heyeti karşıladı.",
            "tr",
            "person:ahmet-davutoglu",
        ),
        (  # suffixed, another given name
            "Libya heyetini Mehmet Davutoğlu'nun evinde ağırladılar.",
            "tr",
            "person:ahmet-davutoglu",
        ),
        (
            "The consul Ali Davutoglu met reporters in Benghazi.",
            "en",
            "person:ahmet-davutoglu",
        ),
    ],
)
def test_another_given_name_takes_the_surname(
    detector: EntityDetector, text: str, lang: str, absent: str
) -> None:
    assert absent not in _ids(detector, text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "present"),
    [
        ("Dışişleri Bakanı Davutoğlu, Abdülcelil ile görüştü.", "tr", "person:ahmet-davutoglu"),
        ("Davutoğlu, Bingazi'ye gitti.", "tr", "person:ahmet-davutoglu"),
        ("Ahmet Davutoğlu Bingazi'de temaslarda bulundu.", "tr", "person:ahmet-davutoglu"),
        # a middle name the person owns, or a father's name inserted after the given name
        ("Libya Başbakanı Hamid Dabaiba, Fidan ile görüştü.", "tr", "person:abdul-hamid-dbeibah"),
        ("Halife Belkasım Hafter, Ankara'ya geldi.", "tr", "person:khalifa-haftar"),
        ("Turkish President Tayyip Erdogan spoke.", "en", "person:recep-tayyip-erdogan"),
        # the person's given name in another transliteration
        ("Erdogan spoke to Mohammad Menfi by phone.", "en", "person:mohamed-menfi"),
    ],
)
def test_own_names_titles_and_sentence_starts_keep_the_link(
    detector: EntityDetector, text: str, lang: str, present: str
) -> None:
    assert present in _ids(detector, text, lang)
