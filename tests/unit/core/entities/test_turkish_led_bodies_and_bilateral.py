"""Turkish forms of two kinds of organisation name (issue #12, enttr3).

A body named by its leader, leader first ("Serrac hükümeti", "Hafter'e bağlı güçler"):
the leader is named too (:mod:`wirewatch.core.entities.nested`). A bilateral body's
name with Türkiye's side written "Türk-" or with a spaced hyphen ("Türk-Libya İş
Konseyi"): the same body (:func:`wirewatch.core.entities.kb._with_bilateral_spellings`).
And DEİK's business council named after DEİK ("DEİK Türkiye-Libya İş Konseyi"): two
bodies, as the labels count them.
"""

from __future__ import annotations

import pytest

from tests.unit.core.entities.helpers import mentions_of
from wirewatch.core.entities.kb import _with_bilateral_spellings


@pytest.mark.parametrize(
    ("text", "body", "leader", "leader_mention"),
    [
        (
            "Libya'da Hammad hükümetinin aldığı karar Trablus'ta tepki çekti.",
            "org:ly-gns",
            "person:osama-hammad",
            "Hammad",
        ),
        (
            "Serrac hükümeti, mutabakat muhtırasını Meclis'e sunmadı.",
            "org:ly-gna",
            "person:fayez-al-sarraj",
            "Serrac",
        ),
        (
            # the full name before the alias had been swallowed with it
            "Sirte'nin doğusunda Halife Hafter’e bağlı güçler yeniden mevzilendi.",
            "org:ly-lna",
            "person:khalifa-haftar",
            "Hafter",
        ),
        (
            "Dbeybe hükümetinin Ankara'ya gönderdiği heyet temaslarını tamamladı.",
            "org:ly-gnu",
            "person:abdul-hamid-dbeibah",
            "Dbeybe",
        ),
    ],
)
def test_a_body_named_by_its_leader_names_the_leader_too(
    detector, text: str, body: str, leader: str, leader_mention: str
) -> None:
    linked = mentions_of(detector, text, "tr")
    assert body in linked
    assert linked[leader] == [leader_mention]


@pytest.mark.parametrize(
    "text",
    [
        # a place names the body, not a person
        "Trablus hükümeti yeni bir bütçe açıkladı.",
        # "kuvvetleri" ends the name, but "Türk" is nobody
        "Türk Silahlı Kuvvetleri Akdeniz'de tatbikat yaptı.",
    ],
)
def test_a_body_named_otherwise_adds_no_person(detector, text: str) -> None:
    linked = mentions_of(detector, text, "tr")
    assert not [i for i in linked if i.startswith("person:")]


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Türk-Libya İş Konseyi üyeleri Trablus'ta temaslarda bulundu.", "Türk-Libya İş Konseyi"),
        ("Türkiye- Libya İş Konseyi yeni başkanını seçti.", "Türkiye- Libya İş Konseyi"),
    ],
)
def test_a_bilateral_council_in_other_spellings(detector, text: str, mention: str) -> None:
    linked = mentions_of(detector, text, "tr")
    assert linked["org:turkish-libyan-business-council"] == [mention]


def test_a_bilateral_commission_with_turk_spaced(detector) -> None:
    linked = mentions_of(detector, "Türk - Libya Karma Ekonomik Komisyonu toplandı.", "tr")
    assert "org:tr-ly-joint-economic-commission" in linked


def test_bilateral_words_that_name_no_body_stay_unlinked(detector) -> None:
    linked = mentions_of(detector, "Türk-Libya ilişkileri son yıllarda hızla gelişti.", "tr")
    assert "org:turkish-libyan-business-council" not in linked
    assert "org:tr-ly-joint-economic-commission" not in linked


def test_the_spellings_spread_only_a_bilateral_join() -> None:
    spread = _with_bilateral_spellings(["Türkiye-Libya İş Konseyi", "Türk Kızılay"])
    assert "Türk-Libya İş Konseyi" in spread
    assert "Türkiye - Libya İş Konseyi" in spread
    assert [a for a in spread if "Kızılay" in a] == ["Türk Kızılay"]


def test_deik_and_its_council_are_two_bodies(detector) -> None:
    linked = mentions_of(
        detector, "DEİK Türkiye-Libya İş Konseyi Başkanı Murtaza Karanfil konuştu.", "tr"
    )
    assert linked["org:deik"] == ["DEİK"]
    assert linked["org:turkish-libyan-business-council"] == ["Türkiye-Libya İş Konseyi"]


# A person's own full name's last token, written alone in another spelling of their
# surname (:mod:`wirewatch.core.entities.variants`): "Dubeybe" is the last token of
# Dbeibah's "Abdulhamit Dubeybe", "Meşri" of "Halid el-Meşri"; alone, behind a title,
# they are those men.
@pytest.mark.parametrize(
    ("text", "person", "mention"),
    [
        (
            "Başbakan Dubeybe'nin ofisinden yapılan açıklamada görüşmenin verimli geçtiği belirtildi.",
            "person:abdul-hamid-dbeibah",
            "Dubeybe",
        ),
        (
            "Yüksek Devlet Konseyi Başkanı Meşri'nin açıklamasına göre iki meclis uzlaştı.",
            "person:khalid-al-mishri",
            "Meşri",
        ),
        (
            "Konsey Başkanı Meşri, seçim yasasının ay sonunda çıkacağını söyledi.",
            "person:khalid-al-mishri",
            "Meşri",
        ),
    ],
)
def test_a_surname_spelt_as_in_ones_full_name_behind_a_title(
    detector, text: str, person: str, mention: str
) -> None:
    assert mentions_of(detector, text, "tr")[person] == [mention]


@pytest.mark.parametrize(
    "text",
    [
        # no title, the man not named in full: the word alone is no evidence
        "Cumhurbaşkanı Erdoğan, Meşri ile telefonda görüştü.",
        "Meşri'nin açıklamasına göre iki konsey uzlaştı.",
    ],
)
def test_such_a_surname_alone_without_support_links_no_one(detector, text: str) -> None:
    assert "person:khalid-al-mishri" not in mentions_of(detector, text, "tr")


# Turkish companies and bodies of Libya coverage the KB lacked (found by probes).
@pytest.mark.parametrize(
    ("text", "org", "mention"),
    [
        (
            "Yüksel İnşaat, Trablus'taki yarım kalan konut projesine döndü.",
            "org:yuksel-insaat",
            "Yüksel İnşaat",
        ),
        ("Kolin İnşaat'ın Libya'daki alacakları masaya yatırıldı.", "org:kolin", "Kolin İnşaat"),
        ("FNSS'nin zırhlı araçları Libya ordusuna tanıtıldı.", "org:fnss", "FNSS"),
        ("EÜAŞ heyeti Libya Genel Elektrik Şirketi ile görüştü.", "org:euas", "EÜAŞ"),
        (
            "Yeryüzü Doktorları ekibi Derne'de sahra kliniği kurdu.",
            "org:yeryuzu-doktorlari",
            "Yeryüzü Doktorları",
        ),
        ("TMO'nun Libya'ya buğday satışı için yeni ihale açtığı bildirildi.", "org:tmo", "TMO"),
        (
            "Libya Elektrik Şirketi (GECOL) kesintilerin azaldığını açıkladı.",
            "org:ly-gecol",
            "Libya Elektrik Şirketi",
        ),
    ],
)
def test_turkish_companies_and_bodies_of_libya_coverage(
    detector, text: str, org: str, mention: str
) -> None:
    assert mention in mentions_of(detector, text, "tr")[org]


def test_a_lower_case_acronym_or_bare_given_name_is_no_such_body(detector) -> None:
    # "tmo" in lower case and the given name Yüksel alone name no company
    linked = mentions_of(detector, "Yüksel Bey, tmo kısaltmasını ilk kez duydu.", "tr")
    assert "org:tmo" not in linked
    assert "org:yuksel-insaat" not in linked
