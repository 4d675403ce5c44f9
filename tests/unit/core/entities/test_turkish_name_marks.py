"""Turkish writing marks a surname written alone as a name: a case ending after an
apostrophe (common nouns take none), a sentence start before a comma (the subject of
a second mention) and a participle of saying or meeting right before it
(``bare_holders.yaml``: ``name_participles``). Such a mark lets a surname that is
also a word (Fidan, Kalın) link to the one office-holder bearing it without a title,
and lets any surname link in an undated article to the one bearer who ever held an
office -- both only in an article that names a Libyan (``marked_with``), where a
football report's "Güler'in golü" or a court report's "Yılmaz, ..." never is."""

from __future__ import annotations

import pytest

from tests.unit.core.entities.dated import linked_on, people
from wirewatch.core.entities import EntityDetector
from wirewatch.core.entities.roles_by_date import RoleLinker
from wirewatch.core.textfold import fold

_DAY = "2025-03-01"


def _undated(detector: EntityDetector, linker: RoleLinker, text: str) -> dict[str, list[str]]:
    folded = fold(text)
    return people(linker.link_undated(folded, "tr", detector.detect(folded, "tr")))


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        # a case ending after the apostrophe, a capitalised word right after it
        ("Fidan'ın Trablus temasları Libya basınında geniş yer buldu.", "person:hakan-fidan"),
        # the subject of a second mention: sentence start, then a comma
        ("Kalın, Bingazi'de Halife Hafter ile görüştükten sonra Ankara'ya döndü.",
         "person:ibrahim-kalin"),
        # a participle of saying right before it, mid-sentence
        ("Trablus'taki görüşmeye ilişkin açıklama yapan Fidan, Libya'nın birliğine vurgu yaptı.",
         "person:hakan-fidan"),
    ],
)  # fmt: skip
def test_a_marked_common_word_surname_links_its_holder(
    detector: EntityDetector, linker: RoleLinker, text: str, holder: str
) -> None:
    assert holder in people(linked_on(detector, linker, text, "tr", _DAY))


@pytest.mark.parametrize(
    "text",
    [
        # marked, but the article names no Libyan: a Turkish home-news item
        "Fidan, Ankara'da basın toplantısı düzenledi.",
        "Fidan'ın açıklaması Ankara'da geniş yer buldu.",
        # the word at a sentence start, with no comma and no case ending
        "Fidan dikimi Libya'ya yardım kampanyası kapsamında başladı.",
        # lower case is the word
        "Libya'ya gönderilen fidan sayısı arttı.",
    ],
)
def test_the_word_or_an_article_without_a_libyan_stays_unlinked(
    detector: EntityDetector, linker: RoleLinker, text: str
) -> None:
    assert "person:hakan-fidan" not in people(linked_on(detector, linker, text, "tr", _DAY))


def test_a_surname_two_office_holders_bear_links_neither(
    detector: EntityDetector, linker: RoleLinker
) -> None:
    # Yaşar Güler (defence minister) and Abdullah Güler (AK Parti group chair) both
    # held an office that day: in an item naming his party, the party official is a
    # reading too, and the mark makes it a name, not whose
    found = people(
        linked_on(
            detector,
            linker,
            "AK Parti heyetiyle birlikte Libya heyetini kabul eden Güler, işbirliğini ele aldı.",
            "tr",
            _DAY,
        )
    )
    assert "person:yasar-guler" not in found
    assert "person:abdullah-guler" not in found


@pytest.mark.parametrize(
    ("text", "holder", "surface"),
    [
        # undated: the one Aksoy who ever held an office (the ministry's spokesman)
        ("Aksoy, Libya'daki seçim sürecine destek verdiklerini hatırlattı.",
         "person:hami-aksoy", "Aksoy"),
        ("Libyalı mevkidaşıyla görüşen Demircan, sağlık alanındaki işbirliğini anlattı.",
         "person:ahmet-demircan", "Demircan"),
        ("Demircan'ın Libya Başkanlık Konseyi üyesiyle görüşmesi basına kapalı yapıldı.",
         "person:ahmet-demircan", "Demircan"),
    ],
)  # fmt: skip
def test_undated_a_marked_surname_links_the_one_who_ever_held_an_office(
    detector: EntityDetector, linker: RoleLinker, text: str, holder: str, surface: str
) -> None:
    assert _undated(detector, linker, text).get(holder) == [surface]


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # no Libyan named
        ("Aksoy, Ankara'da haftalık basın toplantısını yaptı.", "person:hami-aksoy"),
        # unmarked mid-sentence: with no date, the capital alone is not enough
        ("Toplantıda Aksoy da Libya heyetini dinledi.", "person:hami-aksoy"),
        # several Yılmazes held an office at some time: the mark cannot choose
        ("Yılmaz, Libya heyetini makamında kabul etti.", "person:kenan-yilmaz"),
        ("Yılmaz, Libya heyetini makamında kabul etti.", "person:cevdet-yilmaz"),
    ],
)
def test_undated_unmarked_or_ambiguous_surnames_stay_unlinked(
    detector: EntityDetector, linker: RoleLinker, text: str, absent: str
) -> None:
    assert absent not in _undated(detector, linker, text)
