"""A descriptive name of a seat of power ("the Tripoli government", حكومة طرابلس,
"Trablus hükümeti") names the body that held it on the article's date
(``lexicons/entities/dated_names.yaml``): the GNA before the GNU was sworn in, the
GNU after; the bodies' own names are never moved; an undated article keeps the KB's
body."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from schemas import Entity, EntityType
from wirewatch.core.entities import EntityDetector
from wirewatch.core.entities.dated_institutions import DatedNames
from wirewatch.core.entities.roles_by_date import RoleLinker
from wirewatch.core.textfold import fold

GNA, GNU, NSG = "org:ly-gna", "org:ly-gnu", "org:ly-nsg"


def _found(
    detector: EntityDetector, linker: RoleLinker, text: str, lang: str, day: str | None
) -> dict[str, list[str]]:
    folded = fold(text)
    found = detector.detect(folded, lang)
    if day is not None:
        found = linker.link(folded, lang, found, datetime.fromisoformat(day))
    return {e.id: [m.text for m in e.mentions] for e in found}


@pytest.mark.parametrize(
    ("text", "lang", "mention"),
    [
        ("وأعلنت حكومة طرابلس أنها ستوقع الاتفاق البحري.", "ar", "حكومة طرابلس"),
        (
            "Ankara said it would back the Tripoli government against the offensive.",
            "en",
            "Tripoli government",
        ),
        ("Ankara, Trablus hükümetine desteğini yineledi.", "tr", "Trablus hükümeti"),
    ],
)
def test_before_march_2021_the_tripoli_government_is_the_gna(
    detector: EntityDetector, linker: RoleLinker, text: str, lang: str, mention: str
) -> None:
    found = _found(detector, linker, text, lang, "2020-01-10")
    assert GNU not in found, found
    assert len(found[GNA]) == 1 and found[GNA][0].startswith(mention), found
    # the same words after the GNU took office: the GNU, as the KB lists them
    later = _found(detector, linker, text, lang, "2023-05-02")
    assert GNA not in later and GNU in later, later
    # no date, no guess: the KB's body
    assert GNU in _found(detector, linker, text, lang, None)


def test_in_2015_it_is_the_salvation_government(
    detector: EntityDetector, linker: RoleLinker
) -> None:
    found = _found(
        detector, linker, "The Tripoli government rejected the UN draft.", "en", "2015-10-20"
    )
    assert NSG in found and GNU not in found and GNA not in found, found


def test_a_body_named_by_its_own_name_is_never_moved(
    detector: EntityDetector, linker: RoleLinker
) -> None:
    # the GNU by name in an article dated 2020 (a forecast, a misdated page): kept
    text = "The Government of National Unity and the Tripoli government are not the same."
    found = _found(detector, linker, text, "en", "2020-06-01")
    assert found[GNU] == ["Government of National Unity"], found
    assert found[GNA] == ["Tripoli government"], found


def test_mentions_join_the_body_already_named(detector: EntityDetector, linker: RoleLinker) -> None:
    text = "The GNA said on Sunday that the Tripoli government would sign."
    found = _found(detector, linker, text, "en", "2019-11-24")
    assert found[GNA] == ["GNA", "Tripoli government"], found
    assert GNU not in found


def test_unknown_kb_id_is_refused(tmp_path: Path, detector: EntityDetector) -> None:
    data = tmp_path / "dated_names.yaml"
    data.write_text(
        "- listed_under: org:ly-gnu\n  names: {en: [Tripoli government]}\n"
        "  periods: [{id: org:no-such-body, to: '2021-03-15'}]\n",
        encoding="utf-8",
    )
    with pytest.raises(ValueError, match="org:no-such-body"):
        DatedNames(detector.entities, data)


def test_nothing_to_move_returns_the_same_list(detector: EntityDetector) -> None:
    names = DatedNames(detector.entities)
    entities = [Entity(id="gpe:LY", type=EntityType.GPE, name="Libya", country="LY")]
    assert names.redate(entities, datetime(2020, 1, 1)) is entities
