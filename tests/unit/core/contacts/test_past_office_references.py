"""A later reference by role alone to an office its holder has since left ("رئيس
الوزراء التركي" for Erdoğan, Prime Minister until 2014, on an undated 2011 page; "the
Turkish foreign minister" for Davutoğlu): with no date of its own, the article may be
from any of the person's terms, so every office the KB lists counts. A dated article
goes by the role at its date (issue #12, role-only references)."""

from __future__ import annotations

import pytest

from tests.unit.core.contacts.sentences import events_in, on_day
from wirewatch.core.contacts import ContactDetector, pair_key
from wirewatch.core.entities.detector import EntityDetector

ERDOGAN, JALIL = "person:recep-tayyip-erdogan", "person:mustafa-abdul-jalil"
DAVUTOGLU, JIBRIL = "person:ahmet-davutoglu", "person:mahmoud-jibril"


@pytest.fixture(scope="module")
def knowing_terms(entities: EntityDetector) -> ContactDetector:
    past = {e.id: [t.role for t in e.terms] for e in entities.entities if e.terms}
    assert "Prime Minister of Türkiye" in past[ERDOGAN]
    return ContactDetector.default(past_roles=past)


def pairs(detector: ContactDetector, entities: EntityDetector, text: str, dated: bool) -> set:
    events = events_in(detector, entities, text, "ar", on_day("2026-01-01"), dated=dated)
    return {e.pair_key for e in events}


REFERENCES = [
    (
        "وصل أردوغان إلى طرابلس في أول زيارة بعد الثورة. وكان في استقبال رئيس الوزراء "
        "التركي في المطار رئيس المجلس الانتقالي مصطفى عبد الجليل.",
        (ERDOGAN, JALIL),
    ),
    (
        "وصل داود أوغلو إلى بنغازي في زيارة مفاجئة. والتقى وزير الخارجية التركي بالقيادي "
        "في المجلس الانتقالي محمود جبريل.",
        (DAVUTOGLU, JIBRIL),
    ),
]


@pytest.mark.parametrize(("text", "pair"), REFERENCES)
def test_an_undated_reference_may_be_to_a_past_office(
    knowing_terms: ContactDetector,
    detector: ContactDetector,
    entities: EntityDetector,
    text: str,
    pair: tuple[str, str],
) -> None:
    assert pair_key(*pair) in pairs(knowing_terms, entities, text, dated=False)
    # Without the terms the reference finds no one: the rule is what resolves it.
    assert pair_key(*pair) not in pairs(detector, entities, text, dated=False)


@pytest.mark.parametrize(("text", "pair"), REFERENCES)
def test_a_dated_article_keeps_the_role_at_its_date(
    knowing_terms: ContactDetector, entities: EntityDetector, text: str, pair: tuple[str, str]
) -> None:
    # Dated 2026: Erdoğan is President, Davutoğlu no minister; the references name no one.
    assert pair_key(*pair) not in pairs(knowing_terms, entities, text, dated=True)
