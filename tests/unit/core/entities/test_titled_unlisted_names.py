"""A capitalised two-word name right after a title that vouches for it is a person,
whatever its first name (issue #12, entmech): the given-name list holds Arab names,
but foreign, Turkish and rarer Libyan officials are titled the same way ("Rwandan
President Paul Kagame", "Tripoli Mayor Abdurrauf Hasan"). Only the titles in
``name_titles`` (latin_arabic_names.yaml), a plain two-word name, and no word of a
body's or an office's name (``not_name``)."""

from __future__ import annotations

import pytest

from tests.unit.core.entities.helpers import shaped_surfaces


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Rwandan President Paul Kagame arrived in Ankara on Monday.", "Paul Kagame"),
        # invented: Masrour Barzani, the real one, is a KB entry since session 21
        ("He met Iraqi Kurdistan Prime Minister Rebwar Sindi in Erbil.", "Rebwar Sindi"),
        ("Tripoli Mayor Abdurrauf Hasan welcomed the Turkish delegation.", "Abdurrauf Hasan"),
        ("Presidential adviser Sefer Turan attended the talks.", "Sefer Turan"),
        ("Jordanian Parliament Speaker Atef Tarawneh received Saleh.", "Atef Tarawneh"),
        ("Libyan economist Suleiman Shehoumi warned of inflation.", "Suleiman Shehoumi"),
        ("The talks were chaired by Ambassador Levent Murat Burhan's deputy, Dr Selin Aksoy.",
         "Selin Aksoy"),
        ("Rwandan Defence Minister Juvenal Marizamunda flew to Tripoli.", "Juvenal Marizamunda"),
    ],
)  # fmt: skip
def test_a_titled_name_whatever_its_first_name(detector, text: str, name: str) -> None:
    assert name in shaped_surfaces(detector, text, "en")


@pytest.mark.parametrize(
    "text",
    [
        "The Chief Executive Officer Board met on Monday.",
        "Prime Minister Office Director said the visit was postponed.",
        "The Director General Security Directorate issued a statement.",
        "Commander Land Forces Command held drills.",
        "Minister Trade Ministry officials attended the fair.",
        "The minister Tuesday Morning show aired the interview.",
        "He spoke to Mayor Said Saturday about the project.",
        "The economist Intelligence Unit forecast growth.",
        "The correspondent Anadolu Agency reported from Tripoli.",
        # a longer name: capitalised, or an article's hyphen after it
        "President Vladimir Putin Street was renamed.",
        "He held talks with President Abdul Fattah al-Sisi in Cairo.",
        # one word only
        "President Biden said on Friday the talks were useful.",
        # a title that a body's name follows as often
        "The member Turkish Airlines said flights would resume.",
    ],
)
def test_no_person_from_a_title_before_other_words(detector, text: str) -> None:
    assert shaped_surfaces(detector, text, "en") == []


# (session 21, entshape) a rank's "General", courtesy titles with their full stop, a
# comma between a title and a listed given name, the article written apart ("El") or
# hyphened after an unlisted first name. Invented sentences.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The parade was attended by Lieutenant General Rustam Aliyev.", "Rustam Aliyev"),
        ("Brigadier General Tomas Novak inspected the frigate.", "Tomas Novak"),
        ("The ministry spokesman Khaled El Mahdi said the talks went well.", "Khaled El Mahdi"),
        ("He met Representative Salem Bakkar in Tobruk.", "Salem Bakkar"),
        ("The talks were joined by Ms. Shahira Al-Sadi, the adviser.", "Shahira Al-Sadi"),
        ("At his meeting with the Parliament Speaker, Atef Harbi, he urged calm.", "Atef Harbi"),
    ],
)  # fmt: skip
def test_more_title_shapes(detector, text: str, name: str) -> None:
    assert name in shaped_surfaces(detector, text, "en")


@pytest.mark.parametrize(
    "text",
    [
        "The General Assembly adopted the resolution.",
        "He spoke to General Motors executives on Monday.",
        "The General Electricity Company said power was restored.",
        "The General Intelligence Directorate denied the report.",
        "Ms. Smith said the visit was useful.",
        # after a comma, only a listed given name: "Kenan" is no Arab given name
        "He thanked the speaker, Kenan Bey for his help.",
        # a family name that is a verb
        "Dr. Ahmed El Said will travel on Monday.",
    ],
)
def test_no_person_from_the_new_title_shapes(detector, text: str) -> None:
    assert shaped_surfaces(detector, text, "en") == []
