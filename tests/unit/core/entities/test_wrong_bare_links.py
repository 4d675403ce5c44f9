"""Wrong bare links (issue #12): a surname alone after an office title its KB bearer
never held (``office_titles``); an outlet's short name that is also a word, linked
only where copy cites it (``cited_outlets``); a surname shared by others is a weak
alias (Tarhouni)."""

from __future__ import annotations

import pytest

from tests.unit.core.entities.helpers import mentions_of
from wirewatch.core.entities import EntityDetector

MUFTI = "person:sadiq-al-ghariani"
ANADOLU = "org:anadolu-agency"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Misrata Mayor Mahmoud Al-Ghariani toured the port with Turkish engineers.", "en"),
        ("The mayor, Al-Ghariani, toured the port.", "en"),
        ("Mayor of Zawiya Al-Ghariani toured the port.", "en"),
        ("تفقد عميد بلدية مصراتة الغرياني الميناء مع مهندسين أتراك.", "ar"),
        ("Belediye Başkanı Gıryani limanı gezdi.", "tr"),
    ],
)
def test_surname_after_another_office_is_not_the_mufti(
    detector: EntityDetector, text: str, lang: str
) -> None:
    assert MUFTI not in mentions_of(detector, text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Mufti Al-Ghariani issued a new fatwa.", "en"),  # his own office
        ("Grand Mufti Ghariani issued a new fatwa.", "en"),
        ("أصدر المفتي الغرياني فتوى جديدة.", "ar"),
        ("Al-Ghariani issued a new fatwa.", "en"),  # no title: linked as before
        ("The mayor met Sheikh Sadiq al-Ghariani on Sunday.", "en"),  # full name
        ("The mayor praised him, and Al-Ghariani issued a fatwa.", "en"),  # no title before
        ("Mayor Smith, Al-Ghariani and others met.", "en"),  # a list: the title is Smith's
    ],
)
def test_his_own_office_or_no_title_still_links(
    detector: EntityDetector, text: str, lang: str
) -> None:
    assert MUFTI in mentions_of(detector, text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "person"),
    [
        # Turkish puts the object right after the titled subject
        ("Büyükelçi Begeç Dbeybe'yi makamında ziyaret etti.", "tr", "person:abdul-hamid-dbeibah"),
        ("Büyükelçi Güven Begeç Dbeybe ile görüştü.", "tr", "person:abdul-hamid-dbeibah"),
        ("Büyükelçi Ahmet Kaya Dbeybe ile görüştü.", "tr", "person:abdul-hamid-dbeibah"),
        # another person's name between: the title is his
        (
            "Ambassador Begec Dbeibah talks were held in Tripoli.",
            "en",
            "person:abdul-hamid-dbeibah",
        ),
    ],
)
def test_a_title_of_someone_else_before_keeps_the_link(
    detector: EntityDetector, text: str, lang: str, person: str
) -> None:
    assert person in mentions_of(detector, text, lang)


def test_other_people_after_a_title_keep_their_links(detector: EntityDetector) -> None:
    found = mentions_of(
        detector, "Turkish Ambassador Yilmaz met Erdogan; the mayor met Dbeibah.", "en"
    )
    assert "person:recep-tayyip-erdogan" in found
    assert "person:abdul-hamid-dbeibah" in found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Anadolu reported that the committee met twice.", "en"),
        ("The committee met twice, according to Anadolu.", "en"),
        ("The state-run Anadolu said the committee met twice.", "en"),
        ("The minister told Anadolu that the committee met twice.", "en"),
        ("Bakan, Anadolu'ya yaptığı açıklamada komitenin iki kez toplandığını söyledi.", "tr"),
        ("Anadolu'nun haberine göre komite iki kez toplandı.", "tr"),
    ],
)
def test_cited_anadolu_is_the_agency(detector: EntityDetector, text: str, lang: str) -> None:
    assert mentions_of(detector, text, lang).get(ANADOLU) == ["Anadolu"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Farmers across Anadolu protested the prices.", "en"),
        ("Anadolu'da çiftçiler fiyatları protesto etti.", "tr"),
        ("Orta Anadolu bölgesinde kar yağışı bekleniyor.", "tr"),
        ("The anadolu reported nothing.", "en"),  # not written as a name
    ],
)
def test_anadolu_as_a_place_links_no_agency(detector: EntityDetector, text: str, lang: str) -> None:
    assert ANADOLU not in mentions_of(detector, text, lang)


def test_full_agency_name_is_one_mention(detector: EntityDetector) -> None:
    found = mentions_of(detector, "Anadolu Agency reported that the committee met.", "en")
    assert found[ANADOLU] == ["Anadolu Agency"]


def test_bare_tarhouni_needs_the_full_name(detector: EntityDetector) -> None:
    person = "person:ali-tarhouni"
    assert person not in mentions_of(detector, "Tarhouni, a Misrata councillor, said so.", "en")
    found = mentions_of(detector, "Ali Tarhouni spoke first. Tarhouni said so.", "en")
    assert found[person] == ["Ali Tarhouni", "Tarhouni"]
