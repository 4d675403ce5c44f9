"""Later mentions by surname alone of people the KB lacks, found by their name's
shape (issue #12): "Salem Al-Ferjani … Al-Ferjani said", "فرج القماطي … وأكد
القماطي", "Orhan Demirtaş … Demirtaş, …". The guards are the KB short forms': never
before the full name, nobody when two people so named share the surname, and a
surname that is also a common word only where the words around make it a name.
Sentences are paraphrases, unlike the excerpts; they run through the real detector."""

from __future__ import annotations

import pytest

from wirewatch.core.entities import EntityDetector
from wirewatch.core.textfold import fold


def _shaped(detector: EntityDetector, text: str, lang: str) -> dict[str, list[str]]:
    """Mentions of each shape-found person."""
    return {
        e.id: [m.text for m in e.mentions]
        for e in detector.detect(fold(text), lang)
        if e.id.startswith("person:shape:")
    }


@pytest.mark.parametrize(
    ("lang", "text", "full", "short"),
    [
        (
            "en",
            "The head of the Misrata chamber, Salem Al-Ferjani, flew to Izmir on Sunday. "
            "On Tuesday Al-Ferjani signed two trade protocols.",
            "Salem Al-Ferjani",
            "Al-Ferjani",
        ),
        (
            "ar",
            "وصل مدير ميناء الخمس فرج القماطي إلى إسطنبول أمس. ووقع القماطي مذكرة تفاهم.",
            "فرج القماطي",
            "القماطي",
        ),
        (
            "tr",
            "Ticaret Ataşesi Orhan Demirtaş dün Misrata'ya gitti. Demirtaş, işadamlarıyla "
            "bir araya geldi.",
            "Orhan Demirtaş",
            "Demirtaş",
        ),
        (  # Turkish case suffix after the apostrophe
            "tr",
            "Ticaret Ataşesi Orhan Demirtaş dün Misrata'ya gitti. Heyet Demirtaş'ın "
            "davetiyle geldi.",
            "Orhan Demirtaş",
            "Demirtaş'ın",
        ),
    ],
)
def test_a_surname_alone_is_the_person_named_in_full_before(
    detector: EntityDetector, lang: str, text: str, full: str, short: str
) -> None:
    found = _shaped(detector, text, lang)
    assert any(full in m and short.split("'")[0] in " ".join(m[1:]) for m in found.values()), found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (  # before the full name: not yet anyone's
            "en",
            "Al-Ferjani arrived first. Later the head of the Misrata chamber, Salem "
            "Al-Ferjani, flew to Izmir.",
        ),
        ("ar", "ووقع القماطي مذكرة تفاهم. ثم وصل مدير ميناء الخمس فرج القماطي إلى إسطنبول."),
    ],
)
def test_a_surname_before_the_full_name_links_nobody(
    detector: EntityDetector, lang: str, text: str
) -> None:
    found = _shaped(detector, text, lang)
    assert found, "the full name is found by its shape"  # else the loop checks nothing
    for mentions in found.values():
        assert len(mentions) == 1, mentions


def test_two_people_sharing_the_surname_leave_it_to_nobody(detector: EntityDetector) -> None:
    text = (
        "The chamber sent Salem Al-Ferjani and his cousin Omar Al-Ferjani to Izmir. "
        "Al-Ferjani signed two trade protocols."
    )
    found = _shaped(detector, text, "en")
    assert len(found) == 2, found
    for mentions in found.values():
        assert "Al-Ferjani" not in mentions, found


@pytest.mark.parametrize(
    ("lang", "text", "linked"),
    [
        # Turkish "kurt" (wolf): a name only with the apostrophe suffix
        ("tr", "Ataşe Hasan Kurt dün Trablus'a gitti. Kurt sürüsü köyü bastı.", False),
        ("tr", "Ataşe Hasan Kurt dün Trablus'a gitti. Heyet Kurt'un davetiyle geldi.", True),
        # Arabic كامل ("whole"): a name right after a verb its subject follows
        (
            "ar",
            "وصل المستشار أنور كامل إلى أنقرة. وناقش الوفد الملف كامل مع الجانب التركي.",
            False,
        ),
        ("ar", "وصل المستشار أنور كامل إلى أنقرة. وأكد كامل أن الزيارة ناجحة.", True),
        # ... and not when بن carries it on to someone else's name
        ("ar", "وصل المستشار أنور كامل إلى أنقرة. وأكد كامل بن علي أن الزيارة ناجحة.", False),
    ],
)
def test_a_common_word_surname_needs_the_name_evidence(
    detector: EntityDetector, lang: str, text: str, linked: bool
) -> None:
    found = _shaped(detector, text, lang)
    assert len(found) == 1, found
    (mentions,) = found.values()
    assert (len(mentions) == 2) is linked, mentions


def _found(detector: EntityDetector, text: str, lang: str) -> dict[str, list[str]]:
    """Mentions of each pattern-found person."""
    return {
        e.id: [m.text for m in e.mentions]
        for e in detector.detect(fold(text), lang)
        if e.id.startswith("person:pattern:")
    }


def test_pattern_found_namesakes_leave_the_surname_to_nobody(detector: EntityDetector) -> None:
    # the pattern-found people's surname search follows the same guards
    text = (
        "Turkish businessman Orhan Karadere flew in on Monday with Turkish businessman "
        "Veli Karadere. Karadere met Abdul Hamid Dbeibah."
    )
    found = _found(detector, text, "en")
    assert sorted(found.values()) == [["Orhan Karadere"], ["Veli Karadere"]], found


@pytest.mark.parametrize(
    ("text", "mentions"),
    [
        (
            "TOBB Başkanı Orhan Kurt perşembe günü Trablus'a geldi. Kurt sürüsü görüldü.",
            ["Orhan Kurt"],
        ),
        (
            "TOBB Başkanı Orhan Kurt perşembe günü Trablus'a geldi. Heyet Kurt'un davetiyle geldi.",
            ["Orhan Kurt", "Kurt"],
        ),
    ],
)
def test_a_pattern_found_common_word_surname_needs_the_apostrophe(
    detector: EntityDetector, text: str, mentions: list[str]
) -> None:
    assert list(_found(detector, text, "tr").values()) == [mentions]
