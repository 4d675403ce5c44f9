"""Short paraphrases of two classes fresh excerpts showed (en/tr-16001…): the guest's
compatriot among those who receive him is no counterpart of the hosts (co_hosts.py),
and a Turkish sentence that drops the subject it keeps from the one before ("Burada
Dibeybe ile bir araya geldi"), or an English one opening with "They", continues it
unless its partner is a third country's person."""

from __future__ import annotations

import pytest

from tests.unit.core.contacts.sentences import pairs_on
from wirewatch.core.contacts import pair_key

ERDOGAN, DBEIBAH = "person:recep-tayyip-erdogan", "person:abdul-hamid-dbeibah"
MENFI, FIDAN = "person:mohamed-menfi", "person:hakan-fidan"
BEGEC, YERLIKAYA = "person:guven-begec", "person:ali-yerlikaya"
BOLAT, SALEH = "person:omer-bolat", "person:aguila-saleh"


pairs = pairs_on("2024-05-03")


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "tr",
            "Dışişleri Bakanı Hakan Fidan'ı, havalimanında Başbakan Dibeybe ve Türkiye'nin "
            "Trablus Büyükelçisi Güven Begeç karşıladı.",
            {pair_key(FIDAN, DBEIBAH)},
        ),
        (
            "en",
            "Hakan Fidan was received by Dbeibah and the Turkish ambassador Guven Begec in "
            "Tripoli.",
            {pair_key(FIDAN, DBEIBAH)},
        ),
        # the ending closes a list of objects: both are the guests
        (
            "tr",
            "Erdoğan, Menfi ve Dibeybe'yi telefonla arayarak tebrik etti.",
            {pair_key(ERDOGAN, MENFI), pair_key(ERDOGAN, DBEIBAH)},
        ),
        # two actors on one side with no guest apart met each other
        ("en", "Erdogan and Dbeibah met in Ankara on Monday.", {pair_key(ERDOGAN, DBEIBAH)}),
        ("tr", "Erdoğan, Dibeybe ile Ankara'da görüştü.", {pair_key(ERDOGAN, DBEIBAH)}),
    ],
)
def test_a_guests_compatriot_among_the_hosts(detector, entities, lang, text, expected) -> None:
    assert pairs(detector, entities, text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "tr",
            "İçişleri Bakanı Ali Yerlikaya, resmi temaslarda bulunmak üzere Trablus'a gitti. "
            "Burada Libya Başbakanı Abdulhamid Dibeybe ile bir araya geldi.",
            {pair_key(YERLIKAYA, DBEIBAH)},
        ),
        (
            "tr",
            "Ticaret Bakanı Ömer Bolat Trablus'ta temaslarda bulundu. Daha sonra Libya "
            "Başbakanı Dibeybe tarafından kabul edildi.",
            {pair_key(BOLAT, DBEIBAH)},
        ),
        (
            "en",
            "A delegation of the Libyan parliament led by Aguila Saleh visited Ankara. They "
            "were also received by President Recep Tayyip Erdogan.",
            {pair_key(SALEH, ERDOGAN)},
        ),
        # the partner is a third country's: another meeting, nothing borrowed
        (
            "tr",
            "Erdoğan, Ankara'da bir konuşma yaptı. Daha sonra Dibeybe, Mısır Cumhurbaşkanı "
            "Abdulfettah es-Sisi ile görüştü.",
            set(),
        ),
    ],
)
def test_a_sentence_that_goes_on_with_the_one_before(
    detector, entities, lang, text, expected
) -> None:
    assert pairs(detector, entities, text, lang) == expected
