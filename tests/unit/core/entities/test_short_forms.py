"""Short forms derived from KB full names (see ``short_forms``): a surname or a
compound given name links to the person the same article named in full before it,
with Arabic clitics and Turkish suffixes stripped as for full names; never alone,
and never when two people so named share it."""

from __future__ import annotations

import pytest

from wirewatch.core.entities import EntityDetector
from wirewatch.core.textfold import fold


def _linked(detector: EntityDetector, text: str, lang: str) -> dict[str, list[str]]:
    """Surface forms of each linked entity, by id."""
    out: dict[str, list[str]] = {}
    for entity in detector.detect(fold(text), lang):
        out[entity.id] = [m.text for m in entity.mentions]
    return out


# full mention, later sentence with the short form, the short form, the person
LINKS_AFTER_FULL = [
    (  # أوغلو: the KB lists it as Çavuşoğlu's only; the article named Davutoğlu
        "التقى وزير الخارجية التركي أحمد داود أوغلو بالمسؤول الليبي.",
        "وقال أوغلو إن الحل سياسي.",
        "ar",
        "أوغلو",
        "person:ahmet-davutoglu",
    ),
    (  # a compound given name: عبد is never a given name alone
        "استقبل أردوغان رئيس الحكومة عبد الحميد الدبيبة في أنقرة.",
        "وقال عبد الحميد إن التعاون مستمر.",
        "ar",
        "عبد الحميد",
        "person:abdul-hamid-dbeibah",
    ),
    (
        "زارت مديرة وكالة المخابرات المركزية جينا هاسبل أنقرة.",
        "والتقت هاسبل نظيرها التركي.",
        "ar",
        "هاسبل",
        "person:gina-haspel",
    ),
    (
        "CIA Director Gina Haspel visited Ankara on Monday.",
        "Haspel met her Turkish counterpart.",
        "en",
        "Haspel",
        "person:gina-haspel",
    ),
    (  # a Turkish case suffix on the short form
        "ABD Savunma Bakanı Leon Panetta Ankara'ya geldi.",
        "Bakan Akar, Panetta'yla görüştü.",
        "tr",
        "Panetta",  # the mention stops at the suffix
        "person:leon-panetta",
    ),
    (  # a bare surname opening a Turkish sentence
        "CIA Direktörü Gina Haspel Ankara'ya geldi.",
        "Haspel, MİT Başkanı ile görüştü.",
        "tr",
        "Haspel",
        "person:gina-haspel",
    ),
]


@pytest.mark.parametrize(("full", "second", "lang", "short", "entity_id"), LINKS_AFTER_FULL)
def test_short_form_links_after_the_full_name(
    detector: EntityDetector, full: str, second: str, lang: str, short: str, entity_id: str
) -> None:
    assert short in _linked(detector, f"{full} {second}", lang).get(entity_id, [])


@pytest.mark.parametrize(("full", "second", "lang", "short", "entity_id"), LINKS_AFTER_FULL)
def test_short_form_alone_links_nobody(
    detector: EntityDetector, full: str, second: str, lang: str, short: str, entity_id: str
) -> None:
    linked = _linked(detector, second, lang)
    assert entity_id not in linked
    assert all(short not in surfaces for surfaces in linked.values())


# one bearer named in full, both named in full, the short form, the one bearer
SHARED = [
    (  # أوغلو ends both Turkish politicians' names
        "التقى كمال كليتشدار أوغلو بالوفد. وقال أوغلو إن اللقاء مثمر.",
        "التقى أحمد داود أوغلو وكمال كليتشدار أوغلو في أنقرة. وقال أوغلو إن اللقاء مثمر.",
        "ar",
        "أوغلو",
        "person:kemal-kilicdaroglu",
    ),
    (
        "İdris Naim Şahin met the minister. Şahin said the talks went well.",
        "Vasip Şahin and İdris Naim Şahin met in Ankara. Şahin said the talks went well.",
        "en",
        "Şahin",
        "person:idris-naim-sahin",
    ),
    (
        "Taner Yıldız Trablus'a gitti. Yıldız'a teşekkür edildi.",
        "Ahmet Yıldız ve Taner Yıldız Trablus'a gitti. Yıldız'a teşekkür edildi.",
        "tr",
        "Yıldız",
        "person:taner-yildiz",
    ),
]


@pytest.mark.parametrize(("one", "both", "lang", "short", "entity_id"), SHARED)
def test_short_form_shared_by_two_people_named_links_nobody(
    detector: EntityDetector, one: str, both: str, lang: str, short: str, entity_id: str
) -> None:
    assert _linked(detector, one, lang)[entity_id].count(short) == 1  # one bearer: linked
    linked = _linked(detector, both, lang)
    assert all(short not in surfaces for surfaces in linked.values())


def test_the_word_after_a_compound_head_is_no_short_form(detector: EntityDetector) -> None:
    # آل ثاني: ثاني alone is "second", not the emir's family name
    text = "استقبل أردوغان أمير قطر تميم بن حمد آل ثاني. وهو ثاني لقاء بينهما هذا العام."
    linked = _linked(detector, text, "ar")
    assert all("ثاني" not in surfaces for surfaces in linked.values())
