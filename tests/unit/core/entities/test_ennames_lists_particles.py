"""English people the KB lacks, found by shape (session 21, ennames): names a plural
role lists ("two deputies in the council, X and Y"), "chairperson" as an apposed
role, family names joined to a particle by a hyphen ("Bo-", "Abu-", "Ben-"), and up
to three listed given names after a title ("photographer Mohammed Omar Ahmed X").
Every sentence is invented; the second half holds the cases each rule must leave
alone (places, bodies, headline case, months and days, KB people already found)."""

from __future__ import annotations

import pytest

from wirewatch.core.entities import EntityDetector
from wirewatch.core.textfold import fold

SHAPE = "person:shape:"


def _people(detector: EntityDetector, text: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for ent in detector.detect(fold(text), "en"):
        if ent.type == "PERSON":
            out[ent.id] = [m.text for m in ent.mentions]
    return out


def _shaped(detector: EntityDetector, text: str) -> list[str]:
    return sorted(m for i, ms in _people(detector, text).items() if i.startswith(SHAPE) for m in ms)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a plural role, its qualifiers and a comma, then the listed names
        ("Also present were two deputies, Ahmed Karim and Salem Jaber.", "Ahmed Karim"),
        ("Four members of the committee, Fathi Rabti and Ali Dreza, voted no.", "Fathi Rabti"),
        ("Three ministers, Omar Kaddour, Fathi Rabti and Ali Dreza, signed.", "Fathi Rabti"),
        (
            "The envoys of the two councils, Nabil Fergiani and Omar Werfalli, arrived.",
            "Nabil Fergiani",
        ),
        # a plural role right before the names
        ("Libyan officials Hamza Tarhouni and Omar Gherbawi joined the talks.", "Omar Gherbawi"),
        # "chairperson" apposed after the name
        ("Khaled Zintani, the chairperson of the board, rejected the offer.", "Khaled Zintani"),
        ("They received Faleh al-Hazmi, chairperson of the tribal council.", "Faleh al-Hazmi"),
        # a family name joined to its particle by a hyphen
        ("Spokesman Ali Abu-Sneina said the port would reopen.", "Ali Abu-Sneina"),
        ("Deputy Omar Ben-Zeglam met the mayor on Sunday.", "Omar Ben-Zeglam"),
        ("Colonel Salem Bo-Tarbah denied the report.", "Salem Bo-Tarbah"),
        # three listed given names after a title
        (
            "The victims included cameraman Ali Salem Omar Dreza and two guards.",
            "Ali Salem Omar Dreza",
        ),
        ("Adviser Mohamed Ali Hassan Gnidi attended the signing.", "Mohamed Ali Hassan Gnidi"),
    ],
)
def test_names_of_the_classes_are_found(detector: EntityDetector, text: str, name: str) -> None:
    assert name in _shaped(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        # places and bodies after a plural role
        "Libyan officials visited Hassan Souq and Misrata Port on Monday.",
        "The two deputies, Misrata and Zawiya, sent their delegates.",
        "The envoys, the House of Representatives and the High Council of State, met.",
        "Libyan lawmakers Salem Hotel staff said nothing.",
        "Turkish officials named Omar Ali Street and Hamza Square after them.",
        # months and days listed after a plural role
        "The ministers of defence and interior, Monday and Tuesday, were busy.",
        "The leaders, in January and February, visited Misrata.",
        # a clause, not a list, after the role and its comma
        "The deputies, Ahmed said, would vote next week.",
        "The officials, who met Omar Karim later, left.",
        # headline case
        "Libyan Officials Said Tuesday The Port Would Reopen",
        # a hyphen that joins no particle to a family name
        "Spokesman Ali Abu-Dhabi Investment Authority officials said.",
        "Minister Omar Pro-Government Forces commander spoke.",
        # given names then a place's or a body's word
        "Minister Ali Salem Omar Street reopened to traffic.",
        "Engineer Ali Hassan Ahmed Hospital staff were evacuated.",
    ],
)
def test_places_bodies_and_clauses_give_no_person(detector: EntityDetector, text: str) -> None:
    assert _shaped(detector, text) == []


def test_a_list_of_kb_people_stays_theirs(detector: EntityDetector) -> None:
    people = _people(detector, "President Erdogan and Prime Minister Dbeibah met in Ankara.")
    assert set(people) == {"person:recep-tayyip-erdogan", "person:abdul-hamid-dbeibah"}


def test_a_plural_role_far_back_lists_no_name(detector: EntityDetector) -> None:
    # the role ends a clause well before the name: no list between them
    text = (
        "The talks were attended by several officials. On the second day of the "
        "conference in the capital, Ahmed Karim spoke."
    )
    assert _shaped(detector, text) == []


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # a place between "Turkey's" and the role: the pattern's official, of its country
        ("Turkey's Libya envoy Tolgahan Bozbey met the delegation.", "Tolgahan Bozbey", "TR"),
        ("Turkey's Libya envoy, Tolgahan Bozbey, said talks went well.", "Tolgahan Bozbey", "TR"),
        ("Libya's Ankara ambassador Salem Gnidi said.", "Salem Gnidi", "LY"),
    ],
)
def test_a_country_s_place_role_names_its_official(
    detector: EntityDetector, text: str, name: str, country: str
) -> None:
    found = {
        (m.text, e.country)
        for e in detector.detect(fold(text), "en")
        if e.type == "PERSON" and e.id.startswith("person:pattern:")
        for m in e.mentions
    }
    assert (name, country) in found


@pytest.mark.parametrize(
    "text",
    [
        "Turkey's Libya envoy said the talks went well.",
        "Turkey's Libya policy Group Chairman said.",
        "Turkey's Libya Envoy Meets Dbeibah In Tripoli",
        "Turkey's Libya Minister Of State Visits Misrata",
    ],
)
def test_a_country_s_place_role_without_a_name_gives_no_official(
    detector: EntityDetector, text: str
) -> None:
    assert not [e for e in detector.detect(fold(text), "en") if e.id.startswith("person:pattern:")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Minister Abdul Hamid Kabti met the Turkish envoy.", "Abdul Hamid Kabti"),
        ("Two deputies, Abdul Salam Bettamer and Ahmed Karim, attended.", "Abdul Salam Bettamer"),
        ("Spokesman Abdel Rahman Gnidi said the border was open.", "Abdel Rahman Gnidi"),
        ("He met Abdul Latif Gnidi, the head of the port authority.", "Abdul Latif Gnidi"),
    ],
)
def test_an_abdul_given_name_written_apart_is_one_name(
    detector: EntityDetector, text: str, name: str
) -> None:
    # the whole name, not its second half ("Hamid Kabti")
    shaped = _shaped(detector, text)
    assert name in shaped
    assert not [m for m in shaped if m != name and name.endswith(m)]


@pytest.mark.parametrize(
    "text",
    [
        "Abdel Rahman Street was closed after the blast.",
        "The Abdul Salam Mosque in Tripoli was closed.",
        "Minister Abdul Salam Street was reopened.",
        "Abdel Fattah Square Protest Turns Violent",
    ],
)
def test_an_abdul_place_gives_no_person(detector: EntityDetector, text: str) -> None:
    assert _shaped(detector, text) == []
