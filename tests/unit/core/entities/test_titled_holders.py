"""A name after an office title links to the office's holder that day whose KB name
ends with it ("رئيس الأركان محمد الشريف"), a name too common to link bare."""

from __future__ import annotations

import pytest

from tests.unit.core.entities.dated import people_on


@pytest.mark.parametrize(
    ("lang", "text", "day", "holder", "surface"),
    [
        # real copy (viory.video, July 2020): the GNA's chief of staff, given name and surname
        ("ar", "ومن بينهم رئيس الأركان محمد الشريف وقائد القوات البحرية.", "2020-07-03",
         "person:mohammed-al-sharif", "محمد الشريف"),
        # a surname alone, a proclitic on the title
        ("ar", "وقال ورئيس الأركان الحداد إن التعاون مستمر.", "2021-07-03",
         "person:mohammed-al-haddad", "الحداد"),
        # given name and surname after the title, the holder's office by the date
        ("en", "Chief of Staff Yasar Guler arrived.", "2021-06-01",
         "person:yasar-guler", "Yasar Guler"),
    ],
)  # fmt: skip
def test_the_holder_that_day_who_bears_the_name(
    detector, linker, lang, text, day, holder, surface
) -> None:
    assert people_on(detector, linker, text, lang, day).get(holder) == [surface]


@pytest.mark.parametrize(
    ("lang", "text", "day"),
    [
        # al-Sharif no longer held the office in 2022: the title does not vouch for him
        ("ar", "ومن بينهم رئيس الأركان محمد الشريف وقائد القوات البحرية.", "2022-07-03"),
        # the deputy's title
        ("ar", "وقال نائب رئيس الأركان الحداد إن التعاون مستمر.", "2021-07-03"),
        # a word no holder's name ends with
        ("ar", "وقال وزير الخارجية محمد إن الزيارة مهمة.", "2021-07-03"),
        # the name does not follow the title directly
        ("ar", "وقال رئيس الأركان، الحداد، إن التعاون مستمر.", "2021-07-03"),
    ],
)
def test_no_link_without_a_holder_that_fits(detector, linker, lang, text, day) -> None:
    people = people_on(detector, linker, text, lang, day)
    assert not {"person:mohammed-al-sharif", "person:mohammed-al-haddad"} & set(people)


def test_holders_at_spans_countries(linker) -> None:
    held = {p.id for p in linker.holders.holders_at("chief-of-general-staff", "2021-06-01")}
    assert held == {"person:mohammed-al-haddad", "person:yasar-guler"}
    foreign = {p.id for p in linker.holders.holders_at("foreign-minister", "2021-06-01")}
    assert {"person:mevlut-cavusoglu", "person:najla-mangoush"} <= foreign
    assert "person:hakan-fidan" not in foreign
