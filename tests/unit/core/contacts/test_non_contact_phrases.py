"""Phrases that hold a contact word but name no contact, or no contact's sides (issue #12).

Paraphrases of Turkish wire copy: "tezkerenin kabulü" (the motion's acceptance) is no
reception and holds no actors (lexicon ``not_contact``), so the call the sentence reports
keeps both its principals; "Libya'da çatışan taraflar" (the warring factions) is no
"the two sides" reference back to the previous sentence's principals (lexicon
``refers_back_except``), so talks among Libyans borrow no Turkish principal.
"""

from __future__ import annotations

import pytest

from schemas import ContactEvent
from tests.unit.core.contacts.sentences import events_in, on_day
from wirewatch.core.contacts import ContactDetector, pair_key
from wirewatch.core.entities.detector import EntityDetector

ERDOGAN, SARRAJ = "person:recep-tayyip-erdogan", "person:fayez-al-sarraj"
HAFTAR = "person:khalifa-haftar"


def detect(
    detector: ContactDetector, entities: EntityDetector, text: str, day: str = "2020-01-16"
) -> list[ContactEvent]:
    return events_in(detector, entities, text, "tr", on_day(day), article_id="non-contact")


@pytest.mark.parametrize(
    "text",
    [
        "Tezkerenin kabulü sonrasında Erdoğan, Serrac ile telefonda görüştü.",
        "Tezkerenin kabulü sonrasında Cumhurbaşkanı Erdoğan, Libya Başbakanı Fayiz es-Serrac "
        "ile telefonda görüştü.",
        "Anlaşmanın kabulü ardından Erdoğan, Serrac ile telefonda görüştü.",
    ],
)
def test_an_acceptance_noun_leaves_the_call_its_principals(detector, entities, text) -> None:
    found = detect(detector, entities, text)
    assert [(e.pair_key, e.kind) for e in found] == [(pair_key(ERDOGAN, SARRAJ), "phone_call")]


def test_an_acceptance_noun_alone_is_no_contact(detector, entities) -> None:
    text = "Erdoğan, tezkerenin kabulünü Serrac için önemli bir adım olarak nitelendirdi."
    assert detect(detector, entities, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Cumhurbaşkanı Erdoğan, Libya Ulusal Ordusu'nun komutanı Halife Hafter'e, saldırılar "
        "artarsa 'ders verileceğini' söylemişti. Libya'da çatışan taraflar arasındaki son "
        "ateşkes görüşmeleri Moskova'da yapılmış, Hafter ise anlaşmayı imzalamadan "
        "Moskova'yı terk etmişti.",
        "Cumhurbaşkanı Erdoğan, Halife Hafter'i uyarmıştı. Libyalı taraflar arasındaki "
        "görüşmeler Moskova'da yapılmış, Hafter ise masadan kalkmıştı.",
    ],
)
def test_warring_parties_borrow_no_principal(detector, entities, text) -> None:
    found = detect(detector, entities, text)
    assert pair_key(ERDOGAN, HAFTAR) not in {e.pair_key for e in found}


def test_the_two_sides_still_continue_the_contact(detector, entities) -> None:
    text = (
        "Cumhurbaşkanı Erdoğan, Libya Başbakanı Serrac'ı kabul etti. "
        "Görüşmede taraflar ikili ilişkileri ele aldı."
    )
    assert [e.pair_key for e in detect(detector, entities, text)] == [pair_key(ERDOGAN, SARRAJ)]
