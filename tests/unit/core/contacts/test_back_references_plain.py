"""``BackReferences`` answers as its rule reads, cue by cue: for every sentence of the
real excerpts and of generated articles in all three languages, whether an opening cue
starts it or any ``refers_back`` cue matches in it at a word start (after a proclitic)
outside a ``refers_back_except`` phrase. The class looks each cue word up once per
sentence and skips the rest; this spells the rule out without any of that."""

from __future__ import annotations

import dataclasses
import json
import re
from importlib import resources

import pytest

from wirewatch.core.contacts.continuation import BackReferences, _at_word_start
from wirewatch.core.contacts.lexicon import Lexicon, load_lexicons
from wirewatch.core.contacts.sentences import sentence_spans
from wirewatch.core.normalise import clean_text
from wirewatch.core.textfold import fold
from wirewatch.testing.corpus import generate_articles


def _plain(lexicon: Lexicon, folded: str, start: int, end: int) -> bool:
    opening = lexicon.refers_back_opening
    if opening is not None and opening.match(folded, start, end) is not None:
        return True
    excepted = []
    if lexicon.refers_back_except is not None:
        excepted = [
            (m.start(), m.end()) for m in lexicon.refers_back_except.finditer(folded, start, end)
        ]
    proclitics = "".join(lexicon.proclitics)
    for _word, pattern in lexicon.refers_back_entries:
        for m in pattern.finditer(folded, start, end):
            if _at_word_start(folded, m.start(), proclitics) and not any(
                a <= m.start() and m.end() <= b for a, b in excepted
            ):
                return True
    return False


def _texts(lang: str) -> list[str]:
    real = resources.files("wirewatch.data").joinpath(f"eval/real/{lang}.jsonl")
    lines = real.read_text(encoding="utf-8").splitlines()
    texts = [json.loads(line)["text"] for line in lines if line.strip()]
    texts += [a["body"] for a in generate_articles(90, seed=11) if a.get("lang") == lang]
    return [clean_text(t) for t in texts]


@pytest.mark.parametrize("lang", ["ar", "en", "tr"])
def test_back_references_answer_as_the_rule_reads(lang: str) -> None:
    lexicon = load_lexicons()[lang]
    assert lexicon.refers_back_entries
    asked = found = 0
    for text in _texts(lang):
        folded = fold(text).folded
        back = BackReferences([lexicon], folded)
        for start, end in sentence_spans(folded):
            asked += 1
            expected = _plain(lexicon, folded, start, end)
            found += expected
            assert back(start, end) == expected, folded[start:end]
    assert asked > 200
    assert found > 5  # the cues occur: the comparison is not all "no"


@pytest.mark.parametrize("lang", ["ar", "en", "tr"])
def test_opening_cues_begin_as_the_lexicon_says(lang: str) -> None:
    """``BackReferences`` tries an opening cue only where a sentence begins with one of
    ``refers_back_opening_firsts``: every match of the cue begins so."""
    lexicon = load_lexicons()[lang]
    known = lexicon.refers_back_opening_firsts
    assert known is not None and known[0] is lexicon.refers_back_opening
    matched = 0
    for text in _texts(lang):
        folded = fold(text).folded
        for m in known[0].finditer(folded):
            matched += 1
            assert folded.startswith(known[1], m.start()), folded[m.start() : m.end()]
    assert matched > 5


def test_a_lexicon_given_another_opening_cue_is_tried_everywhere() -> None:
    """The beginnings are kept with the pattern they were made for: a lexicon whose
    opening cue was replaced tries the new one at every sentence."""
    lexicon = load_lexicons()["en"]
    other = re.compile(r"meanwhile\b")
    changed = dataclasses.replace(lexicon, refers_back_opening=other, refers_back_entries=())
    folded = "meanwhile the two sides met. nothing else."
    back = BackReferences([changed], folded)
    assert back(0, 28)
    assert not back(29, len(folded))
