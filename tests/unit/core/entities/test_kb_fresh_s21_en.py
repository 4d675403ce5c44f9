"""KB breadth from 30 fresh English excerpts (``kb/fresh_s21_en.yaml``, session 21):
news agencies, Turkey's Iraqi and Kurdish interlocutors and their places, Somali and
Libyan officials, spelling variants; and what the additions must leave alone.
Invented sentences."""

from __future__ import annotations

import pytest

from wirewatch.core.entities import EntityDetector

from .helpers import ids_of

# -- KB breadth -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("KUNA reported that the minister left for Ankara.", "en", "org:kuna"),
        ("وقالت وكالة الأنباء الكويتية إن الوزير غادر.", "ar", "org:kuna"),
        (
            "Fidan also met leaders of the Iraqi Turkmen Front in Kirkuk.",
            "en",
            "org:iraqi-turkmen-front",
        ),
        ("Fidan, Irak Türkmen Cephesi yöneticileriyle görüştü.", "tr", "org:iraqi-turkmen-front"),
        ("He met the head of the State of Law coalition.", "en", "org:state-of-law-coalition"),
        ("He met Faleh al-Fayyadh, who heads the militia body.", "en", "person:falih-al-fayyadh"),
        ("Bakan, Haşdi Şabi Başkanı ile bir araya geldi.", "tr", "org:popular-mobilization-forces"),
        ("Mesrur Barzani Ankara'da ağırlandı.", "tr", "person:masrour-barzani"),
        ("The talks were held in Erbil and Sulaimani.", "en", "loc:sulaymaniyah"),
        (
            "Airline official Hisham Bu Shkiwat welcomed the first flight.",
            "en",
            "person:hisham-abu-shkiwat",
        ),
        ("Abdulsalam Kagman attended the ceremony in Tajoura.", "en", "person:abdulsalam-kajman"),
        (
            "Somali Defence Minister Abdulkadir Mohamed Nour arrived.",
            "en",
            "person:abdulkadir-mohamed-nur",
        ),
        ("An attack claimed by al-Shabab killed four soldiers.", "en", "org:al-shabaab"),
    ],
)
def test_fresh_kb_entities(detector: EntityDetector, text: str, lang: str, expected: str) -> None:
    assert expected in ids_of(detector, text, lang)


def test_a_barzani_alone_follows_the_one_named_in_full(detector: EntityDetector) -> None:
    found = ids_of(
        detector, "Nechirvan Barzani received the minister; Barzani said ties were strong.", "en"
    )
    assert "person:nechirvan-barzani" in found
    assert "person:masoud-barzani" not in found


@pytest.mark.parametrize(
    "text",
    [
        "Hussein said the port would reopen.",  # no office-holder takes a bare Hussein
        "They called for a state of law in Libya.",  # lower case: no coalition
        "Lamps (qandil) were lit for the night.",  # the bare Qandil is no place
    ],
)
def test_fresh_kb_entities_left_alone(detector: EntityDetector, text: str) -> None:
    found = ids_of(detector, text, "en")
    assert "person:fuad-hussein" not in found
    assert "org:state-of-law-coalition" not in found
    assert "loc:qandil" not in found


def test_a_spelling_of_a_libyan_town(detector: EntityDetector) -> None:
    assert "loc:al-qubbah" in ids_of(detector, "The speaker received them at home in Qubba.", "en")


@pytest.mark.parametrize(
    ("text", "lang", "absent"),
    [
        ("Suna Yılmaz, Sudan'daki gelişmeleri değerlendirdi.", "tr", "org:suna"),  # a name
        ("The ITC report on Libyan trade was published.", "en", "org:iraqi-turkmen-front"),
    ],
)
def test_agency_and_front_forms_left_out(
    detector: EntityDetector, text: str, lang: str, absent: str
) -> None:
    assert absent not in ids_of(detector, text, lang)
