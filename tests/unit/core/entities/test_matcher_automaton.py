"""What ``Matcher.scan`` relies on from ahocorasick_rs: every occurrence of every key,
overlapping ones included, as (key index, start, end) in character offsets (Arabic
too), in order of end; and the scan's hits are those of a plain search for each key
with the matcher's own boundary rules."""

from __future__ import annotations

import ahocorasick_rs
import pytest

from wirewatch.core.entities import EntityDetector
from wirewatch.core.entities.matcher import _IMPLEMENTATION, Hit
from wirewatch.core.textfold import fold


def _every_occurrence(keys: list[str], text: str) -> list[tuple[int, int, int]]:
    """(key index, start, end) of every occurrence, overlapping, by a plain find."""
    found = []
    for index, key in enumerate(keys):
        pos = text.find(key)
        while pos >= 0:
            found.append((index, pos, pos + len(key)))
            pos = text.find(key, pos + 1)
    return found


@pytest.mark.parametrize(
    ("keys", "text"),
    [
        (["ali", "al", "li", "ial"], "alial ali al-ali"),
        (["حفتر", "الحفتر", "فتر", "حف"], "قال حفتر ولحفتر والحفتر: حفترحفتر"),
        (["aa", "a", "aaa"], "aaaa"),
    ],
)
def test_overlapping_matches_in_character_offsets_in_order_of_end(
    keys: list[str], text: str
) -> None:
    automaton = ahocorasick_rs.AhoCorasick(keys, implementation=_IMPLEMENTATION)
    found = automaton.find_matches_as_indexes(text, True)
    assert sorted(found) == sorted(_every_occurrence(keys, text))
    assert [end for _i, _s, end in found] == sorted(end for _i, _s, end in found)
    for index, start, end in found:
        assert text[start:end] == keys[index]


def test_bytes_automaton_on_marked_ascii_text() -> None:
    keys = [b"\x01ali", b"\x01al", b"\x01ali\x01"]
    text = b"\x01ali\x01alia\x01al\x01"
    automaton = ahocorasick_rs.BytesAhoCorasick(keys, implementation=_IMPLEMENTATION)
    found = automaton.find_matches_as_indexes(text, True)
    assert sorted(found) == sorted(
        _every_occurrence([k.decode() for k in keys], text.decode("ascii"))
    )
    assert [end for _i, _s, end in found] == sorted(end for _i, _s, end in found)


def _expected_hits(detector: EntityDetector, text: str) -> set[tuple[int, int, str]]:
    """Occurrences of the keys found in ``text`` with a boundary on both sides
    (Arabic proclitics and fused suffixes aside), by a plain search."""
    folded = fold(text).folded
    out = set()
    for key in detector.matcher._infos:
        pos = folded.find(key)
        while pos >= 0:
            end = pos + len(key)
            left = pos == 0 or not folded[pos - 1].isalnum()
            right = end == len(folded) or not folded[end].isalnum()
            if left and right:
                out.add((pos, end, key))
            pos = folded.find(key, pos + 1)
    return out


@pytest.mark.parametrize(
    ("text", "lang", "names"),
    [
        (
            "Haftar met Dbeibah in Tripoli; the Turkish minister Fidan went to Ankara.",
            "en",
            {"haftar", "tripoli", "ankara"},
        ),
        ("قال حفتر إن الدبيبة زار أنقرة ثم طرابلس", "ar", {"حفتر", "طرابلس"}),
    ],
)
def test_scan_hits_are_whole_word_key_occurrences(
    detector: EntityDetector, text: str, lang: str, names: set[str]
) -> None:
    folded = fold(text)
    hits: list[Hit] = detector.matcher.scan(folded.folded, folded.display, lang, folded.to_display)
    assert hits, "the sample names known entities"
    assert [h.end for h in hits] == sorted(h.end for h in hits)
    got = {(h.start, h.end, h.info.key) for h in hits if not h.prefix}
    # letter case and language may drop an occurrence, never add one
    assert got <= _expected_hits(detector, text)
    assert names <= {key for _s, _e, key in got}
