"""A Turkish contact verb that is a converb ("arayarak", "görüşerek", "görüşüp")
chains on to the clause's own verb, and the verb of saying comes after that one:
"Sözcü Aksoy, Erdoğan'ın Menfi'yi telefonla arayarak tebrik ettiğini belirtti" is a
reported call, and who said it is no party (``converb_endings`` in the tr contacts
lexicon, ``reports.is_reported``). One who tells of his own call still is a party."""

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
        "Sözcü Hami Aksoy, Erdoğan'ın Menfi'yi telefonla arayarak tebrik ettiğini belirtti.",
        "İletişim Başkanı Fahrettin Altun, Cumhurbaşkanı Erdoğan'ın Menfi'yi telefonla "
        "arayarak başsağlığı dilediğini açıkladı.",
        "Ömer Çelik, Erdoğan'ın Menfi ile görüşerek iş birliğini ele aldığını söyledi.",
        "Sözcü Ömer Çelik, Cumhurbaşkanı Erdoğan'ın Menfi'yi telefonla arayarak yeni "
        "görevinde başarılar dilediğini ve iş birliğinin süreceğini vurguladığını açıkladı.",
    ],
)
def test_who_says_a_chained_contact_happened_is_no_party(detector, entities, text: str) -> None:
    assert pairs(detector, entities, text) == {pair_key(ERDOGAN, MENFI)}


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # his own call, told by himself
        (
            "Dışişleri Bakanı Hakan Fidan, Dibeybe'yi telefonla arayarak taziyelerini "
            "ilettiğini belirtti.",
            pair_key(FIDAN, DBEIBAH),
        ),
        (
            "Dışişleri Bakanı Hakan Fidan, Dibeybe ile görüşerek iş birliğini ele "
            "aldıklarını söyledi.",
            pair_key(FIDAN, DBEIBAH),
        ),
        # the verb of saying right after the contact verb, as before
        (
            "Ömer Çelik, Erdoğan'ın Menfi ile telefonda görüştüğünü söyledi.",
            pair_key(ERDOGAN, MENFI),
        ),
    ],
)
def test_left_alone(detector, entities, text: str, kept: str) -> None:
    assert pairs(detector, entities, text) == {kept}


@pytest.mark.parametrize(
    "text",
    [
        "Sözcü Ömer Çelik, Cumhurbaşkanı Erdoğan'ın Menfi'yi ve Dibeybe'yi telefonla "
        "arayarak bayramlarını kutladığını söyledi.",
        "Bakan Mevlüt Çavuşoğlu, Erdoğan'ın dün Libya Başkanlık Konseyi Başkanı Menfi'yi, "
        "Başbakan Dibeybe'yi telefonla arayarak seçimleri sorduğunu hatırlattı.",
    ],
)
def test_both_called_of_one_side_are_parties(detector, entities, text: str) -> None:
    # the one named first of a side after the other side's person is no reporter
    assert pairs(detector, entities, text) == {pair_key(ERDOGAN, MENFI), pair_key(ERDOGAN, DBEIBAH)}
