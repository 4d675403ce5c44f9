"""scripts/kb_offices_audit.py: the years an office had no KB holder, on invented KB
people, and the packaged office list loads with every role pattern compiling."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

from wirewatch.core.entities.kb import KBEntity

SCRIPT = Path(__file__).resolve().parents[4] / "scripts" / "kb_offices_audit.py"
_spec = importlib.util.spec_from_file_location("kb_offices_audit", SCRIPT)
assert _spec is not None and _spec.loader is not None
audit_mod = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = audit_mod  # dataclasses look their module up there
_spec.loader.exec_module(audit_mod)


def _person(pid: str, country: str, *terms: tuple[str, str | None, str | None]) -> KBEntity:
    return KBEntity.model_validate(
        {
            "id": f"person:{pid}",
            "type": "PERSON",
            "name": pid.replace("-", " ").title(),
            "country": country,
            "aliases": {"en": [pid.replace("-", " ").title()]},
            "terms": [
                {k: v for k, v in (("role", r), ("from", f), ("to", t)) if v is not None}
                for r, f, t in terms
            ],
        }
    )


def _spec_file(offices: dict[str, dict[str, object]]) -> object:
    return audit_mod.OfficesFile.model_validate(
        {"years": {"from": 2011, "to": 2020}, "offices": offices}
    )


def test_years_no_term_overlaps_are_gaps() -> None:
    spec = _spec_file({"x-fm": {"country": "XA", "roles": ["foreign minister.*"]}})
    people = [
        _person("ann-one", "XA", ("foreign minister (first cabinet)", "2011-03", "2013-08")),
        _person("bob-two", "XA", ("foreign minister", "2016", None)),
    ]
    (gap,) = audit_mod.audit(spec, people)
    assert gap.years == (2014, 2015)
    assert gap.holders == ("person:ann-one", "person:bob-two")
    assert gap.covered == 8


def test_another_country_or_role_covers_nothing() -> None:
    spec = _spec_file({"x-fm": {"country": "XA", "roles": ["foreign minister"]}})
    people = [
        _person("carl-three", "XB", ("foreign minister", "2011", None)),  # another country
        _person("dora-four", "XA", ("deputy foreign minister", "2011", None)),  # not in full
    ]
    (gap,) = audit_mod.audit(spec, people)
    assert gap.years == tuple(range(2011, 2021))
    assert gap.holders == ()


def test_an_office_is_audited_only_over_the_years_it_existed() -> None:
    spec = _spec_file({"x-vp": {"country": "XA", "from": 2018, "roles": ["vice president"]}})
    people = [_person("eve-five", "XA", ("Vice President", "2019-07-09", None))]
    (gap,) = audit_mod.audit(spec, people)
    assert gap.span == (2018, 2020)
    assert gap.years == (2018,)


def test_a_turkish_dotted_capital_matches_its_plain_pattern() -> None:
    # Python lowers "İ" to "i" and a combining dot, which "iyi" would not match
    spec = _spec_file({"x-party": {"country": "XA", "roles": ["chair of the iyi party"]}})
    people = [_person("fay-six", "XA", ("Chair of the İYİ Party", "2011", None))]
    (gap,) = audit_mod.audit(spec, people)
    assert gap.years == ()


def test_ranges_join_consecutive_years() -> None:
    assert audit_mod.ranges((2011, 2012, 2013, 2015, 2018, 2019)) == "2011-2013, 2015, 2018-2019"
    assert audit_mod.ranges(()) == ""


def test_the_packaged_office_list_loads_and_every_pattern_compiles() -> None:
    spec = audit_mod.load_offices(audit_mod.DEFAULT_OFFICES)
    assert len(spec.offices) > 100
    for office in spec.offices.values():
        for pattern in office.roles:
            re.compile(pattern)
