"""Session 12's indexed paths of the entity package against the full scans they
replace (written out here), on generated inputs made of the characters they look at."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from wirewatch.core.entities.damaged import MARKS, DamagedLetters
from wirewatch.core.entities.detector import EntityDetector


def _plain_fits(damaged: DamagedLetters, word: str) -> set[str]:
    """The KB words a damaged word fits, read from every word of its length."""
    known = [i for i, ch in enumerate(word) if ch not in MARKS]
    return {
        candidate
        for candidate in damaged._by_length.get(len(word), ())
        if all(candidate[i] == word[i] for i in known)
    }


def _indexed_fits(damaged: DamagedLetters, word: str) -> set[str]:
    known = [i for i, ch in enumerate(word) if ch not in MARKS]
    return {
        candidate
        for candidate in damaged._candidates(word)
        if all(candidate[i] == word[i] for i in known)
    }


@st.composite
def _damaged_words(draw: st.DrawFn, words: list[str]) -> str:
    """A KB word with letters lost anywhere (its first or last too: the fallback)."""
    word = draw(st.sampled_from(words))
    lost = draw(st.sets(st.integers(0, len(word) - 1), max_size=len(word)))
    return "".join(draw(st.sampled_from(MARKS)) if i in lost else c for i, c in enumerate(word))


@settings(max_examples=400, deadline=None)
@given(st.data())
def test_the_candidates_by_first_and_last_letter_fit_as_every_word_does(
    detector: EntityDetector, data: st.DataObject
) -> None:
    damaged = detector.damaged
    words = sorted({w for same in damaged._by_length.values() for w in same})
    # or a word of common letters and marks that no KB word need be
    word = data.draw(
        st.one_of(
            _damaged_words(words),
            st.text(alphabet="aeilnorstuyz" + MARKS, min_size=1, max_size=12),
        )
    )
    assert _indexed_fits(damaged, word) == _plain_fits(damaged, word)


def test_a_damaged_word_is_restored_only_from_a_word_of_its_ends(
    detector: EntityDetector,
) -> None:
    repair = detector.damaged.repair
    assert repair("cumhurbaskani erdo?an") == "cumhurbaskani erdogan"
    assert repair("erdo\ufffdan") == "erdogan"
    assert repair("erdo?ax") == "erdo?ax"  # its last letter no fitting KB word's
    assert repair("xrdo?an") == "xrdo?an"  # its first letter none's
