"""Turkish "aramak" with a person as its object is a phone call even without
"telefonla" (a session-13 lead of issue #12): "Erdoğan, Dibeybe'yi arayarak bayramını
kutladı", "Fidan, Menfi'yi aradı". Its other sense, to look for something ("çözüm
arayarak", "fırsat arayan"), is no contact, and a call refused or planned stays none."""

from __future__ import annotations

import pytest

from tests.unit.core.contacts.sentences import events_in, on_day
from wirewatch.core.contacts import ContactDetector, pair_key
from wirewatch.core.entities.detector import EntityDetector

ERDOGAN, DBEIBAH = "person:recep-tayyip-erdogan", "person:abdul-hamid-dbeibah"
GULER, HADDAD = "person:yasar-guler", "person:mohammed-al-haddad"
FIDAN, MENFI = "person:hakan-fidan", "person:mohamed-menfi"


def kinds(detector: ContactDetector, entities: EntityDetector, text: str) -> set[tuple[str, str]]:
    found = events_in(detector, entities, text, "tr", on_day("2024-04-10"))
    return {(str(e.kind), e.pair_key) for e in found}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Cumhurbaşkanı Erdoğan, Libya Başbakanı Dibeybe'yi arayarak bayramını kutladı.",
         (ERDOGAN, DBEIBAH)),
        ("Dibeybe, Cumhurbaşkanı Erdoğan'ı arayarak destek için teşekkür etti.",
         (ERDOGAN, DBEIBAH)),
        ("Milli Savunma Bakanı Yaşar Güler, Libya Genelkurmay Başkanı Haddad'ı arayarak "
         "geçmiş olsun dileklerini iletti.", (GULER, HADDAD)),
        ("Hakan Fidan, Başkanlık Konseyi Başkanı Menfi'yi arayıp seçim takvimini "
         "değerlendirdi.", (FIDAN, MENFI)),
        ("Cumhurbaşkanı Erdoğan dün akşam Libya Başbakanı Dibeybe'yi aradı.",
         (ERDOGAN, DBEIBAH)),
    ],
)  # fmt: skip
def test_calling_a_person_is_a_phone_call(detector, entities, text, pair) -> None:
    assert kinds(detector, entities, text) == {("phone_call", pair_key(*pair))}


@pytest.mark.parametrize(
    "text",
    [
        "Türkiye ve Libya, Doğu Akdeniz'de ortak çözüm arayarak müzakereleri sürdürdü.",
        "Erdoğan ve Dibeybe, Libya krizine kalıcı bir çözüm aradı.",
        "Türk şirketleri Libya'da yeni fırsatlar arayarak Dibeybe hükümetine başvurdu.",
        "Erdoğan, Libya'da barışa giden yollar arayan Dibeybe'ye destek verdi.",
        "Cumhurbaşkanı Erdoğan, Dibeybe'yi aramayacağını söyledi.",
    ],
)
def test_seeking_or_a_call_not_made_is_no_contact(detector, entities, text) -> None:
    assert kinds(detector, entities, text) == set()
