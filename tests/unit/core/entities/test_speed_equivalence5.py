"""This session's speed paths of the entity package against the plain code they
replace (written out here), on generated texts made of the characters they look at."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial

import ahocorasick_rs
from hypothesis import given, settings
from hypothesis import strategies as st

from wirewatch.core.entities.damaged import _DAMAGED, DamagedLetters
from wirewatch.core.entities.detector import EntityDetector
from wirewatch.core.entities.latin_arabic_names import latin_arabic_names
from wirewatch.core.entities.matcher import _IMPLEMENTATION, _overlapping_search
from wirewatch.core.entities.variants import (
    _CHUNK_STOPS,
    _LOOKBACK,
    _PARTICLES,
    MAX_INSERTED,
    _bare,
    _words_before,
    is_arabic,
)
from wirewatch.core.textfold import fold


def _plain_repair(damaged: DamagedLetters, text: str) -> str:
    """DamagedLetters.repair as it was: the pattern over the whole text."""
    return _DAMAGED.sub(damaged._restore, text)


_DAMAGE_ALPHABET = "?\ufffdaşıe1²_ .\n'"


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=_DAMAGE_ALPHABET, max_size=24))
def test_a_repair_read_from_the_damaged_runs_is_the_whole_texts(
    detector: EntityDetector, text: str
) -> None:
    damaged = detector.damaged
    assert damaged.repair(text) == _plain_repair(damaged, text)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["Çavu?o?lu", "cavu?oglu", "erdo\ufffdan", "erdo?an", "news?utm", "?", " "]
        ),
        max_size=8,
    ).map("".join)
)
def test_a_repair_of_kb_words_is_the_whole_texts(detector: EntityDetector, text: str) -> None:
    folded = fold(text).folded
    assert detector.damaged.repair(folded) == _plain_repair(detector.damaged, folded)


def test_damaged_words_are_still_restored(detector: EntityDetector) -> None:
    folded = fold("Dışişleri Bakanı Çavu?o?lu, https://x.com/news?utm_source=a dedi.").folded
    assert "cavusoglu" in detector.damaged.repair(folded)
    assert detector.damaged.repair("Neden? Çünkü.") == "Neden? Çünkü."


_KEYS = ["حفتر", "الدبيبة", "ليبيا", "تركي", "ال", "haftar", "al menfi", "ı", "a b"]


def _outcome(
    search: Callable[[str], list[tuple[int, int, int]]], text: str
) -> list[tuple[int, int, int]] | str:
    """The occurrences found, or the error raised (a lone surrogate)."""
    try:
        return search(text)
    except UnicodeEncodeError as error:
        return repr(error)


def _plain_search(keys: list[str], text: str) -> list[tuple[int, int, int]]:
    """The matcher's search as it was: one automaton on ``str``."""
    automaton = ahocorasick_rs.AhoCorasick(keys, implementation=_IMPLEMENTATION)
    return automaton.find_matches_as_indexes(text, True)


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from([*_KEYS[:-2], "ح", "ت", "ر", "و", "ş", "ğ", "\u4e00", "\ud800", "?", " "]),
        max_size=12,
    ).map("".join)
)
def test_the_narrow_search_finds_what_the_str_automaton_finds(text: str) -> None:
    keys = [*_KEYS[:-2], "a b"]  # every key on the code page: the narrow search
    search = _overlapping_search(keys)
    assert search.__name__ == "search_narrow"
    assert _outcome(search, text) == _outcome(partial(_plain_search, keys), text)


def test_keys_off_the_code_page_keep_the_str_automaton() -> None:
    for keys in (_KEYS, ["a?b", "حفتر"]):  # "ı" is not on it; a key with "?"
        search = _overlapping_search(keys)
        assert search.__name__ == "search_wide"
        text = "حفتر ı a?b al menfi"
        assert search(text) == _plain_search(keys, text)


def _heads_lasts_and_words(detector: EntityDetector) -> tuple[list[str], list[str]]:
    """Alias last tokens that end a headed alias, and head tokens (with variants made
    by dropping or doubling a letter) to stand before them."""
    index = detector.variants
    lasts = sorted(last for last, aliases in index._by_last.items() if any(a.head for a in aliases))
    heads = sorted({t for aliases in index._by_last.values() for a in aliases for t in a.head})
    return lasts[::7], heads[::5]


@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_a_plan_whose_head_lasts_are_not_met_finds_no_head(
    detector: EntityDetector, data: st.DataObject
) -> None:
    """``_may_end_head`` false for every last word: ``_head_at`` finds no head of any
    candidate (what ``_name_at`` now skips)."""
    index = detector.variants
    lasts, heads = _heads_lasts_and_words(detector)
    token = data.draw(st.sampled_from(lasts))
    plan = index._plan_of(token, index._lasts_of(token))
    assert plan is not None and plan.head_lasts
    word = st.sampled_from(heads) | st.sampled_from(heads).map(lambda w: w[:-1] + w[-2:])
    texts = data.draw(st.lists(word, min_size=1, max_size=5))
    words = [(10 * i, w.capitalize() if w.isascii() else w) for i, w in enumerate(texts)]
    bares = [_bare(w) for _p, w in words]
    arabic = is_arabic(token)
    met = any(index._may_end_head(plan.head_lasts, w) for w in bares[-1 - MAX_INSERTED :])
    found = [
        index._head_at(alias, words, bares, arabic, lambda _pos: True)
        for _s, _n, alias in plan.candidates
        if alias.head
    ]
    if not met:
        assert found == [None] * len(found)


def test_a_head_last_met_lets_the_head_be_found(detector: EntityDetector) -> None:
    index = detector.variants
    plan = index._plan_of("hafter", index._lasts_of("hafter"))
    assert plan is not None
    assert index._may_end_head(plan.head_lasts, "halife")
    assert not index._may_end_head(plan.head_lasts, "said")
    found = [
        index._head_at(alias, [(0, "Halife")], ["halife"], False, lambda _pos: True)
        for _s, _n, alias in plan.candidates
        if alias.head
    ]
    assert (0, 2, True) in found
    # and in a text: a misspelled name is still linked with its head
    entities = detector.detect(fold("Dün Halife Hafterr konuştu."), "tr")
    assert [(e.id, [m.text for m in e.mentions]) for e in entities] == [
        ("person:khalifa-haftar", ["Halife Hafterr"])
    ]


@settings(max_examples=500, deadline=None)
@given(text=st.text(alphabet=" -aleıxn", max_size=16), pos=st.integers(0, 16))
def test_an_anchor_read_back_from_hyphens_is_the_regexs(text: str, pos: int) -> None:
    rule = latin_arabic_names("en")
    assert rule is not None and rule._anchor is not None
    found = rule._anchor.search(text, pos)
    assert rule._anchor_from(text, pos) == (found.start() if found else -1)


def _plain_words_before(f: str, start: int, most: int) -> list[tuple[int, str]]:
    """variants._words_before as it was: every chunk of the window split."""
    window = f[max(0, start - _LOOKBACK) : start]
    base = start - len(window)
    cut = window.rfind("\n")
    if cut >= 0:
        window, base = window[cut + 1 :], base + cut + 1
    out: list[tuple[int, str]] = []
    end = len(window)
    for chunk in reversed(window.split()):
        pos = window.rfind(chunk, 0, end)
        end = pos
        if chunk.isalnum():
            if chunk not in _PARTICLES:
                out.append((base + pos, chunk))
        else:
            stop = max(map(chunk.rfind, _CHUNK_STOPS))
            if stop >= 0:
                chunk, pos = chunk[stop + 1 :], pos + stop + 1
            for m in reversed(list(re.finditer(r"\w+", chunk))):
                if m.group() not in _PARTICLES:
                    out.append((base + pos + m.start(), m.group()))
            if stop >= 0:
                break
        if len(out) >= most:
            break
    out.reverse()
    return out[-most:]


_BEFORE_PIECES = ["al", "el", "Ali", "haftar", "sarraj", "x-y", ",", ".", "(", '"', "ş", "_", "1"]


@settings(max_examples=600, deadline=None)
@given(
    pieces=st.lists(
        st.tuples(st.sampled_from(_BEFORE_PIECES), st.sampled_from(["", " ", "  ", "\n", "\t"])),
        max_size=30,
    ),
    most=st.integers(1, 6),
    back=st.integers(0, 4),
)
def test_words_before_read_from_the_last_chunks_are_the_whole_windows(
    pieces: list[tuple[str, str]], most: int, back: int
) -> None:
    text = "".join(a + b for a, b in pieces) + " Haftar"
    start = max(0, len(text) - 6 - back)
    assert _words_before(text, start, most) == _plain_words_before(text, start, most)
