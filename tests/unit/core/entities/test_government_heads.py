"""The head of a named government ("رئيس حكومة الوحدة الوطنية", "GNA prime minister",
"Ulusal Birlik Hükümeti Başbakanı") or of "the Libyan government" is linked to that
government's prime minister on the article's date; a government's prime minister
is also the country's (one KB term feeds both offices)."""

from __future__ import annotations

from datetime import datetime

import pytest

from schemas import EntityType
from wirewatch.core.textfold import fold


def _role_people(detector, linker, text: str, lang: str, day: str) -> dict[str, list[str]]:
    folded = fold(text)
    found = linker.link(folded, lang, detector.detect(folded, lang), datetime.fromisoformat(day))
    return {
        e.id: [m.text for m in e.mentions]
        for e in found
        if e.type is EntityType.PERSON and e.found_by == "role"
    }


@pytest.mark.parametrize(
    ("office", "day", "holder"),
    [
        ("gnu-prime-minister", "2022-06-01", "person:abdul-hamid-dbeibah"),
        ("gna-prime-minister", "2019-06-01", "person:fayez-al-sarraj"),
        # the GNA's head is no one once it was replaced
        ("gna-prime-minister", "2022-06-01", None),
        # the GNU term still feeds the country's office; the eastern rival yields
        ("prime-minister", "2022-06-01", "person:abdul-hamid-dbeibah"),
    ],
)
def test_a_government_term_feeds_its_own_office_and_the_countrys(
    linker, office, day, holder
) -> None:
    found = linker.holders.holder_at("LY", office, day)
    assert (found.id if found else None) == holder


@pytest.mark.parametrize(
    ("lang", "text", "day", "holder", "surface"),
    [
        ("ar", "وصل رئيس حكومة الوحدة الوطنية إلى أنقرة في زيارة رسمية.", "2022-06-01",
         "person:abdul-hamid-dbeibah", "رئيس حكومة الوحدة الوطنية"),
        ("ar", "وصل رئيس حكومة الوفاق إلى أنقرة في زيارة رسمية.", "2019-06-01",
         "person:fayez-al-sarraj", "رئيس حكومة الوفاق"),
        ("ar", "وصل رئيس الحكومة الليبية إلى أنقرة في زيارة رسمية.", "2022-06-01",
         "person:abdul-hamid-dbeibah", "رئيس الحكومة الليبية"),
        ("tr", "Libya Ulusal Birlik Hükümeti Başbakanı bugün Ankara'ya geldi.", "2022-06-01",
         "person:abdul-hamid-dbeibah", "Ulusal Birlik Hükümeti Başbakanı"),
        ("en", "The GNA prime minister arrived in Ankara on Monday.", "2019-06-01",
         "person:fayez-al-sarraj", "GNA prime minister"),
        ("en", "The head of the Libyan government arrived in Ankara.", "2022-06-01",
         "person:abdul-hamid-dbeibah", "head of the Libyan government"),
    ],
)  # fmt: skip
def test_the_head_of_a_government_is_its_holder_that_day(
    detector, linker, lang, text, day, holder, surface
) -> None:
    assert _role_people(detector, linker, text, lang, day) == {holder: [surface]}


@pytest.mark.parametrize(
    ("lang", "text", "day"),
    [
        # a name follows: the name is the person
        ("tr", "Libya Ulusal Birlik Hükümeti Başbakanı Abdülhamid Dibeybe Ankara'ya geldi.",
         "2022-06-01"),
        ("ar", "وصل رئيس حكومة الوفاق فائز السراج إلى أنقرة.", "2019-06-01"),
        # the deputy, the former one
        ("ar", "وصل نائب رئيس حكومة الوحدة الوطنية إلى أنقرة.", "2022-06-01"),
        ("ar", "وصل رئيس الحكومة الليبية السابق إلى أنقرة.", "2022-06-01"),
        # a government that no longer sat that day
        ("ar", "وصل رئيس حكومة الوفاق إلى أنقرة في زيارة رسمية.", "2022-06-01"),
    ],
)  # fmt: skip
def test_no_link_for_a_title_a_deputy_a_former_or_a_past_government(
    detector, linker, lang, text, day
) -> None:
    assert _role_people(detector, linker, text, lang, day) == {}
