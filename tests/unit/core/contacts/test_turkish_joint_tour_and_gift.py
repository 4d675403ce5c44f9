"""Turkish contact verbs of physical presence (issue #12, class 5): touring a place
together ("X, Y ile birlikte ... gezdi") and handing over a gift ("X, Y'ye ... hediye
etti"). A tour alone, a letter sent, or a gift to a third party is no contact."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.unit.core.contacts.sentences import events_in
from wirewatch.core.contacts import pair_key

ERDOGAN, DBEIBAH = "person:recep-tayyip-erdogan", "person:abdul-hamid-dbeibah"
FIDAN, MENFI = "person:hakan-fidan", "person:mohamed-menfi"
WHEN = datetime(2024, 6, 1, tzinfo=UTC)


def _pairs(detector, entities, text: str) -> set[str]:
    return {e.pair_key for e in events_in(detector, entities, text, "tr", WHEN)}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Cumhurbaşkanı Erdoğan, Libya Başbakanı Dibeybe ile birlikte Dolmabahçe Sarayı'nı "
         "gezdi.", (ERDOGAN, DBEIBAH)),
        ("Dışişleri Bakanı Fidan ve Menfi birlikte eski şehri dolaştılar.", (FIDAN, MENFI)),
        ("Erdoğan, görüşmenin sonunda Dibeybe'ye bir tablo hediye etti.", (ERDOGAN, DBEIBAH)),
        ("Menfi, Dışişleri Bakanı Hakan Fidan'a el yapımı bir kılıç hediye ederek teşekkür etti.",
         (FIDAN, MENFI)),
    ],
)  # fmt: skip
def test_tour_together_and_gift_are_contacts(detector, entities, text, pair) -> None:
    assert pair_key(*pair) in _pairs(detector, entities, text)


@pytest.mark.parametrize(
    "text",
    [
        # a tour alone
        "Dışişleri Bakanı Fidan, Trablus'ta eski şehri gezdi. Dibeybe ise Misrata'daydı.",
        # a letter sent is no meeting
        "Erdoğan, Dibeybe'ye bir mektup gönderdi.",
        # the gift is a third party's; the Libyan only spoke
        "Cumhurbaşkanı Erdoğan, Katar Emiri'ne bir tablo hediye etti. Menfi de törende konuştu.",
    ],
)
def test_no_contact_without_the_other_side(detector, entities, text) -> None:
    assert not _pairs(detector, entities, text) & {
        pair_key(ERDOGAN, DBEIBAH),
        pair_key(FIDAN, DBEIBAH),
        pair_key(ERDOGAN, MENFI),
    }
