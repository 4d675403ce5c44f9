"""``delegation_members`` folds and searches only the sentences where a person's mention
starts; its answer is the rule's: the persons of a country named in a sentence holding a
membership cue, by country, in order of their first mention there."""

from __future__ import annotations

import dataclasses
import re

import pytest

from schemas import Entity, EntityType
from tests.unit.core.contacts.sentences import lexicon_entries, person_everywhere
from wirewatch.core.contacts.delegations import delegation_members, member_cue_words
from wirewatch.core.contacts.lexicon import load_lexicons
from wirewatch.core.contacts.sentences import sentence_spans
from wirewatch.core.textfold import fold_char_string


def _plain(text: str, entities: list[Entity]) -> dict[str, list[Entity]]:
    """The rule spelled out: every sentence folded and searched."""
    pattern = load_lexicons()["en"].delegation_members
    assert pattern is not None
    cued = [(s, e) for s, e in sentence_spans(text) if pattern.search(fold_char_string(text[s:e]))]
    found = []
    for entity in entities:
        if entity.type is not EntityType.PERSON or entity.country is None:
            continue
        inside = [m.start for m in entity.mentions if any(s <= m.start < e for s, e in cued)]
        if inside:
            found.append((min(inside), entity))
    out: dict[str, list[Entity]] = {}
    for _, entity in sorted(found, key=lambda pair: pair[0]):
        assert entity.country is not None
        out.setdefault(entity.country, []).append(entity)
    return out


def test_members_are_the_persons_of_cued_sentences_only() -> None:
    text = (
        "Saddam Haftar received the delegation in Benghazi. "
        "The delegation included Hakan Fidan and Yasar Guler. "
        "Later, Ibrahim Kalin spoke to reporters."
    )
    entities = [
        person_everywhere("person:saddam-haftar", "LY", text, "Saddam Haftar"),
        person_everywhere("person:yasar-guler", "TR", text, "Yasar Guler"),
        person_everywhere("person:hakan-fidan", "TR", text, "Hakan Fidan"),
        person_everywhere("person:ibrahim-kalin", "TR", text, "Ibrahim Kalin"),
        person_everywhere("person:nobody", None, text, "Benghazi"),
    ]
    members = delegation_members([load_lexicons()["en"]], text, sentence_spans(text), entities)
    assert members == {"TR": [entities[2], entities[1]]}  # in order of mention
    assert members == _plain(text, entities)


def test_a_cued_sentence_without_a_person_lists_no_one() -> None:
    # The cue's sentence names nobody: the persons elsewhere are no members.
    text = "The delegation included senior officials. Hakan Fidan met Saddam Haftar."
    entities = [
        person_everywhere("person:hakan-fidan", "TR", text, "Hakan Fidan"),
        person_everywhere("person:saddam-haftar", "LY", text, "Saddam Haftar"),
    ]
    spans = sentence_spans(text)
    assert delegation_members([load_lexicons()["en"]], text, spans, entities) == {}
    assert _plain(text, entities) == {}


# -- the cue-word check: a sentence without a word of a cue is not searched -----------


@pytest.mark.parametrize("lang", ["ar", "en", "tr"])
def test_every_member_cue_holds_one_of_its_words(lang: str) -> None:
    """A sentence is searched for a membership cue only if it holds one of the
    lexicon's ``delegation_members_words``: each entry, in every form, holds one."""
    lexicon = load_lexicons()[lang]
    known = lexicon.delegation_members_words
    assert known is not None and known[0] is lexicon.delegation_members and known[1]
    entries = lexicon_entries(lang, "delegation_members")
    matched = 0
    for entry in entries:
        # the entry as text would carry it: a word for each gap, a suffix for each
        # ``*``, a proclitic before it where the language has one
        words = fold_char_string(str(entry)).split()
        form = " ".join("kelime" if set(w) == {"~"} else w.replace("*", "lar") for w in words)
        for text in (form, "".join(lexicon.proclitics[:1]) + form):
            match = known[0].search(text)
            if match is not None:
                matched += 1
                assert any(word in match.group() for word in known[1]), entry
    assert matched >= len(entries)  # each entry's own form is a match
    assert member_cue_words([lexicon]) == list(known[1])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # cues worded otherwise than the excerpts': each lists the members
        (
            "Ankara sent a team to Tripoli. Its members were Hakan Fidan and Yasar Guler.",
            {"TR": ["person:hakan-fidan", "person:yasar-guler"]},
        ),
        (
            "A delegation headed by Yasar Guler arrived. Hakan Fidan stayed in Ankara.",
            {"TR": ["person:yasar-guler"]},
        ),
        # no cue at all, though "delegation" and "led" are there: nobody is a member
        ("Yasar Guler led talks with the delegation while Hakan Fidan waited.", {}),
        ("The delegation left. Hakan Fidan and Yasar Guler spoke later.", {}),
    ],
)
def test_members_with_and_without_a_cue_word(text: str, expected: dict[str, list[str]]) -> None:
    entities = [
        person_everywhere("person:hakan-fidan", "TR", text, "Hakan Fidan"),
        person_everywhere("person:yasar-guler", "TR", text, "Yasar Guler"),
    ]
    members = delegation_members([load_lexicons()["en"]], text, sentence_spans(text), entities)
    assert {c: [e.id for e in found] for c, found in members.items()} == expected
    assert members == _plain(text, entities)


def test_a_lexicon_given_another_member_cue_is_searched_everywhere() -> None:
    """Words made for another pattern are not trusted: every sentence with a person is
    searched, and a cue holding none of the packaged words still counts."""
    lexicon = load_lexicons()["en"]
    changed = dataclasses.replace(
        lexicon, delegation_members=re.compile(r"(?<!\w)envoys\s+were(?!\w)")
    )
    assert member_cue_words([changed]) is None
    text = "Ankara's envoys were Hakan Fidan and Yasar Guler."
    entities = [
        person_everywhere("person:hakan-fidan", "TR", text, "Hakan Fidan"),
        person_everywhere("person:yasar-guler", "TR", text, "Yasar Guler"),
    ]
    members = delegation_members([changed], text, sentence_spans(text), entities)
    assert {c: [e.id for e in found] for c, found in members.items()} == {
        "TR": ["person:hakan-fidan", "person:yasar-guler"]
    }
