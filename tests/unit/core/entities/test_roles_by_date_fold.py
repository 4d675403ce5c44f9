"""The role linker reads the article's fold at display offsets instead of folding
slices of the text: the same answers as folding them, diacritics and all."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from wirewatch.core.entities.roles_by_date import (
    _ArticleFold,
    _display_length,
    _display_length_back,
)
from wirewatch.core.textfold import fold, fold_char_string

# Latin and Arabic letters, spaces, and characters the fold deletes (diacritics,
# tatweel, a zero-width space) or replaces (İ, ı, ’)
_LETTERS = st.sampled_from([*"ab de’", "\u064e", "\u0651", "\u0640", "ا", "ب", "\u200b", "İ", "ı"])
_TEXTS = st.text(alphabet=_LETTERS, max_size=150)


@given(_TEXTS, st.data())
def test_display_lengths_match_folding_the_slices(text: str, data: st.DataObject) -> None:
    view = _ArticleFold.of(text, fold(text))
    assert view is not None
    start = data.draw(st.integers(0, len(text)))
    limit = min(64, len(text) - start)
    width = data.draw(st.integers(0, limit + 3))
    assert view.display_length(start, width, limit) == _display_length(
        text[start : start + limit], width
    )
    end = data.draw(st.integers(0, len(text)))
    limit = min(64, end)
    assert view.display_length_back(end, width, limit) == _display_length_back(
        text[end - limit : end], width
    )


@given(_TEXTS, st.data())
def test_a_slice_folds_to_the_articles_fold_at_its_offsets(text: str, data: st.DataObject) -> None:
    view = _ArticleFold.of(text, fold(text))
    assert view is not None
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert view.fold_of(start, end) == fold_char_string(text[start:end])


def test_no_view_for_a_text_with_a_capital_sigma() -> None:
    # its lower case depends on the next letter: a slice may fold otherwise
    text = "ΟΔΥΣΣΕΑΣ met Libya's defence minister"
    assert _ArticleFold.of(text, fold(text)) is None


def test_no_view_for_another_texts_fold() -> None:
    assert _ArticleFold.of("Libya", fold("Turkey")) is None


def test_a_slice_cutting_a_word_with_a_look_alike_folds_as_the_slice_alone() -> None:
    # "Libyа" with a Cyrillic а: Latin inside the word, Cyrillic in the slice "а"
    text = "Libyа's defence minister"
    view = _ArticleFold.of(text, fold(text))
    assert view is not None
    for start in range(len(text)):
        for end in range(start, len(text) + 1):
            assert view.fold_of(start, end) == fold_char_string(text[start:end])
