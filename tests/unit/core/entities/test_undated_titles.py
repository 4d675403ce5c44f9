"""A title narrows a bare surname to the people who ever held the office, for an
undated article too, and overrides the best-known bearer of the surname that the
detector picked ("Büyükelçi Yılmaz" is the ambassador, not the vice-president)."""

from __future__ import annotations

import pytest

from tests.unit.core.entities.dated import linked_on, people
from wirewatch.core.textfold import fold


def _undated(detector, linker, text: str, lang: str) -> dict[str, list[str]]:
    folded = fold(text)
    return people(linker.link_undated(folded, lang, detector.detect(folded, lang)))


@pytest.mark.parametrize(
    ("lang", "text", "holder", "surface"),
    [
        # the only Yılmaz the KB knows as an envoy between Türkiye and Libya
        ("tr", "Büyükelçi Yılmaz, Libya Dışişleri Bakanlığında açıklama yaptı.",
         "person:kenan-yilmaz", "Yılmaz"),
        ("ar", "وأكد السفير يلماز أن العلاقات بين البلدين قوية.",
         "person:kenan-yilmaz", "يلماز"),
        ("en", "Ambassador Yilmaz told reporters the consulate would reopen.",
         "person:kenan-yilmaz", "Yilmaz"),
        # the only Yılmaz who was ever defence minister (İsmet), not Cevdet
        ("en", "Defence Minister Yilmaz met the delegation.", "person:ismet-yilmaz", "Yilmaz"),
        # a title with its Turkish case ending on the name
        ("tr", "Büyükelçi Yılmaz'ın açıklamasına göre konsolosluk açılacak.",
         "person:kenan-yilmaz", "Yılmaz'ın"),
    ],
)  # fmt: skip
def test_a_title_picks_the_one_who_ever_held_the_office(
    detector, linker, lang, text, holder, surface
) -> None:
    found = _undated(detector, linker, text, lang)
    assert found.get(holder) == [surface]
    assert "person:cevdet-yilmaz" not in found


@pytest.mark.parametrize(
    ("lang", "text", "kept"),
    [
        # no title: the bare surname keeps the detector's reading (a family's head;
        # a common surname such as Yılmaz has none since entfix: test_common_surnames)
        ("en", "Haftar explained that the visit was postponed.", "person:khalifa-haftar"),
        # the full name after the title is kept as found
        ("tr", "Trablus Büyükelçisi Kenan Yılmaz açıklama yaptı.", "person:kenan-yilmaz"),
    ],
)
def test_left_alone_without_a_fitting_title(detector, linker, lang, text, kept) -> None:
    found = _undated(detector, linker, text, lang)
    assert kept in found
    assert "person:kenan-yilmaz" in found or kept != "person:kenan-yilmaz"


def test_two_holders_bearing_the_name_link_nobody(detector, linker) -> None:
    # two Barghathis were Libya's defence minister: the title cannot choose, and
    # the detector's weak-alias reading (Mahdi's) is dropped too (drop_unfit_titled)
    text = "Defence Minister al-Barghathi arrived."
    assert {p.id for p in linker.holders.holders_ever("defence-minister")} >= {
        "person:mahdi-al-barghathi",
        "person:mohammed-al-barghathi",
    }
    assert "person:mahdi-al-barghathi" in people(detector.detect(fold(text), "en"))
    assert _undated(detector, linker, text, "en") == {}


def test_several_ministers_bearing_the_name_link_nobody(detector, linker) -> None:
    # undated "Dışişleri Bakanı Yılmaz": no foreign minister in the KB is a Yılmaz,
    # and several Yılmaz were some minister: the detector's Cevdet Yılmaz is dropped
    found = _undated(detector, linker, "Dışişleri Bakanı Yılmaz açıklama yaptı.", "tr")
    assert "person:cevdet-yilmaz" not in found


def test_an_undated_role_alone_stays_unlinked(detector, linker) -> None:
    # "the Turkish defence minister" needs a day to pick the holder
    found = _undated(detector, linker, "The Turkish defence minister arrived in Tripoli.", "en")
    assert not found


def test_the_title_overrides_a_bare_surname_on_a_dated_article_too(detector, linker) -> None:
    text = "Büyükelçi Yılmaz, Trablus'ta konuştu."
    found = people(linked_on(detector, linker, text, "tr", "2022-07-27"))
    assert found.get("person:kenan-yilmaz") == ["Yılmaz"]
    assert "person:cevdet-yilmaz" not in found


def test_holders_ever_spans_terms(linker) -> None:
    envoys = {p.id for p in linker.holders.holders_ever("libya-turkey-ambassador")}
    assert {"person:kenan-yilmaz", "person:guven-begec"} <= envoys
    assert "person:cevdet-yilmaz" not in envoys


@pytest.mark.parametrize(
    ("lang", "text", "day", "holder", "surface"),
    [
        # 2022: of the KB's Yılmaz, only the ambassador held an office
        # (an Arabic article must name Türkiye for a Turkish holder to be read)
        ("ar", "وأضاف يلماز أن تركيا ستعيد فتح قنصليتها في بنغازي.", "2022-08-02",
         "person:kenan-yilmaz", "يلماز"),
        ("en", "Yilmaz said Turkey would reopen its consulate in Benghazi.", "2022-01-29",
         "person:kenan-yilmaz", "Yilmaz"),
        # 2023 on, the vice-president holds office too: two bearers, and Yılmaz is
        # too common a surname for the detector to default to the best-known one
        # (entfix, stoplists.yaml common_surnames): nobody
        ("ar", "وأضاف يلماز أن تركيا ستعيد فتح قنصليتها في بنغازي.", "2023-09-02",
         None, "يلماز"),
        # no Turkish party named in an Arabic article: no Turkish holder is read
        ("ar", "وأضاف يلماز في تصريح صحفي أن القنصلية ستفتح قريبا.", "2022-08-02",
         None, "يلماز"),
    ],
)  # fmt: skip
def test_a_bare_surname_goes_to_the_one_bearer_in_office_that_day(
    detector, linker, lang, text, day, holder, surface
) -> None:
    found = people(linked_on(detector, linker, text, lang, day))
    if holder is None:
        assert found == {}
        return
    assert found.get(holder) == [surface]
    assert len(found) == 1


def test_the_short_form_of_a_person_named_in_full_stays_theirs(detector, linker) -> None:
    # "Kenan Yılmaz ... Yılmaz": the article's own person, whatever the date says
    text = "Büyükelçisi Kenan Yılmaz Bingazi'ye gitti. Yılmaz, konsolosluğun açılacağını söyledi."
    found = people(linked_on(detector, linker, text, "tr", "2024-06-01"))
    assert found.get("person:kenan-yilmaz") == ["Kenan Yılmaz", "Yılmaz"]
    assert "person:cevdet-yilmaz" not in found


def test_a_title_in_the_article_keeps_the_role_holder_of_another_sentence(detector, linker) -> None:
    # the titled name and the role are found together: the holder the role gives that
    # day must not be lost when the titled name is linked (it once was)
    text = "The Turkish defence minister arrived in Tripoli. Ambassador Yilmaz met him."
    found = people(linked_on(detector, linker, text, "en", "2022-03-01"))
    assert found.get("person:hulusi-akar") == ["Turkish defence minister"]
    assert found.get("person:kenan-yilmaz") == ["Yilmaz"]


def test_a_title_the_bearer_never_held_unlinks_him(detector, linker) -> None:
    # no KB envoy is a Demir, and the KB's Demir (İsmail, head of the defence
    # industries) was never an ambassador: the surname names someone else
    # (office_titles.py; before, the detector's link was kept)
    assert "person:ismail-demir" not in _undated(
        detector, linker, "Büyükelçi Demir açıklama yaptı.", "tr"
    )
