"""A one-sentence article reaches the contact rules of its own language (issue #12): the
language normalisation detects is the one whose lexicon is looked up, and the model
alone read short English about Turkish and Libyan leaders as Turkish."""

from __future__ import annotations

import pytest

from tests.unit.core.contacts.sentences import events_in, on_day
from wirewatch.core.contacts import ContactDetector, pair_key
from wirewatch.core.entities.detector import EntityDetector
from wirewatch.core.normalise import normalise

ERDOGAN, DBEIBAH = "person:recep-tayyip-erdogan", "person:abdul-hamid-dbeibah"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Erdogan received Dbeibah in Ankara.", "en"),
        ("Erdoğan Dbeybe'yi Ankara'da kabul etti.", "tr"),
        ("أردوغان يستقبل الدبيبة في أنقرة", "ar"),
    ],
)
def test_a_one_sentence_article_finds_its_contact_in_its_own_language(
    detector: ContactDetector, entities: EntityDetector, text: str, lang: str
) -> None:
    norm = normalise(title=None, body=text, url=None, published_at=None, lang_hint=None)
    assert norm.language.lang == lang
    found = events_in(detector, entities, norm.text, lang, on_day("2024-05-06"))
    assert {(str(e.kind), e.pair_key) for e in found} == {("reception", pair_key(ERDOGAN, DBEIBAH))}
