"""This session's speed paths of the entity package against the plain code they
replace (written out here), on generated texts made of the characters they look at."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial

import ahocorasick_rs
from hypothesis import given, settings
from hypothesis import strategies as st

from wirewatch.core.entities.damaged import _between_letters, _mark_between_letters
from wirewatch.core.entities.matcher import _IMPLEMENTATION, _overlapping_search

_MARK_RUN = re.compile(r"[?\ufffd]+")


def _plain_mark_between_letters(text: str) -> bool:
    """DamagedLetters.repair's check as it was: every run of marks, by regex."""
    return any(_between_letters(text, m.start(), m.end()) for m in _MARK_RUN.finditer(text))


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="?\ufffdaşı1_ .\n'", max_size=14))
def test_a_mark_between_letters_is_found_as_the_regex_finds_it(text: str) -> None:
    assert _mark_between_letters(text) == _plain_mark_between_letters(text)


def test_marks_between_letters_examples() -> None:
    assert _mark_between_letters("Çavu?o?lu")
    assert _mark_between_letters("x Erdo\ufffd?an")
    assert not _mark_between_letters("Neden? Çünkü ?? a? ?b 1?2")


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
