"""The entity knowledge base: data only, validated at load, collisions reported."""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

import pytest

from wirewatch.cli import kb as kb_cli
from wirewatch.core.entities import DEFAULT_KB_DIR, KBError, load_kb


@pytest.fixture(scope="module")
def kb():
    return load_kb(DEFAULT_KB_DIR)


def test_packaged_kb_is_large_enough_and_clean(kb) -> None:
    hand_written = [e for e in kb.entities if not e.id.startswith("gpe:")]
    assert len(hand_written) >= 150
    types = Counter(e.type.value for e in hand_written)
    assert types["PERSON"] >= 60 and types["ORG"] >= 40 and types["LOC"] >= 30
    assert kb.collisions() == []
    for ent in kb.entities:
        assert not ent.uncertain or ent.note


def test_camps_and_institutions_present(kb) -> None:
    ids = {e.id for e in kb.entities}
    for required in (
        "person:khalifa-haftar", "person:saddam-haftar", "person:abdul-hamid-dbeibah",
        "person:mohamed-menfi", "person:aguila-saleh", "org:ly-gnu", "org:ly-hor",
        "org:ly-hcs", "org:ly-presidential-council", "org:ly-lna", "org:ly-cbl",
        "org:ly-noc", "org:mit", "org:tr-mod", "org:tr-mfa", "org:tr-general-staff",
        "org:tbmm", "org:tr-embassy-libya", "org:tr-consulate-benghazi",
        "person:recep-tayyip-erdogan", "person:ibrahim-kalin", "org:unsmil", "org:eu",
        "loc:benghazi", "loc:tripoli", "loc:misrata", "loc:ankara", "loc:istanbul",
    ):  # fmt: skip
        assert required in ids, required


def test_countries_come_from_cldr(kb) -> None:
    by_id = kb.by_id()
    turkey, libya = by_id["gpe:TR"], by_id["gpe:LY"]
    assert "تركيا" in turkey.aliases.ar and "Türkiye" in turkey.aliases.tr
    assert "Turkey" in turkey.aliases.en  # a variant from countries.yaml
    assert "ليبيا" in libya.aliases.ar and libya.country == "LY"
    assert len([e for e in kb.entities if e.id.startswith("gpe:")]) > 200
    assert "مالي" not in by_id["gpe:ML"].aliases.ar  # excluded common word


def test_transliteration_variants(kb) -> None:
    by_id = kb.by_id()
    haftar = by_id["person:khalifa-haftar"].surnames
    assert {"Haftar", "Hifter", "Hafter"} <= set(haftar.en) and "حفتر" in haftar.ar
    dbeibah = by_id["person:abdul-hamid-dbeibah"].surnames
    assert {"Dbeibah", "Dbeiba", "Dbeibeh"} <= set(dbeibah.en) and "الدبيبة" in dbeibah.ar
    kalin = by_id["person:ibrahim-kalin"].aliases
    assert "قالن" in kalin.ar and "Kalin" in kalin.en and "Kalın" in kalin.tr


def _write(tmp: Path, body: str) -> Path:
    path = tmp / "people.yaml"
    path.write_text(body, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "body",
    [
        "entities: [{id: person:x, type: PERSON, name: X}]",  # no aliases
        "entities: [{id: org:x, type: PERSON, name: X, aliases: {en: [X]}}]",  # prefix
        "entities: [{id: person:x, type: PEOPLE, name: X, aliases: {en: [X]}}]",  # type
        "entities: [{id: person:x, type: PERSON, name: X, country: Libya, aliases: {en: [X]}}]",
        "entities: [{id: person:x, type: PERSON, name: X, uncertain: true, aliases: {en: [X]}}]",
        "entities: [{id: person:x, type: PERSON, name: X, aliases: {de: [X]}}]",
        "entities: [{id: person:x, type: PERSON, name: X, aliases: {en: [X]}},"
        " {id: person:x, type: PERSON, name: Y, aliases: {en: [Y]}}]",  # duplicate id
    ],
)
def test_invalid_files_are_refused(tmp_path: Path, body: str) -> None:
    _write(tmp_path, body)
    with pytest.raises(KBError):
        load_kb(tmp_path)


def test_collisions_are_reported_but_shared_surnames_are_not(tmp_path: Path) -> None:
    _write(
        tmp_path,
        """entities:
  - {id: person:a, type: PERSON, name: A, aliases: {en: [Ali Kaya]}, surnames: {en: [Kaya]}}
  - {id: person:b, type: PERSON, name: B, aliases: {en: [Veli Kaya, ALİ KAYA]}, surnames: {en: [Kaya]}}
""",
    )
    collisions = load_kb(tmp_path).collisions()
    assert [c.key for c in collisions] == ["ali kaya"]
    assert collisions[0].entity_ids == ("person:a", "person:b")


def _check(path: Path | None) -> int:
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers()
    kb_cli.register(sub)
    args = parser.parse_args(["kb", "check", *(["--path", str(path)] if path else [])])
    return args.func(args)


def test_kb_check_command(tmp_path: Path, capsys) -> None:
    assert _check(None) == 0
    assert "no alias collisions" in capsys.readouterr().out
    bad = _write(
        tmp_path,
        "entities: [{id: person:a, type: PERSON, name: A, aliases: {en: [Kaya]}},"
        " {id: person:b, type: PERSON, name: B, aliases: {tr: [Kaya]}}]",
    )
    assert _check(bad) == 1
    assert "COLLISION" in capsys.readouterr().out
    bad.write_text("entities: [{id: nope}]", encoding="utf-8")
    assert _check(bad) == 1


def test_terms_of_office_take_partial_dates_and_refuse_a_reversed_term() -> None:
    from pydantic import ValidationError

    from wirewatch.core.entities.kb import KBEntity

    base = {"id": "person:x-y", "type": "PERSON", "name": "X Y", "aliases": {"en": ["X Y"]}}
    entity = KBEntity.model_validate(
        {**base, "terms": [{"role": "Minister", "from": "2014", "to": "2016-05-02"}]}
    )
    assert (entity.terms[0].start, entity.terms[0].end) == ("2014", "2016-05-02")
    with pytest.raises(ValidationError, match="ends"):
        KBEntity.model_validate(
            {**base, "terms": [{"role": "Minister", "from": "2016", "to": "2014-05"}]}
        )
    with pytest.raises(ValidationError):
        KBEntity.model_validate({**base, "terms": [{"role": "Minister", "from": "May 2014"}]})
