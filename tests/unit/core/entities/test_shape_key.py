"""One id for a person found by his name's shape, built in one place
(``learned.shape_key``): the name-shape passes, a byline's reporter and a profession's
full name give one name one id, so they stay one entity."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from schemas import Entity
from wirewatch.core.entities.bylines import bylines
from wirewatch.core.entities.latin_arabic_names import LatinArabicNames
from wirewatch.core.entities.learned import SHAPE_PREFIX, shape_key
from wirewatch.core.textfold import fold

CORE = Path(__file__).resolve().parents[4] / "wirewatch" / "core"


@pytest.mark.parametrize(
    ("folded", "key"),
    [
        ("zaid al-harbi", "person:shape:zaid-al-harbi"),
        ("kemal o'brien jr.", "person:shape:kemal-obrien-jr"),
        ('"نادر ابوزيد"', "person:shape:نادر-ابوزيد"),
        ("ayse", "person:shape:ayse"),
    ],
)
def test_the_folded_name_with_hyphens_for_spaces(folded: str, key: str) -> None:
    assert shape_key(folded) == key


def test_a_byline_and_the_shape_pass_give_one_id() -> None:
    # an invented reporter: the byline rule and the Latin name-shape pass read the
    # same name, from the display text and from the folded text
    text = "By Zaid Al-Harbi\nZaid Al-Harbi wrote that the port reopened."
    folded = fold(text)
    names = LatinArabicNames(frozenset({"zaid"}), frozenset({"al"}))
    found = list(names.find(folded.folded, folded.display, folded.to_display, lambda a, b: False))
    assert found, "the shape pass finds the name"
    reporter: list[Entity] = bylines().apply(folded.display, "en", [])
    assert [e.id for e in reporter] == ["person:shape:zaid-al-harbi"]
    assert {key for _s, _e, _name, key in found} == {"person:shape:zaid-al-harbi"}


def test_no_other_module_builds_the_key() -> None:
    # the prefix joined to a name anywhere but learned.py is a second way of building
    # the key, which could drift from shape_key's
    joined = re.compile(r"SHAPE_PREFIX\s*\}|SHAPE_PREFIX\s*\+|[\"']person:shape:")
    builders = sorted(
        path.relative_to(CORE).as_posix()
        for path in CORE.rglob("*.py")
        if path.name != "learned.py" and joined.search(path.read_text(encoding="utf-8"))
    )
    assert builders == []
    assert SHAPE_PREFIX == "person:shape:"
