"""Terms of office the date rules can trust: ``wirewatch kb check`` refuses the
contradictions (a term after its holder's death, two holders of one office on one day
by full dates, a term dated after the KB's ``terms_as_of``) and leaves the judgement
calls (a handover given to the month, rival governments, people out of office) to
``scripts/kb_terms_audit.py``, which ``term_audit`` lists."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from wirewatch.cli import kb as kb_cli
from wirewatch.core.entities import DEFAULT_KB_DIR, KBError, load_kb
from wirewatch.core.entities.offices import OfficeHolders
from wirewatch.core.entities.term_checks import term_audit, term_errors


def _person(pid: str, terms: str, extra: str = "", country: str = "TR") -> str:
    return (
        f"  - {{id: person:{pid}, type: PERSON, name: {pid}, country: {country}, "
        f"aliases: {{en: [{pid} {pid}x]}}, terms: [{terms}]{extra}}}\n"
    )


def _kb(tmp: Path, people: str, head: str = "") -> Path:
    path = tmp / "people.yaml"
    path.write_text(f"{head}entities:\n{people}", encoding="utf-8")
    return path


def _check(path: Path) -> int:
    parser = argparse.ArgumentParser()
    kb_cli.register(parser.add_subparsers())
    args = parser.parse_args(["kb", "check", "--path", str(path)])
    return args.func(args)


def test_the_packaged_kb_has_no_contradiction_in_its_terms() -> None:
    kb = load_kb(DEFAULT_KB_DIR)
    assert term_errors(kb.entities, OfficeHolders.load(kb.entities), kb.terms_as_of) == []


BAD = {
    "term-after-death": _person(
        "ali", '{role: "Minister of Trade", from: "2021-04-21", to: "2022"}', ', died: "2020-05"'
    ),
    "open-term-of-the-dead": _person(
        "ali", '{role: "Minister of Trade", from: "2018-07-10"}', ', died: "2022-01-03"'
    ),
    "term-ends-after-death": _person(
        "ali", '{role: "Minister of Trade", from: "2018-07-10", to: "2023-06"}', ', died: "2022"'
    ),
    "overlapping-holders": _person(
        "ali", '{role: "Minister of National Defence", from: "2018-07-10", to: "2023-06-04"}'
    )
    + _person("veli", '{role: "Minister of National Defence", from: "2023-05-01"}'),
}


@pytest.mark.parametrize("kind", sorted(BAD))
def test_kb_check_refuses_a_contradiction(tmp_path: Path, capsys, kind: str) -> None:
    assert _check(_kb(tmp_path, BAD[kind])) == 1
    out = capsys.readouterr()
    assert f"TERMS (people.yaml): {kind}:" in out.out and "contradiction(s)" in out.err


def test_kb_check_refuses_a_term_after_the_horizon(tmp_path: Path, capsys) -> None:
    people = _person("ali", '{role: "Minister of Trade", from: "2025-06-01"}')
    assert _check(_kb(tmp_path, people, 'terms_as_of: "2025-12-31"\n')) == 0
    capsys.readouterr()
    assert _check(_kb(tmp_path, people, 'terms_as_of: "2025-03-31"\n')) == 1
    assert "term-after-horizon" in capsys.readouterr().out


LEFT_ALONE = {
    # a handover given to the month: holder_at answers None inside it, no contradiction
    "handover month": _person("ali", '{role: "Minister of Trade", from: "2018", to: "2023-06"}')
    + _person("veli", '{role: "Minister of Trade", from: "2023-06"}'),
    # the successor starts on the day the predecessor's full end date names
    "handover day": _person(
        "ali", '{role: "Minister of Trade", from: "2018-07-10", to: "2023-06-04"}'
    )
    + _person("veli", '{role: "Minister of Trade", from: "2023-06-04"}'),
    # a rival government's premier beside the recognised one
    "rival": _person("ali", '{role: "prime minister (GNU)", from: "2021-03-15"}', country="LY")
    + _person(
        "veli",
        '{role: "prime minister (Government of National Stability)", from: "2022-03-03"}',
        country="LY",
    ),
    # killed in office: the term ends on the day of death
    "died in office": _person(
        "ali",
        '{role: "Minister of Trade", from: "2018-07-10", to: "2022-01-03"}',
        ', died: "2022-01-03"',
    ),
    # two deputy ministers at once: no single-holder office
    "deputies": _person("ali", '{role: "Deputy Minister of Trade", from: "2018-07-10"}')
    + _person("veli", '{role: "Deputy Minister of Trade", from: "2019-01-02"}'),
}


@pytest.mark.parametrize("case", sorted(LEFT_ALONE))
def test_kb_check_leaves_judgement_calls_alone(tmp_path: Path, capsys, case: str) -> None:
    assert _check(_kb(tmp_path, LEFT_ALONE[case])) == 0, capsys.readouterr().out


def test_the_horizon_is_the_earliest_declared(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text(
        'terms_as_of: "2025-12-24"\nentities:\n'
        + _person("ali", '{role: "Minister", from: "2019"}'),
        encoding="utf-8",
    )
    (tmp_path / "b.yaml").write_text(
        'terms_as_of: "2025-06-30"\nentities:\n'
        + _person("veli", '{role: "Minister", from: "2019"}'),
        encoding="utf-8",
    )
    assert load_kb(tmp_path).terms_as_of == "2025-06-30"
    (tmp_path / "b.yaml").write_text(
        "entities:\n" + _person("veli", '{role: "Minister", from: "2019"}'), encoding="utf-8"
    )
    assert load_kb(tmp_path).terms_as_of == "2025-12-24"
    (tmp_path / "a.yaml").write_text(
        'terms_as_of: "2025-12"\nentities:\n' + _person("ali", '{role: "Minister", from: "2019"}'),
        encoding="utf-8",
    )
    with pytest.raises(KBError, match="terms_as_of"):
        load_kb(tmp_path)


def test_the_audit_lists_the_judgement_calls(tmp_path: Path) -> None:
    people = (
        _person("ali", '{role: "Minister of Trade", from: "2018", to: "2023-06"}')
        + _person("veli", '{role: "Minister of Trade", from: "2023-06"}')
        + _person(
            "can", '{role: "Minister of National Defence", from: "2018-07-10", to: "2021-01-04"}'
        )
        + _person("deniz", '{role: "Minister of Interior", from: "2019-01-01"}')
        + _person("ece", '{role: "Minister of Interior", from: "2020"}')
    )
    kb = load_kb(tmp_path, only=_kb(tmp_path, people))
    holders = OfficeHolders.load(kb.entities)
    found = {(f.kind, f.ids) for f in term_audit(kb.entities, holders, "2023-06-15")}
    assert ("out-of-office", ("person:can",)) in found
    assert ("out-of-office", ("person:ali",)) not in found  # ended June 2023: on the day, inside it
    assert ("no-holder", ()) in found  # the defence ministry after can
    assert ("several-holders", ("person:deniz", "person:ece")) in found
    assert ("several-open-terms", ("person:deniz", "person:ece")) in found
    assert ("may-overlap", ("person:ali", "person:veli")) in found
    assert term_errors(kb.entities, holders) == []
