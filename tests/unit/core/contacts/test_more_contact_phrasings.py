"""English and Turkish phrasings of a contact the lexicons lacked (probed on paraphrases
of the fresh excerpts' classes, en/tr-16001…): views exchanged, a review "with", a call
"between", a briefing, two who "came together", an envoy presenting credentials, a
journey "to meet"; and the wishes and plans around "to meet" that report none."""

from __future__ import annotations

import pytest

from tests.unit.core.contacts.sentences import pairs_on
from wirewatch.core.contacts import pair_key

ERDOGAN, DBEIBAH = "person:recep-tayyip-erdogan", "person:abdul-hamid-dbeibah"
MENFI, FIDAN = "person:mohamed-menfi", "person:hakan-fidan"
BEGEC, KALIN, HAFTAR = "person:guven-begec", "person:ibrahim-kalin", "person:khalifa-haftar"


pairs = pairs_on("2024-05-06")


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "Hakan Fidan and Abdul Hamid Dbeibah exchanged views on the elections in Tripoli "
            "on Monday.",
            {pair_key(FIDAN, DBEIBAH)},
        ),
        (
            "en",
            "Dbeibah reviewed with the Turkish ambassador Guven Begec the state of joint "
            "projects on Monday.",
            {pair_key(DBEIBAH, BEGEC)},
        ),
        (
            "en",
            "A call between Erdogan and Dbeibah took place on Monday.",
            {pair_key(ERDOGAN, DBEIBAH)},
        ),
        ("en", "Hakan Fidan briefed Mohamed Menfi on Monday.", {pair_key(FIDAN, MENFI)}),
        (
            "en",
            "Erdogan and Menfi came together in Istanbul on Monday.",
            {pair_key(ERDOGAN, MENFI)},
        ),
        (
            "en",
            "Turkish envoy Guven Begec presented his credentials to Menfi on Monday.",
            {pair_key(BEGEC, MENFI)},
        ),
        (
            "en",
            "Turkish intelligence chief Ibrahim Kalin travelled to Benghazi on Monday to "
            "meet Khalifa Haftar.",
            {pair_key(KALIN, HAFTAR)},
        ),
        (
            "tr",
            "Türkiye'nin Trablus Büyükelçisi Güven Begeç, Başkanlık Konseyi Başkanı Menfi'ye "
            "güven mektubunu sundu.",
            {pair_key(BEGEC, MENFI)},
        ),
        (
            "en",
            "Turkish Ambassador Guven Begec paid a courtesy call on Mohamed Menfi on Monday.",
            {pair_key(BEGEC, MENFI)},
        ),
        (
            "tr",
            "Hakan Fidan, Abdulhamid Dibeybe ile Trablus'ta görüş alışverişinde bulundu.",
            {pair_key(FIDAN, DBEIBAH)},
        ),
    ],
)
def test_a_contact_in_other_words(detector, entities, lang, text, expected) -> None:
    assert pairs(detector, entities, text, lang) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Erdogan wants to meet Dbeibah in Istanbul.",
        "Hakan Fidan will travel to Tripoli to meet Dbeibah.",
        "Dbeibah invited Erdogan to meet him in Tripoli.",
        "Erdogan hopes to meet Khalifa Haftar soon.",
        "Ibrahim Kalin is to meet Khalifa Haftar in Benghazi.",
        "Erdogan is expected to travel to Tripoli to meet Dbeibah.",
        "Erdogan briefed reporters on his talks with Putin about Libya.",
    ],
)
def test_wishes_and_plans_to_meet_are_no_contact(detector, entities, text) -> None:
    assert pairs(detector, entities, text, "en") == set()


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Erdogan welcomed Dbeibah's decision to hold elections."),
        ("en", "Erdogan welcomed the meeting between Dbeibah and Meloni."),
        ("en", "Hakan Fidan welcomed the agreement reached by Dbeibah and Khalifa Haftar."),
        (
            "tr",
            "Hakan Fidan, Abdulhamid Dibeybe'nin İtalya Başbakanı Meloni ile görüşmesini "
            "olumlu karşıladı.",
        ),
        ("tr", "Erdoğan, Dibeybe'nin seçim kararını memnuniyetle karşıladı."),
    ],
)
def test_a_development_welcomed_is_no_reception(detector, entities, lang, text) -> None:
    assert pairs(detector, entities, text, lang) == set()


def test_a_person_welcomed_still_is(detector, entities) -> None:
    text = (
        "Erdogan welcomed Dbeibah at the presidential complex, and the two discussed the decision."
    )
    assert pairs(detector, entities, text, "en") == {pair_key(ERDOGAN, DBEIBAH)}
