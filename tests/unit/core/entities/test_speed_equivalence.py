"""The speed paths of the entity package give what the plain code they replace gave:
each is checked against that plain code (written out here) on generated texts made
of the very words it looks for, their proclitics, suffixes and punctuation."""

from __future__ import annotations

import re
from collections.abc import Callable

from hypothesis import given, settings
from hypothesis import strategies as st

from wirewatch.core.entities.bare_holders import _AR_PROCLITIC_LETTERS, _PUNCT, BareHolders
from wirewatch.core.entities.detector import EntityDetector
from wirewatch.core.entities.latin_arabic_names import latin_arabic_names
from wirewatch.core.entities.roles_by_date import RoleLinker
from wirewatch.core.entities.titled_holders import _bare
from wirewatch.core.entities.variants import VariantIndex, is_arabic

_GLUE = ["و", "ف", "ب", "ل", "وب", "ال", " ", "  ", "\n", "_", "a", "'", "’s", ".", ",", "x", "ı"]


def _texts(words: list[str]) -> st.SearchStrategy[str]:
    word = st.one_of(st.sampled_from(words), st.sampled_from(words).map(lambda w: w[:2]))
    glue = st.sampled_from(["", *_GLUE])
    # a word with what may stand right before and after it (a proclitic, a suffix),
    # the pieces joined by spaces or glued
    piece = st.tuples(glue, word, glue).map("".join) | glue
    joined = st.tuples(piece, st.sampled_from(["", " ", " ", "\n", "-"]))
    return st.lists(joined, max_size=12).map(lambda parts: "".join(a + b for a, b in parts))


def _plain_words(holders: BareHolders, folded: str, arabic: bool) -> set[str]:
    """BareHolders._words as it was: every word of the text read, every time."""
    words = {w.strip(_PUNCT) for w in set(folded.split())}
    if arabic:
        once = {w[1:] for w in words if w[:1] in _AR_PROCLITIC_LETTERS}
        words |= once | {w[1:] for w in once if w[:1] in _AR_PROCLITIC_LETTERS}
    else:
        words |= {re.split(r"['’]", w, maxsplit=1)[0] for w in words if "'" in w or "’" in w}
    return words & holders._forms.keys()


def test_the_checks_below_have_words_to_work_on(
    linker: RoleLinker, detector: EntityDetector
) -> None:
    assert len(linker.bare._forms) > 20
    assert {"ar", "en"} <= detector.bare_institutions._bodies.keys()


@settings(max_examples=300, deadline=None)
@given(data=st.data(), arabic=st.booleans())
def test_short_form_occurrences_are_the_patterns_own(
    linker: RoleLinker, data: st.DataObject, arabic: bool
) -> None:
    holders = linker.bare
    forms = sorted(holders._forms)
    form = data.draw(st.sampled_from(forms))
    text = data.draw(_texts([form, *forms[:5]]))
    expected = [m.span() for m in holders._pattern(form, arabic).finditer(text)]
    assert [m.span() for m in holders._occurrences(form, arabic, text)] == expected


def test_a_short_forms_pattern_depends_on_the_reading_not_on_which_came_first(
    linker: RoleLinker,
) -> None:
    """An Arabic article's pattern takes a proclitic before the form, a Latin one's
    does not, whichever language's article was read first (the cache was once keyed
    by form alone, so the first article chose for every later one)."""
    holders = linker.bare
    form = sorted(holders._forms)[0]
    with_proclitic = "و" + form
    assert holders._pattern(form, True).search(with_proclitic)
    assert not holders._pattern(form, False).search(with_proclitic)
    assert holders._pattern(form, True).search(with_proclitic)


@settings(max_examples=300, deadline=None)
@given(data=st.data(), arabic=st.booleans())
def test_short_forms_read_from_new_chunks_are_every_words(
    linker: RoleLinker, data: st.DataObject, arabic: bool
) -> None:
    holders = linker.bare
    forms = sorted(holders._forms)
    text = data.draw(_texts(forms[:40]))
    assert holders._words(text, arabic) == _plain_words(holders, text, arabic)
    assert holders._words(text, arabic) == _plain_words(holders, text, arabic)  # seen now


@settings(max_examples=300, deadline=None)
@given(data=st.data(), arabic=st.booleans())
def test_short_forms_found_by_the_automaton_are_every_words_in_arabic_too(
    linker: RoleLinker, data: st.DataObject, arabic: bool
) -> None:
    """The automaton's places are byte offsets: a text with Arabic forms (not ASCII)
    is read at the forms' character offsets, and a form inside a longer word, after
    a proclitic, or glued to another form's chunk gives what every chunk gives."""
    holders = linker.bare
    forms = sorted(holders._forms)
    arabic_forms = [f for f in forms if not f.isascii()]
    assert len(arabic_forms) > 20
    words = [*data.draw(st.lists(st.sampled_from(arabic_forms), min_size=1, max_size=20))]
    text = data.draw(_texts([*words, *forms[:5]]))
    assert holders._words(text, arabic) == _plain_words(holders, text, arabic)


@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_a_role_phrase_before_an_anchor_is_found_from_the_last_chunks(
    linker: RoleLinker, data: st.DataObject
) -> None:
    """Searched for from the start of the head's last chunks, a phrase before an
    anchor is the one a search from the head's start finds (or none, as there)."""
    sides = [
        side
        for spec in linker._langs.values()
        for side in (spec.before_country, *spec.before_org.values())
        if side is not None
    ]
    side = data.draw(st.sampled_from(sides))
    words = sorted({w for phrase in side.offices for w in phrase.split()})
    head = data.draw(_texts(words)) + data.draw(st.sampled_from(["", " ", "  ", "\n"]))
    expected = side.pattern.search(head)
    found = side.search_before(head)
    assert (found and found.span("phrase")) == (expected and expected.span("phrase"))


def test_a_role_phrase_before_an_anchor_may_follow_a_longer_text(linker: RoleLinker) -> None:
    side = linker._langs["ar"].before_country
    assert side is not None
    phrase = max(side.offices, key=lambda p: len(p.split()))
    head = "كلام طويل " * 8 + "و" + phrase + " "
    found = side.search_before(head)
    assert found is not None and found["phrase"] == phrase
    assert side.search_before("كلام " + phrase + "ية ") is None  # glued: another word


def test_a_form_inside_a_longer_word_is_no_word(linker: RoleLinker) -> None:
    holders = linker.bare
    form = next(f for f in sorted(holders._forms) if f.isascii() and f.isalpha())
    assert holders._words(f"x{form}x {form}ness", False) == set()
    assert holders._words(f"x{form}x {form}.", False) == {form}
    assert holders._words(f"x{form}x\u00a0{form}'in", False) == {form}  # a Unicode space


@settings(max_examples=300, deadline=None)
@given(data=st.data(), lang=st.sampled_from(["ar", "en", "tr"]))
def test_the_institution_bodies_present_are_the_substrings(
    detector: EntityDetector, data: st.DataObject, lang: str
) -> None:
    institutions = detector.bare_institutions
    bodies = institutions._bodies[lang][0]
    text = data.draw(_texts(bodies))
    assert institutions._present(text, lang) == {b for b in bodies if b in text}


def _plain_occurrences(
    variants: VariantIndex, f: str, upper: Callable[[int], bool]
) -> list[tuple[int, int, str]]:
    """VariantIndex.find's places as they were found: each wanted word searched for
    in the whole text, kept where it stands whole (and, Latin, capitalised)."""
    wanted = {part for chunk in set(f.split(" ")) for part, _plan in variants._parts_of(chunk)}
    places = []
    for token in wanted:
        pos = f.find(token)
        while pos >= 0:
            end = pos + len(token)
            if (
                (not pos or not (f[pos - 1].isalnum() or f[pos - 1] == "_"))
                and (end == len(f) or not (f[end].isalnum() or f[end] == "_"))
                and (is_arabic(token) or upper(pos))
            ):
                places.append((pos, end, token))
            pos = f.find(token, end)
    return sorted(places)


@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_variant_places_read_from_chunks_are_every_whole_word_occurrence(
    detector: EntityDetector, data: st.DataObject
) -> None:
    variants = detector.variants
    lasts = sorted(variants._by_last)
    words = [*lasts[:30], *(w.capitalize() for w in lasts[:30]), "Haftar", "Hafter", "حفتر"]
    display = data.draw(_texts(words))
    folded = display.lower()  # same length here: offsets shared, as upper() assumes
    if len(folded) != len(display):
        return

    def upper(pos: int) -> bool:
        return display[pos : pos + 1].isupper()

    split = folded.split(" ")
    wanted = {chunk for chunk in split if variants._parts_of(chunk)}
    places = variants._occurrences_in(folded, split, wanted, upper)
    assert sorted((a, b, w) for a, b, w, _plan in places) == _plain_occurrences(
        variants, folded, upper
    )
    assert all(plan == variants._plan_of(w, variants._lasts_of(w)) for _a, _b, w, plan in places)


_SHAPE_WORDS = ["ali", "mohamed", "al", "el", "al-", "el-", "saidi", "wadi", "x'y", "é", "-"]


@settings(max_examples=500, deadline=None)
@given(text=_texts(_SHAPE_WORDS))
def test_latin_arabic_name_matches_are_the_shapes_own(text: str) -> None:
    shaped = latin_arabic_names("en")
    assert shaped is not None and shaped._anchor is not None
    expected = [m.span(0) for m in shaped._shape.finditer(text)]
    assert [m.span(0) for m in shaped._matches(text)] == expected


def test_latin_arabic_name_matches_found_from_the_second_word_back() -> None:
    shaped = latin_arabic_names("en")
    assert shaped is not None
    text = "said mohamed ali al-saidi and ali el-hami, x al-y wadi al-hayat"
    spans = [m.span(0) for m in shaped._matches(text)]
    assert spans == [m.span(0) for m in shaped._shape.finditer(text)]
    assert spans[:2] == [(5, 25), (26, 41)]  # at most one given name before


@settings(max_examples=300, deadline=None)
@given(word=st.text(alphabet="ab'’ı ", max_size=8))
def test_a_titled_names_bare_word_is_the_split_one(word: str) -> None:
    assert _bare(word) == re.split(r"['’]", word, maxsplit=1)[0]
