"""A trigger misspelt by one keystroke, or glued to a link, still reports its contact
(issue #12, class 5: "Dibeybe ile görüşlmüştü", "Serrac ile görüştühttps://t.co/...").

Sentences paraphrase real copy; they run through the real entity detector and the
packaged lexicons, as the pipeline does.
"""

from __future__ import annotations

import pytest

from schemas import ContactEvent
from tests.unit.core.contacts.sentences import events_in, on_day
from wirewatch.core.contacts import ContactDetector, pair_key
from wirewatch.core.contacts.typos import TypoForms
from wirewatch.core.entities.detector import EntityDetector
from wirewatch.core.textfold import fold_char_string

ERDOGAN, SARRAJ = "person:recep-tayyip-erdogan", "person:fayez-al-sarraj"
DBEIBAH = "person:abdul-hamid-dbeibah"


def detect(
    detector: ContactDetector, entities: EntityDetector, text: str, lang: str
) -> list[ContactEvent]:
    return events_in(detector, entities, text, lang, on_day("2021-08-30"), article_id="typos")


def kinds_found(forms: TypoForms, text: str) -> list[str]:
    folded = fold_char_string(text)
    return [kind for _, _, kind in forms.find(folded, 0, len(folded))]


FORMS = TypoForms([("görüşmüştü", "meeting"), ("görüşmesi", "meeting"), ("received", "reception")])


@pytest.mark.parametrize(
    "text",
    [
        "görüşlmüştü",  # a letter typed inside
        "görüşmüşü",  # a letter dropped
        "görüşümştü",  # two neighbours swapped
        "recieved",
    ],
)
def test_one_keystroke_inside_a_long_form_is_that_form(text: str) -> None:
    assert kinds_found(FORMS, text) != []


@pytest.mark.parametrize(
    "text",
    [
        "görüşmüştü",  # the form itself is the lexicon's business, not a typo
        "görüşmeli",  # a letter changed: "should meet", another word
        "görüşmesin",  # a letter added at the end: another ending
        "receiver",
        "alındı",  # short words have too many neighbours
    ],
)
def test_other_words_are_no_typo(text: str) -> None:
    assert kinds_found(FORMS, text) == []


def test_short_and_wildcard_entries_make_no_typo_forms() -> None:
    forms = TypoForms([("görüştü", "meeting"), ("görüşme*", "meeting"), ("kabul etti", "x")])
    assert not forms


def test_a_misspelt_pluperfect_is_still_a_contact(
    detector: ContactDetector, entities: EntityDetector
) -> None:
    text = (
        "Cumhurbaşkanı Recep Tayyip Erdoğan, 1 Ağustos'ta Libya Başbakanı Abdulhamid "
        "Dibeybe ile İstanbul'da görüşlmüştü."
    )
    found = {e.pair_key for e in detect(detector, entities, text, "tr")}
    assert pair_key(ERDOGAN, DBEIBAH) in found


def test_a_sentence_with_no_trigger_and_no_typo_gives_nothing(
    detector: ContactDetector, entities: EntityDetector
) -> None:
    text = "Cumhurbaşkanı Recep Tayyip Erdoğan, Abdulhamid Dibeybe ile görüşmeli."
    assert detect(detector, entities, text, "tr") == []


def test_a_trigger_glued_to_a_link_still_counts(
    detector: ContactDetector, entities: EntityDetector
) -> None:
    text = "Erdoğan, Libya UMH Başbakanı Serrac ile görüştühttps://t.co/abc pic.twitter.com/XYZ"
    found = {e.pair_key for e in detect(detector, entities, text, "tr")}
    assert pair_key(ERDOGAN, SARRAJ) in found
