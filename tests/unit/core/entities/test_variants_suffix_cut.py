"""A Turkish case ending fused to a name is read off only in Turkish copy
(core/entities/variants.py, ``_name_at``): in English "General Hussein" is no
"Hussei" + "n" linked to al-Hassi, while Turkish "Başbakan Dibeybenin" still links
Dbeibah with the ending cut off the span."""

from __future__ import annotations

import pytest

from tests.unit.core.entities.helpers import mentions_of
from wirewatch.core.entities import EntityDetector

HASSI = "person:abdulsalam-al-hassi"
DBEIBAH = "person:abdul-hamid-dbeibah"


@pytest.mark.parametrize(
    "text",
    [
        "General Hussein met the Turkish delegation in Tripoli.",
        "Libyan commander General Saddam Hussein al-Obeidi met the delegation on Monday.",
        "Colonel Hussein told reporters the talks went well.",
    ],
)
def test_no_turkish_ending_is_cut_in_english(detector: EntityDetector, text: str) -> None:
    found = mentions_of(detector, text, "en")
    assert HASSI not in found
    assert not any(s.startswith("Hussei") and s != "Hussein" for ms in found.values() for s in ms)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Başbakan Dibeybenin ofisi açıklama yaptı.", "Dibeybe"),
        ("Cumhurbaşkanı Erdoğan, Başbakan Dbeybeyi kabul etti.", "Dbeybe"),
    ],
)
def test_a_fused_turkish_ending_is_still_cut_in_turkish(
    detector: EntityDetector, text: str, surface: str
) -> None:
    assert mentions_of(detector, text, "tr").get(DBEIBAH) == [surface]
