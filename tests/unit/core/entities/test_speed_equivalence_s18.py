"""Session 18's entity-stage speed changes give what the code they replace gave: the
shape passes' overlap test (starts and furthest ends), the view's spans kept as they
are when already sorted, and the office-title scan of ASCII text on bytes."""

from __future__ import annotations

from bisect import bisect_left

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wirewatch.core.entities.detector import EntityDetector, _rising, _starts_and_reach
from wirewatch.core.entities.office_titles import OfficeTitles
from wirewatch.core.textfold import fold

_SPANS = st.lists(
    st.tuples(st.integers(0, 60), st.integers(1, 12)).map(lambda p: (p[0], p[0] + p[1])),
    max_size=30,
)


@settings(max_examples=400, deadline=None)
@given(_SPANS, st.integers(0, 80), st.integers(1, 12))
def test_starts_and_reach_answer_whether_a_span_overlaps(
    spans: list[tuple[int, int]], a: int, width: int
) -> None:
    b = a + width
    starts: list[int] = []
    reach: list[int] = []
    _starts_and_reach(list(spans), starts, reach)
    assert starts == sorted(s for s, _e in spans)
    i = bisect_left(starts, b) - 1
    assert (i >= 0 and reach[i] > a) == any(s < b and a < e for s, e in spans)


def test_starts_and_reach_on_ties_and_nesting() -> None:
    # equal starts in either order, a long span before short ones: the reach at the
    # last of equal starts is their furthest end
    for spans in ([(5, 9), (5, 30), (10, 12)], [(5, 30), (5, 9), (10, 12)]):
        starts: list[int] = []
        reach: list[int] = []
        _starts_and_reach(list(spans), starts, reach)
        assert starts == [5, 5, 10]
        assert reach[1] == 30 and reach[2] == 30
        i = bisect_left(starts, 26) - 1  # [25, 26) lies inside (5, 30) only
        assert i >= 0 and reach[i] > 25


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 20), st.integers(0, 20)), min_size=1, max_size=8))
def test_rising_is_sorted_set_unchanged(spans: list[tuple[int, int]]) -> None:
    assert _rising(spans) == (sorted(set(spans)) == spans)


def test_rising_cases() -> None:
    assert _rising([(0, 5), (7, 9), (7, 12)])
    assert not _rising([(7, 9), (0, 5)])  # out of order
    assert not _rising([(0, 5), (0, 5)])  # twice
    assert not _rising([(0, 5), (0, 3)])  # equal starts, shorter after


#: texts where the office-title pass drops a mention (ASCII once folded, and not),
#: and texts where it drops none though a KB office holder is named
DROPPED = [
    ("Mayor of Zawiya Al-Ghariani toured the port.", "en"),
    ("تفقد عميد بلدية مصراتة الغرياني الميناء مع مهندسين أتراك.", "ar"),
]
KEPT = [
    ("Mufti Al-Ghariani issued a new fatwa.", "en"),
    ("أصدر المفتي الغرياني فتوى جديدة.", "ar"),
    ("Recep Tayyip Erdogan met Abdul Hamid Dbeibah in Ankara.", "en"),
]


def _out(detector: EntityDetector, text: str, lang: str | None) -> list[tuple[str, tuple]]:
    return [
        (e.id, tuple((m.start, m.end, m.text) for m in e.mentions))
        for e in detector.detect(fold(text), lang)
    ]


def _never(*_args: object) -> bool:
    return False


def test_the_office_title_pass_still_drops_on_either_scan(
    detector: EntityDetector, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the English text is ASCII once folded (the bytes scan), the Arabic one is not
    assert fold(DROPPED[0][0]).folded.isascii() and not fold(DROPPED[1][0]).folded.isascii()
    checked = [_out(detector, text, lang) for text, lang in (*DROPPED, *KEPT)]
    monkeypatch.setattr(OfficeTitles, "concerns", _never)
    skipped = [_out(detector, text, lang) for text, lang in (*DROPPED, *KEPT)]
    changed = [a != b for a, b in zip(checked, skipped, strict=True)]
    assert changed == [True] * len(DROPPED) + [False] * len(KEPT)


_TITLE_TEXT = st.lists(
    st.sampled_from(
        ["mayor", "of", "tripoli", "minister", "ministers", "mufti", "head", "the", "x", ""]
    ),
    max_size=25,
).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(_TITLE_TEXT)
def test_the_title_scan_on_ascii_bytes_is_the_str_scan(detector: EntityDetector, text: str) -> None:
    titles = detector.office_titles
    assert titles._last_words_ascii.find_matches_as_indexes(
        text.encode("ascii")
    ) == titles._last_words.find_matches_as_indexes(text)


def test_the_title_scan_on_ascii_bytes_finds_titles(detector: EntityDetector) -> None:
    titles = detector.office_titles
    text = fold("Tripoli Mayor Ibrahim Al-Gharyani").folded
    found = titles._last_words_ascii.find_matches_as_indexes(text.encode("ascii"))
    assert found and found == titles._last_words.find_matches_as_indexes(text)
