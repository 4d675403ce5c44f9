"""The factored cue union matches exactly where the flat one does (whether, not what)."""

from __future__ import annotations

import re

import pytest

from wirewatch.core.contacts.lexicon import _WORD_END, load_lexicons
from wirewatch.core.contacts.word_trie import factored_union
from wirewatch.core.textfold import fold_char_string

BODIES = [
    r"the\s+two",
    r"the\s+two\s+sides",
    r"the\s+interior\s+minister\s+subsequently",
    r"the\s+interior\s+minister",
    r"he",
    r"this\s+came",
    r"th\w*\s+came",  # a stem: not a plain word, kept whole
    r"(?:a|an)\s+meeting",  # opening with a group: kept whole
    r"bu\s+kapsamda",
    r"the\s+(?:two|both)\s+leaders",  # plain words, then a group: a tail
    r"this\s+happen\w*",
]
TEXTS = [
    "the two met",
    "the two sides met",
    "the twofold path",
    "the interior minister subsequently said",
    "the interior minister said",
    "the interior ministers",
    "he said",
    "hence",
    "this came after",
    "thus came the end",
    "an meeting",
    "a meeting",
    "bu kapsamda",
    "bu kapsam",
    "",
    "the",
    "the both leaders",
    "the two leaders",
    "this happened",
    "this happen",
    "this hap",
]


def _flat(bodies: list[str]) -> re.Pattern[str]:
    ordered = sorted(set(bodies), key=len, reverse=True)
    return re.compile(rf"(?<!\w)(?:{'|'.join(ordered)}){_WORD_END}")


def _factored(bodies: list[str]) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{factored_union(bodies)}){_WORD_END}")


@pytest.mark.parametrize("text", TEXTS)
def test_matches_where_the_flat_union_does(text: str) -> None:
    flat, factored = _flat(BODIES), _factored(BODIES)
    for pos in range(len(text) + 1):
        assert (flat.match(text, pos) is None) == (factored.match(text, pos) is None), pos


def test_shares_leading_words() -> None:
    union = factored_union([r"the\s+two", r"the\s+interior\s+minister"])
    assert union.count("the") == 1
    assert re.fullmatch(rf"(?:{union})", "the  interior\tminister")


def test_lexicon_opening_cues_agree_with_their_flat_pattern() -> None:
    """Every opening cue of the real lexicons, and a few words around it, match
    alike; a lexicon given another pattern keeps no stale factored one."""
    for lexicon in load_lexicons().values():
        if lexicon.refers_back_opening is None:
            continue
        assert lexicon.refers_back_opening_any is not None
        flat, factored = lexicon.refers_back_opening_any
        assert flat is lexicon.refers_back_opening
        cues = [
            body.replace(r"\s+", " ").replace(r"\w*", "lar")
            for body in flat.pattern.split("|")
            if re.fullmatch(r"[\w\s\\+*]+", body)
        ]
        assert cues
        for cue in cues:
            for text in (cue, cue + " said", cue + "x", "x " + cue, fold_char_string(cue[:-1])):
                assert (flat.match(text) is None) == (factored.match(text) is None), text
