"""A deputy's title before a surname names a deputy: "Bakan Yardımcısı Bolat",
"Deputy Minister Bolat" is not the trade minister Ömer Bolat, whose weak alias links
after a title (office_titles.yaml). A KB person whose office is a deputy's keeps the
link, and the minister's own title still links him."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.unit.core.entities.helpers import mentions_of
from wirewatch.core.entities import EntityDetector
from wirewatch.core.entities.roles_by_date import RoleLinker
from wirewatch.core.textfold import fold

_BOLAT = "person:omer-bolat"
_DAY = dt.datetime(2024, 5, 2, tzinfo=dt.UTC)


def _ids(
    detector: EntityDetector, linker: RoleLinker, text: str, lang: str, dated: bool
) -> set[str]:
    folded = fold(text)
    found = detector.detect(folded, lang)
    found = (
        linker.link(folded, lang, found, _DAY)
        if dated
        else linker.link_undated(folded, lang, found)
    )
    return {e.id for e in found}


@pytest.mark.parametrize("dated", [True, False])
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Ticaret Bakan Yardımcısı Bolat, Misrata'da iş insanlarıyla buluştu.", "tr"),
        ("Görüşmeye Bakan Yardımcısı Bolat da katıldı.", "tr"),
        ("Deputy Minister Bolat told reporters in Misrata the fair would go ahead.", "en"),
        ("Turkey's deputy trade minister, Deputy Minister Bolat, arrived on Sunday.", "en"),
    ],
)
def test_a_deputy_title_does_not_link_the_minister(
    detector: EntityDetector, linker: RoleLinker, text: str, lang: str, dated: bool
) -> None:
    assert _BOLAT not in _ids(detector, linker, text, lang, dated)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Ticaret Bakanı Bolat, Misrata'da iş insanlarıyla buluştu.", "tr"),
        ("Ömer Bolat Trablus'ta Dbeybe ile görüştü.", "tr"),
        ("Trade Minister Bolat met Libyan business leaders in Misrata.", "en"),
    ],
)
def test_the_ministers_own_title_still_links_him(
    detector: EntityDetector, linker: RoleLinker, text: str, lang: str
) -> None:
    assert _BOLAT in _ids(detector, linker, text, lang, dated=True)


def test_a_deputy_keeps_the_link_after_a_deputy_title(detector: EntityDetector) -> None:
    # Abdulsalam Zoubi was deputy defence minister: the title fits his office
    text = "Deputy Minister Zoubi met the Turkish delegation in Tripoli."
    assert "Zoubi" in mentions_of(detector, text, "en").get("person:abdulsalam-zoubi", [])
