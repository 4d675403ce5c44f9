"""Turkish verbs of saying a reported contact closes on: "Aksoy, Erdoğan'ın Menfi ile
görüştüğünü söyledi" - who said it is no party to it (``reported_after`` in the tr
contacts lexicon: söyledi, ifade etti, dile getirdi, vurguladı, anlattı, hatırlattı,
beside açıkladı, belirtti ...). One who tells of his own contact still is a party."""

from __future__ import annotations

import pytest

from tests.unit.core.contacts.sentences import pairs_on
from wirewatch.core.contacts import pair_key

ERDOGAN, MENFI = "person:recep-tayyip-erdogan", "person:mohamed-menfi"
FIDAN, DBEIBAH = "person:hakan-fidan", "person:abdul-hamid-dbeibah"


pairs = pairs_on("2021-02-10", lang="tr")


@pytest.mark.parametrize(
    "text",
    [
        "Sözcü Hami Aksoy, Erdoğan'ın Libya Başkanlık Konseyi Başkanı Menfi ile "
        "görüştüğünü söyledi.",
        "AK Parti Sözcüsü Ömer Çelik, Cumhurbaşkanı Erdoğan'ın Menfi ile görüştüğünü ifade etti.",
        "Bakan Mevlüt Çavuşoğlu, Cumhurbaşkanı Erdoğan'ın dün Libya Başkanlık Konseyi "
        "Başkanı Menfi ile görüştüğünü hatırlattı.",
    ],
)
def test_who_says_a_contact_happened_is_no_party(detector, entities, text: str) -> None:
    assert pairs(detector, entities, text) == {pair_key(ERDOGAN, MENFI)}


def test_who_tells_of_his_own_contact_is_a_party(detector, entities) -> None:
    text = "Dışişleri Bakanı Fidan, Libya Başbakanı Dibeybe ile görüştüğünü söyledi."
    assert pairs(detector, entities, text) == {pair_key(FIDAN, DBEIBAH)}
