"""A surname or given name alone links to the one office-holder bearing it on the
article's date, with a title or a verb of saying before it and the person's country
in context; never a common word without a title, a name tail many people share, a
bearer out of office, or a word inside a longer unknown name."""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.unit.core.entities.dated import people_on
from wirewatch.core.textfold import fold


@pytest.mark.parametrize(
    ("lang", "text", "day", "holder", "surface"),
    [
        # real copy (tr-11009's wording): a minister's title, a surname Baykar's
        # founders share; only one bearer was a minister that day, and Turkish copy
        # needs no "Türkiye" to be about a Turkish minister
        ("tr", 'Bakan Bayraktar, "Dost ve kardeş Libya ile çalışıyoruz" dedi.', "2026-01-24",
         "person:alparslan-bayraktar", "Bayraktar"),
        # a Turkish case suffix after the apostrophe is not part of the name
        ("tr", "Libya heyeti Bakan Bayraktar'ı ziyaret etti.", "2025-03-01",
         "person:alparslan-bayraktar", "Bayraktar"),
    ],
)  # fmt: skip
def test_the_one_holder_that_day(detector, linker, lang, text, day, holder, surface) -> None:
    assert people_on(detector, linker, text, lang, day).get(holder) == [surface]


@pytest.mark.parametrize(
    ("lang", "text", "day", "holder"),
    [
        # before he became a minister, "Bayraktar" names no office-holder by that title
        ("tr", 'Bakan Bayraktar, "Dost ve kardeş Libya ile çalışıyoruz" dedi.', "2022-01-24",
         "person:alparslan-bayraktar"),
        # a common word (stoplists.yaml) with no title: Baykar's Bayraktar or a flag-bearer
        ("tr", "Toplantıya Bayraktar da katıldı ve Libya heyetiyle görüştü.", "2025-03-01",
         "person:alparslan-bayraktar"),
        # a name tail twenty people share (أوغلو): many bearers were in office in 2020
        ("ar", "وقال أوغلو إن تركيا تدعم ليبيا.", "2020-06-03", "person:mevlut-cavusoglu"),
        # Arabic: no title and no verb of saying before it
        ("ar", "زار وفد يلماز طرابلس في ليبيا مع تركيا.", "2022-03-01", "person:kenan-yilmaz"),
        # Latin script: part of a longer name the KB does not know
        ("en", "Turkish businessman Ahmet Yilmaz visited Libya.", "2022-03-01",
         "person:kenan-yilmaz"),
        # mourning, not the chief of staff: a common word with no title
        ("ar", "وأعلن الحداد ثلاثة أيام في ليبيا.", "2025-12-23", "person:mohammed-al-haddad"),
    ],
)  # fmt: skip
def test_no_link_without_support(detector, linker, lang, text, day, holder) -> None:
    assert holder not in people_on(detector, linker, text, lang, day)


def _bare(detector, linker, text: str, lang: str, day: str) -> dict[str, str]:
    """What the bare-holder rule alone links (the detector's own surname defaults
    aside): holder id -> surface."""
    folded = fold(text)
    found = linker.bare.find(
        folded, lang, datetime.fromisoformat(day), detector.detect(folded, lang)
    )
    return {b.holder.id: folded.display[b.start : b.end] for b in found}


def test_a_country_the_article_does_not_name_is_no_context(detector, linker) -> None:
    # Arabic copy has no home country to fall back on: Egypt's chief of staff after a
    # verb of saying, in an article that names no Egyptian entity
    assert _bare(detector, linker, "وقال خليفة إن التعاون مستمر.", "ar", "2025-01-10") == {}


def test_two_bearers_in_office_link_neither(detector, linker) -> None:
    # Kenan Yılmaz (ambassador) and Cevdet Yılmaz (vice president) both held office
    # in 2023-09: "وقال يلماز" names one of them, the rule cannot say which
    text = "وقال يلماز إن تركيا تدعم الانتخابات في ليبيا."
    assert _bare(detector, linker, text, "ar", "2023-09-01") == {}


def test_a_verb_of_saying_and_the_country_in_context(detector, linker) -> None:
    # Ömer Bolat, trade minister from June 2023, by his surname after "وقال"
    text = "وقال بولات إن تركيا تدعم الانتخابات في ليبيا."
    assert _bare(detector, linker, text, "ar", "2024-03-01") == {"person:omer-bolat": "بولات"}
    # before he took office no bearer held one that day
    assert _bare(detector, linker, text, "ar", "2022-03-01") == {}
    # no verb of saying or title before it
    text = "التقى وفد بولات في تركيا مع ليبيا."
    assert _bare(detector, linker, text, "ar", "2024-03-01") == {}
