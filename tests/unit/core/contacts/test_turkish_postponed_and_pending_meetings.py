"""A Turkish meeting postponed, not held, or only a matter of time is no contact.

Long articles report what did not happen as often as what did: "Erdoğan'ın Dbeybe ile
görüşmesinin ertelendiğini bildirdi" (the reported form of "ertelendi"), "görüşmesi
yapılamadı" (could not be held), "görüşmesi an meselesi" (a matter of time, an analyst's
guess), "görüşmesi için hazırlıklar sürüyor" (preparations under way). The tr contacts
lexicon held "ertelendi" as a whole word only, and none of the others (``block_nearest``,
``governing_plan``). Held meetings that mention a postponement or preparations of
something else are left alone.
"""

from __future__ import annotations

import pytest

from tests.unit.core.contacts.sentences import keys, pairs_on

ERDOGAN, DBEIBAH = "person:recep-tayyip-erdogan", "person:abdul-hamid-dbeibah"
FIDAN, HAFTAR = "person:hakan-fidan", "person:khalifa-haftar"
KURTULMUS, SALEH = "person:numan-kurtulmus", "person:aguila-saleh"

pairs = pairs_on("2025-02-11", lang="tr")


@pytest.mark.parametrize(
    "text",
    [
        "Kaynaklar, Dışişleri Bakanı Hakan Fidan'ın Halife Hafter ile görüşmesinin "
        "ertelendiğini aktardı.",
        "TBMM Başkanı Numan Kurtulmuş ile Akile Salih'in görüşmesi, Salih'in rahatsızlığı "
        "nedeniyle ertelenmişti.",
        "Cumhurbaşkanı Erdoğan ile Libya Başbakanı Abdulhamid Dbeybe'nin görüşmesi "
        "yoğun program nedeniyle yapılamadı.",
        "Ankara kulislerinde konuşulana göre Cumhurbaşkanı Erdoğan ile Halife Hafter'in "
        "görüşmesi artık an meselesi.",
        "Dışişleri Bakanı Hakan Fidan ile Halife Hafter'in Bingazi'de görüşmesi için "
        "hazırlıklar sürüyor.",
    ],
)
def test_a_postponed_or_pending_meeting_is_no_contact(detector, entities, text: str) -> None:
    assert pairs(detector, entities, text) == set()


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # held, after an earlier postponement
        (
            "Daha önce iki kez ertelenen görüşmenin ardından Cumhurbaşkanı Erdoğan, Libya "
            "Başbakanı Abdulhamid Dbeybe'yi dün Ankara'da kabul etti.",
            (ERDOGAN, DBEIBAH),
        ),
        # held; the preparations are for something else
        (
            "Dışişleri Bakanı Hakan Fidan, Bingazi'de Halife Hafter ile görüştü; seçim "
            "hazırlıkları da ele alındı.",
            (FIDAN, HAFTAR),
        ),
    ],
)
def test_held_meetings_beside_such_words_are_left_alone(
    detector, entities, text: str, pair: tuple[str, str]
) -> None:
    assert pairs(detector, entities, text) == keys(pair)
