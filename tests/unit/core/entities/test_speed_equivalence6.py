"""Session 12's indexed paths of the entity package against the full scans they
replace (written out here), on generated inputs made of the characters they look at."""

from __future__ import annotations

from collections.abc import Callable
from itertools import accumulate, compress, count

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wirewatch.core.entities import tokens
from wirewatch.core.entities.damaged import MARKS, DamagedLetters
from wirewatch.core.entities.detector import EntityDetector
from wirewatch.core.entities.tokens import space_tokens
from wirewatch.core.entities.turkish_names import turkish_shaped_names
from wirewatch.core.entities.variants import VariantIndex, is_arabic
from wirewatch.core.textfold import fold


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


def _plain_occurrences(
    variants: VariantIndex, split: list[str], wanted: set[str], upper: Callable[[int], bool]
) -> list[tuple[int, int, str, object]]:
    """VariantIndex._occurrences_in as it was: every chunk's offset from the running
    sum of the chunks' lengths."""
    places: list[tuple[int, int, str, object]] = []
    ends = list(accumulate(map(len, split)))
    for i in compress(count(), map(wanted.__contains__, split)):
        chunk = split[i]
        base = ends[i] + i - len(chunk)
        for start, end, word, plan in variants._runs_of(chunk):
            if is_arabic(word) or upper(base + start):
                places.append((base + start, base + end, word, plan))
    return places


_CHUNKS = [
    # variant spellings the pass looks at (wanted), alone, glued or repeated
    "Haftir", "Hafthar", "al-Haftir", "Haftir'in", "(Haftir)", "Sarrag", "Menfy,",
    "Erdoghan", "Begic", "حفطر", "لحفتر", "said",
    # and chunks it does not: names the exact scan knows, words, empty chunks
    "Haftar", "Hafter'in", "Dbeibah.", "حفتر", "الدبيبة", "the", "", "\n",
    "x\nHaftir", "arHaftir", "Haftirs",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_CHUNKS), max_size=30), st.integers(0, 2**30))
def test_chunks_placed_by_search_stand_where_their_lengths_put_them(
    detector: EntityDetector, chunks: list[str], capitals: int
) -> None:
    variants = detector.variants
    text = " ".join(chunks)
    folded = fold(text).folded
    split = folded.split(" ")
    wanted = {chunk for chunk in split if variants._parts_of(chunk)}

    def upper(pos: int) -> bool:  # some letters capitalised, as the bits say
        return bool(capitals >> (pos % 30) & 1)

    assert variants._occurrences_in(folded, split, wanted, upper) == _plain_occurrences(
        variants, split, wanted, upper
    )


def test_repeated_and_glued_chunks_are_placed_each_where_it_stands(
    detector: EntityDetector,
) -> None:
    variants = detector.variants
    folded = fold("Haftir  arHaftir Haftir Haftirs (Haftir) x\nHaftir Haftir").folded
    split = folded.split(" ")
    wanted = {chunk for chunk in split if variants._parts_of(chunk)}
    places = variants._occurrences_in(folded, split, wanted, lambda pos: True)
    # "arhaftir" holds no whole word; "haftirs" is a variant of its own
    assert [start for start, *_ in places] == [0, 17, 24, 33, 43, 50]
    assert places == _plain_occurrences(variants, split, wanted, lambda pos: True)


#: every character ``str.split()`` splits on, and printable and non-printable others
_WHITE = "".join(c for c in map(chr, range(0x3001)) if c.isspace())
_TOKEN_ALPHABET = _WHITE + "ab\u200f\u200b\u00ad\x00اé'-"


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet=_TOKEN_ALPHABET, max_size=30) | st.text(max_size=30))
def test_tokens_read_from_the_space_chunks_are_the_texts_split(text: str) -> None:
    assert space_tokens(text.split(" ")) == set(text.split())


def test_every_white_space_character_is_unprintable_but_the_space() -> None:
    # what space_tokens rests on: a printable chunk holds no white space
    assert {c for c in map(chr, range(0x110000)) if c.isspace() and c.isprintable()} == {" "}


def test_the_shape_passes_find_the_same_names_from_shared_tokens(
    detector: EntityDetector,
) -> None:
    arabic = detector._arabic_shaped()
    turkish = turkish_shaped_names("tr")
    assert turkish is not None
    texts = [
        (arabic, "قال عضو مجلس النواب\nسهيل أبوشيحة إن «محمد الصغير» وصل"),
        (turkish, "Büyükelçi Kenan Yılmaz\tve (Mehmet Kolan'ın) açıklaması"),
    ]
    for rule, text in texts:
        folded = fold(text)
        f = folded.folded
        plain = list(rule.find(f, folded.display, folded.to_display, lambda a, b: False))
        shared = list(
            rule.find(
                f,
                folded.display,
                folded.to_display,
                lambda a, b: False,
                space_tokens(f.split(" ")),
            )
        )
        assert plain and shared == plain


def test_tokens_from_chunks_seen_before_are_the_texts_split(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(tokens, "_PRINTABLE", set())
    monkeypatch.setattr(tokens, "_PRINTABLE_MAX", 4)
    texts = ["Mehmet said\nAli  met\tAyşe", "Ali met Ayşe\u00a0Kaya said", "x y z w v u t"]
    for text in [*texts, *texts]:  # the second time round from the chunks known printable
        assert tokens.space_tokens(text.split(" ")) == set(text.split())
        assert len(tokens._PRINTABLE) <= 4 + len(set(text.split(" ")))
    assert "said\nAli" not in tokens._PRINTABLE and "Ayşe\u00a0Kaya" not in tokens._PRINTABLE
