"""A given name alone links an office-holder only for the few people the press calls
by it (``bare_given_names.yaml``), or once the article has named the person in full;
a lesser official's given name alone (Mansur, يونس) names no one."""

from __future__ import annotations

import pytest

from tests.unit.core.entities.dated import people_on
from wirewatch.core.entities.bare_holders import given_name_holders


@pytest.mark.parametrize(
    ("lang", "text", "day", "holder", "surface"),
    [
        # listed: Arabic copy names Güler by rank and given name
        ("ar", "وأوضح الفريق يشار أن تركيا تراقب التطورات في ليبيا.", "2019-05-01",
         "person:yasar-guler", "يشار"),
        ("ar", "وبحث الوزير يشار في أنقرة مع نظيره الليبي دعم تركيا للتدريب.", "2024-05-01",
         "person:yasar-guler", "يشار"),
        # listed: the speaker by his given name (a common word, so after a title)
        ("ar", "وشدد رئيس عقيلة على أن ليبيا لن تقبل التدخل.", "2019-05-01",
         "person:aguila-saleh", "عقيلة"),
    ],
)  # fmt: skip
def test_a_listed_given_name_links_alone(detector, linker, lang, text, day, holder, surface):
    assert people_on(detector, linker, text, lang, day).get(holder) == [surface]


@pytest.mark.parametrize(
    ("lang", "text", "day", "holder"),
    [
        # Ankara's mayor, by his given name alone: far more often another Mansur
        ("ar", "وأكد منصور أن العلاقات بين تركيا وليبيا تتحسن.", "2024-05-01",
         "person:mansur-yavas"),
        ("en", "Mansur told reporters the Libya agreement was good for Turkey.", "2024-05-01",
         "person:mansur-yavas"),
        # a Russian deputy minister by his given name alone
        ("ar", "وصرح يونس بأن الوفد الروسي سيعود إلى بنغازي في ليبيا.", "2024-05-01",
         "person:yunus-bek-yevkurov"),
        # a title does not make a lesser official's given name his
        ("tr", "Toplantıda Libya ile ticaret konuşuldu ve Bakan Ömer söz aldı.", "2024-05-01",
         "person:omer-bolat"),
    ],
)  # fmt: skip
def test_a_lesser_officials_given_name_alone_links_nothing(
    detector, linker, lang, text, day, holder
):
    assert holder not in people_on(detector, linker, text, lang, day)


@pytest.mark.parametrize(
    ("lang", "text", "day", "holder", "full", "given"),
    [
        ("en", "Mansur Yavaş flew to Tripoli on Monday. Later Mansur said Libya mattered.",
         "2024-05-01", "person:mansur-yavas", "Mansur Yavaş", "Mansur"),
        ("ar", "استقبل يشار غولر وفدا ليبيا في أنقرة. وقال يشار إن تركيا تدعم ليبيا.",
         "2024-05-01", "person:yasar-guler", "يشار غولر", "يشار"),
    ],
)  # fmt: skip
def test_after_a_full_mention_the_given_name_is_his(
    detector, linker, lang, text, day, holder, full, given
):
    assert people_on(detector, linker, text, lang, day).get(holder) == [full, given]


def test_every_listed_person_is_a_kb_office_holder(detector) -> None:
    by_id = {e.id: e for e in detector.entities}
    listed = given_name_holders()
    assert listed, "the list should not be empty"
    for person in listed:
        assert person in by_id, f"{person}: not in the KB"
        assert by_id[person].terms, f"{person}: no terms, so never an office-holder"
