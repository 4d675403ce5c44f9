"""Turkish converbs of a meeting chained to another verb of the sentence ("X ile
görüşüp ardından Y'yi ziyaret etti", "bir araya gelip ... ele aldı"): the meeting is as
reported as the verb it chains to (a session-13 lead of issue #12, "bare görüşüp
clauses"). A converb of a meeting refused or planned stays no contact."""

from __future__ import annotations

import pytest

from tests.unit.core.contacts.sentences import pairs_on
from wirewatch.core.contacts import pair_key

FIDAN, DBEIBAH = "person:hakan-fidan", "person:abdul-hamid-dbeibah"
MENFI, GULER = "person:mohamed-menfi", "person:yasar-guler"
HADDAD = "person:mohammed-al-haddad"


pairs = pairs_on("2024-04-10", lang="tr")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hakan Fidan, Trablus'ta Dibeybe'yle görüşüp ardından Menfi'yi ziyaret etti.",
         {pair_key(FIDAN, DBEIBAH), pair_key(FIDAN, MENFI)}),
        ("Yaşar Güler, Libya Genelkurmay Başkanı Haddad ile bir araya gelip askeri iş "
         "birliğini ele aldı.", {pair_key(GULER, HADDAD)}),
        ("Hakan Fidan ile Menfi, Ankara'da buluşup seçim sürecini değerlendirdi.",
         {pair_key(FIDAN, MENFI)}),
    ],
)  # fmt: skip
def test_a_meeting_converb_is_a_meeting(detector, entities, text, expected) -> None:
    assert pairs(detector, entities, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Hakan Fidan'ın gelecek hafta Dibeybe ile görüşüp Menfi'yi ziyaret etmesi bekleniyor.",
        "Hakan Fidan, Dibeybe ile görüşüp görüşmeyeceği sorusunu yanıtsız bıraktı.",
    ],
)
def test_a_planned_or_doubted_meeting_converb_is_none(detector, entities, text) -> None:
    assert pairs(detector, entities, text) == set()
