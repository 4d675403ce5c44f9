"""Other ways copy writes a KB alias (written_forms.py): the Arabic article glued on
without its hyphen, a "Bu"/"Abu" particle joined or apart, "<noun> of <Place>" for an
English "<Place> <Noun>" institution. Shown by the fresh excerpts tr-18002 ("Fayiz
esSerrac", "Tahir elCuheymi"), en-18001 and en-18002; tested here on other names and
sentences of the same shapes, and on the words the rules must leave alone."""

from __future__ import annotations

import pytest

from tests.unit.core.entities.helpers import mentions_of
from wirewatch.core.entities import EntityDetector
from wirewatch.core.entities.written_forms import WrittenForms, _Rules, written_forms


@pytest.mark.parametrize(
    ("alias", "expected"),
    [
        ("Fayiz es-Serrac", ("Fayiz esSerrac",)),
        ("Halid el-Mişri", ("Halid elMişri",)),
        ("Abdulhamid ed-Dibeybe", ("Abdulhamid edDibeybe",)),
        ("Saqr Bujwari", ("Saqr Bu Jwari",)),
        ("Ramadan Abu Janah", ("Ramadan Abujanah",)),
        ("Misrata Municipality", ("municipality of Misrata",)),
    ],
)
def test_forms_of_an_alias(alias: str, expected: tuple[str, ...]) -> None:
    assert written_forms().of(alias) == expected


@pytest.mark.parametrize(
    "alias",
    [
        "el-Menfi",  # one word: a glued surname alone is no key
        "Bujwari",  # one word: nor a split one
        "Abdul Hamid Dbeibah",  # no article, no particle
        "Ahmed Buera",  # Bu + vowel: a name of its own, not a particle
        "Mohamed El-Haddad",  # a capital article is part of the name as written
        "صقر بوجواري",  # Arabic script: no Latin rule applies
        "Benghazi municipal council",  # lower-case noun: not a listed institution noun
    ],
)
def test_aliases_left_alone(alias: str) -> None:
    assert written_forms().of(alias) == ()


def test_rules_are_data() -> None:
    rules = WrittenForms(_Rules(glued_articles=["al"], name_particles=[], of_inversions=[]))
    assert rules.of("Fayez al-Sarraj") == ("Fayez alSarraj",)
    assert rules.of("Fayiz es-Serrac") == ()


@pytest.mark.parametrize(
    ("text", "lang", "kb_id", "mention"),
    [
        (
            "Yüksek Devlet Konseyi Başkanı Halid elMişri'nin açıklaması",
            "tr",
            "person:khalid-al-mishri",
            "Halid elMişri",
        ),
        (
            "TRABLUS (AA) Başbakan Abdulhamid elDbeybe dün konuştu.",
            "tr",
            "person:abdul-hamid-dbeibah",
            "Abdulhamid elDbeybe",
        ),
        (
            "The mayor, Saqr Bu Jwari, opened the fair.",
            "en",
            "person:saqr-bujwari",
            "Saqr Bu Jwari",
        ),
        (
            "A statement by the municipality of Misrata said so.",
            "en",
            "org:ly-misrata-municipality",
            "municipality of Misrata",
        ),
    ],
)
def test_written_forms_link_in_running_text(
    detector: EntityDetector, text: str, lang: str, kb_id: str, mention: str
) -> None:
    assert mentions_of(detector, text, lang).get(kb_id) == [mention]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Yetkili elMişri dün konuştu.", "tr"),  # a glued surname alone
        ("The Port of call was Misrata.", "en"),  # no place before the noun
        ("Bu Jwari dedi ki", "tr"),  # the split surname alone
    ],
)
def test_no_false_link(detector: EntityDetector, text: str, lang: str) -> None:
    ids = mentions_of(detector, text, lang)
    assert not [i for i in ids if i.startswith(("person:", "org:"))]


@pytest.mark.parametrize(
    ("text", "kb_id", "mention"),
    [
        ('قالت الخارجية التابعة لحكومة " الوفاق " الليبية إن', "org:ly-gna", 'حكومة " الوفاق "'),
        ('وقالت وكالة " الأناضول " للأنباء', "org:anadolu-agency", 'وكالة " الأناضول "'),
        ('وقالت وكالة "الأناضول" للأنباء', "org:anadolu-agency", 'وكالة "الأناضول"'),
    ],
)
def test_a_quoted_tail_with_spaced_quotes(
    detector: EntityDetector, text: str, kb_id: str, mention: str
) -> None:
    """Arabic copy quotes a name's tail, often with the quotes spaced off the words
    (dev excerpt ar-100); the spaced form links as the tight one does."""
    assert mentions_of(detector, text, "ar").get(kb_id) == [mention]
