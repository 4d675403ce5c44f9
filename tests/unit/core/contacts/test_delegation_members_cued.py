"""``delegation_members`` folds and searches only the sentences where a person's mention
starts; its answer is the rule's: the persons of a country named in a sentence holding a
membership cue, by country, in order of their first mention there."""

from __future__ import annotations

from schemas import Entity, EntityType, Mention
from wirewatch.core.contacts.delegations import delegation_members
from wirewatch.core.contacts.lexicon import load_lexicons
from wirewatch.core.contacts.sentences import sentence_spans
from wirewatch.core.textfold import fold_char_string


def _person(entity_id: str, country: str | None, text: str, surface: str) -> Entity:
    mentions = []
    at = text.find(surface)
    while at >= 0:
        mentions.append(Mention(text=surface, start=at, end=at + len(surface)))
        at = text.find(surface, at + 1)
    return Entity(
        id=entity_id, type=EntityType.PERSON, name=surface, country=country, mentions=mentions
    )


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
        _person("person:saddam-haftar", "LY", text, "Saddam Haftar"),
        _person("person:yasar-guler", "TR", text, "Yasar Guler"),
        _person("person:hakan-fidan", "TR", text, "Hakan Fidan"),
        _person("person:ibrahim-kalin", "TR", text, "Ibrahim Kalin"),
        _person("person:nobody", None, text, "Benghazi"),
    ]
    members = delegation_members([load_lexicons()["en"]], text, sentence_spans(text), entities)
    assert members == {"TR": [entities[2], entities[1]]}  # in order of mention
    assert members == _plain(text, entities)


def test_a_cued_sentence_without_a_person_lists_no_one() -> None:
    # The cue's sentence names nobody: the persons elsewhere are no members.
    text = "The delegation included senior officials. Hakan Fidan met Saddam Haftar."
    entities = [
        _person("person:hakan-fidan", "TR", text, "Hakan Fidan"),
        _person("person:saddam-haftar", "LY", text, "Saddam Haftar"),
    ]
    spans = sentence_spans(text)
    assert delegation_members([load_lexicons()["en"]], text, spans, entities) == {}
    assert _plain(text, entities) == {}
