"""Role phrases that named nobody before (issue #12, role-only references): the
economic and military offices ("Turkey's energy minister", "Libya's oil minister", "the
Libyan chief of staff") and a Libyan institution's head with the country's possessive
between title and institution ("the president of Libya's High Council of State").
Paraphrases, not the excerpts that showed them; each with what must stay unlinked."""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.unit.core.entities.dated import people_on
from wirewatch.core.textfold import fold


def _people(detector, linker, text: str, day: str) -> dict[str, list[str]]:
    return people_on(detector, linker, text, "en", day)


@pytest.mark.parametrize(
    ("text", "day", "holder", "surface"),
    [
        ("Talks opened in Tripoli with Turkey's energy minister.", "2024-06-03",
         "person:alparslan-bayraktar", "Turkey's energy minister"),
        ("Libya's oil minister flew to Istanbul for the summit.", "2024-06-03",
         "person:khalifa-abdulsadek", "Libya's oil minister"),
        # the same phrase two years earlier: the holder then
        ("Libya's oil minister flew to Istanbul for the summit.", "2022-06-03",
         "person:mohamed-aoun", "Libya's oil minister"),
        ("The Turkish trade minister opened the fair.", "2024-06-03",
         "person:omer-bolat", "Turkish trade minister"),
        ("The Libyan economy minister opened the fair.", "2024-06-03",
         "person:mohamed-al-hawij", "Libyan economy minister"),
        ("A plane carrying the Libyan chief of staff landed in Ankara.", "2021-06-03",
         "person:mohammed-al-haddad", "Libyan chief of staff"),
        ("Ankara welcomed the president of Libya's High Council of State.", "2023-11-01",
         "person:mohamed-takala", "president of Libya's High Council of State"),
        ("Ankara welcomed the head of Libya's Presidential Council.", "2021-04-01",
         "person:mohamed-menfi", "head of Libya's Presidential Council"),
    ],
)  # fmt: skip
def test_a_role_alone_names_the_holder_on_the_articles_day(
    detector, linker, text, day, holder, surface
) -> None:
    assert _people(detector, linker, text, day) == {holder: [surface]}


@pytest.mark.parametrize(
    "text",
    [
        # a title: the name after it is linked itself, the phrase adds nobody
        "Libya's oil minister Mohamed Aoun flew to Istanbul.",
        # someone else than the holder, or another time
        "The former Turkish energy minister spoke in Ankara.",
        "Libya's deputy oil minister flew to Istanbul.",
        "The deputy head of Libya's Presidential Council arrived in Ankara.",
        # an office the lexicon does not hold: nothing is guessed
        "The Libyan culture minister opened the fair.",
    ],
)
def test_titles_others_and_unknown_offices_stay_unlinked(detector, linker, text) -> None:
    folded = fold(text)
    found = linker.link(folded, "en", detector.detect(folded, "en"), datetime(2022, 6, 3))
    assert not [e.id for e in found if e.found_by == "role"]


# -- "his Libyan counterpart", "Turkey's top diplomat" -------------------------------------


@pytest.mark.parametrize(
    ("text", "day", "expected"),
    [
        # the first side named by role, the counterpart holds the same office
        ("The Turkish interior minister met his Libyan counterpart in Tripoli.", "2025-11-25",
         {"person:ali-yerlikaya": ["Turkish interior minister"],
          "person:imad-trabelsi": ["Libyan counterpart"]}),
        # the first side named by name, on another day another pair of holders
        ("Hulusi Akar held talks with his Libyan counterpart in Ankara.", "2020-10-02",
         {"person:hulusi-akar": ["Hulusi Akar"],
          "person:salah-al-namroush": ["Libyan counterpart"]}),
        ("Libya's foreign minister received her Turkish counterpart.", "2021-06-01",
         {"person:najla-mangoush": ["Libya's foreign minister"],
          "person:mevlut-cavusoglu": ["Turkish counterpart"]}),
        ("Turkey's top diplomat arrived in Tripoli.", "2024-02-07",
         {"person:hakan-fidan": ["Turkey's top diplomat"]}),
        ("Dbeibah met the head of Turkey's National Intelligence Organization.", "2024-02-07",
         {"person:abdul-hamid-dbeibah": ["Dbeibah"],
          "person:ibrahim-kalin": ["head of Turkey's National Intelligence Organization"]}),
    ],
)  # fmt: skip
def test_a_counterpart_holds_the_same_office_in_the_other_country(
    detector, linker, text, day, expected
) -> None:
    assert _people(detector, linker, text, day) == expected


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # Libya has no president: Erdogan's counterpart is nobody the KB can name
        ("Erdogan held talks with his Libyan counterpart in Ankara.", "2021-06-01"),
        # a name after it: the name is linked itself (counterparts.py), not the role
        ("Cavusoglu met his Libyan counterpart Najla Mangoush.", "2021-06-01"),
        # nobody of the other country named before it
        ("His Libyan counterpart was not present at the ceremony.", "2021-06-01"),
    ],
)
def test_a_counterpart_with_no_office_to_mirror_stays_unlinked(detector, linker, text, day) -> None:
    folded = fold(text)
    found = linker.link(folded, "en", detector.detect(folded, "en"), datetime.fromisoformat(day))
    assert not [e.id for e in found if e.found_by == "role"]
