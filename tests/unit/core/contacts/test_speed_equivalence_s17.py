"""Session 17's gated paths of the contact package against the searches they skip: a
sentence the gate passes over holds no match, and where the gate lets the pattern
through (or tries it at the cue positions alone) the matches are the full search's."""

from __future__ import annotations

import re
from functools import cache

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.unit.core.contacts.sentences import lexicon_entries, person_everywhere
from wirewatch.core.contacts.cues import matches_at
from wirewatch.core.contacts.delegations import delegation_members
from wirewatch.core.contacts.folded_view import FoldedView
from wirewatch.core.contacts.lexicon import Lexicon, load_lexicons
from wirewatch.core.contacts.roles import OwnRoles, _least_words
from wirewatch.core.contacts.scope import cancelled_triggers
from wirewatch.core.contacts.sentences import sentence_spans
from wirewatch.core.contacts.triggers import index_lexicons
from wirewatch.core.textfold import fold, fold_char_string

# -- possessive role nouns ("Bakanımız"): one ``find`` a word before the pattern --------


def _own() -> OwnRoles:
    own = load_lexicons()["tr"].roles.own
    assert own is not None
    return own


def _plain_own(own: OwnRoles, folded: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """``OwnRoles.find`` spelled out: the pattern searched over the whole span."""
    return [
        (own.keywords[" ".join(m["role"].split())], m.start(), m.end("role"))
        for m in own.pattern.finditer(folded, start, end)
    ]


def test_least_words_drops_the_words_holding_another() -> None:
    assert _least_words(["bakanimiz", "cumhurbaskanimiz", "baskanimiz"]) == (
        "bakanimiz",
        "baskanimiz",
    )
    assert _least_words(["heyet", "bakan", "bakan"]) == ("bakan", "heyet")
    assert _least_words([]) == ()


def test_every_own_role_noun_holds_a_gate_word() -> None:
    own = _own()
    assert own.words  # the gate is on for the packaged lexicon
    for noun in own.keywords:
        assert any(word in noun for word in own.words), noun


@pytest.mark.parametrize(
    ("text", "keywords"),
    [
        ("Cumhurbaşkanımız Erdoğan, Dbeybe ile görüştü.", ["president"]),
        ("Dışişleri Bakanımız'ın Trablus ziyareti sürüyor.", ["foreign affairs"]),
        ("Görüşmeye Büyükelçimiz de katıldı.", ["ambassador"]),
        # no possessive noun: the gate skips the sentence, and the search agrees
        ("Dışişleri Bakanı Fidan, Dbeybe ile görüştü.", []),
        ("Bakan Bolat ve heyeti Trablus'a gitti.", []),
    ],
)
def test_own_role_nouns_in_sentences(text: str, keywords: list[str]) -> None:
    own = _own()
    folded = fold(text).folded
    found = list(own.find(folded, 0, len(folded)))
    assert [k for k, _, _ in found] == keywords
    assert found == _plain_own(own, folded, 0, len(folded))


_TR_WORDS = [
    "cumhurbaşkanımız",
    "başkanımız",
    "bakanımız",
    "bakanlarımız",
    "dışişleri",
    "savunma",
    "büyükelçimiz",
    "bakan",
    "başkanı",
    "imiz",
    "ile",
    "görüştü",
    "Fidan",
    "'ın",
    "la",
    ",",
]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(_TR_WORDS), max_size=12),
    st.sampled_from([" ", "", "\n", "  "]),
    st.data(),
)
def test_the_gated_own_roles_find_what_the_search_finds(
    words: list[str], joiner: str, data: st.DataObject
) -> None:
    own = _own()
    folded = fold(joiner.join(words)).folded
    start = data.draw(st.integers(0, len(folded)))
    end = data.draw(st.integers(start, len(folded)))
    assert list(own.find(folded, start, end)) == _plain_own(own, folded, start, end)


# -- block_nearest: tried at its literals' positions, or not at all ---------------------


@cache
def _cue_tags() -> dict:
    return index_lexicons(load_lexicons())[0]


def _block_nearest(lang: str) -> tuple[Lexicon, re.Pattern[str], str]:
    lexicon = load_lexicons()[lang]
    tag = _cue_tags()[id(lexicon)].block_nearest
    assert lexicon.block_nearest is not None and tag is not None
    return lexicon, lexicon.block_nearest, tag


@pytest.mark.parametrize("lang", ["ar", "en", "tr"])
def test_block_nearest_is_gated_and_anchored(lang: str) -> None:
    lexicon, _, _ = _block_nearest(lang)
    entries = [str(e) for e in lexicon_entries(lang, "block_nearest") if str(e).strip()]
    assert len(lexicon.block_nearest_cues) == len(entries)
    assert all(lexicon.block_nearest_cues)
    assert lexicon.block_nearest_anchored


def _cue_spans(lang: str, folded: str, start: int, end: int) -> tuple[list, list]:
    """The block_nearest matches of the span as the detector now finds them (through
    the cue index of the lexicon) and as the full search does."""
    lexicon, pattern, tag = _block_nearest(lang)
    starts = _cue_tags()[id(lexicon)].index.starts(folded, start, end)
    positions = starts.get(tag)
    gated = [] if positions is None else matches_at(pattern, folded, positions, end)
    return (
        [(m.start(), m.end()) for m in gated],
        [(m.start(), m.end()) for m in pattern.finditer(folded, start, end)],
    )


_FILLERS = {
    "en": ["Erdogan", "met", "Dbeibah", "in", "Ankara", "the", "visit", ",", "and", "to"],
    "ar": ["أردوغان", "التقى", "الدبيبة", "في", "أنقرة", "الزيارة", "،", "و", "من", "ان"],
    "tr": ["Erdoğan", "Dbeybe", "ile", "görüştü", "Ankara'da", "ziyaret", ",", "ve", "bir"],
}


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(["ar", "en", "tr"]), st.data())
def test_block_nearest_at_its_positions_finds_what_the_search_finds(
    lang: str, data: st.DataObject
) -> None:
    entries = [str(e) for e in lexicon_entries(lang, "block_nearest") if str(e).strip()]
    # the entries' own words, as written and with a proclitic glued before (Arabic),
    # among words of a contact sentence: cues whole, cut, run together
    pieces = [w for e in entries for w in e.split()]
    pieces += ["و" + w for w in pieces[:40]] if lang == "ar" else []
    words = data.draw(
        st.lists(
            st.one_of(
                st.sampled_from(entries), st.sampled_from(pieces), st.sampled_from(_FILLERS[lang])
            ),
            max_size=10,
        )
    )
    folded = fold(" ".join(words)).folded
    start = data.draw(st.integers(0, len(folded)))
    end = data.draw(st.integers(start, len(folded)))
    gated, searched = _cue_spans(lang, folded, start, end)
    assert gated == searched


@pytest.mark.parametrize(
    ("lang", "text", "cancelled"),
    [
        ("en", "Erdogan met Dbeibah and is expected to visit Tripoli next week.", {1}),
        ("en", "Erdogan met Dbeibah in Ankara on Monday.", set()),
        ("ar", "التقى أردوغان الدبيبة، ومن المتوقع أن يزور طرابلس الأسبوع المقبل.", None),
    ],
)
def test_cancelled_triggers_with_and_without_positions(
    lang: str, text: str, cancelled: set[int] | None
) -> None:
    lexicon, pattern, tag = _block_nearest(lang)
    folded = fold(text).folded
    triggers = [(m.start(), m.end()) for _, p in lexicon.triggers for m in p.finditer(folded)] or [
        (0, 1)
    ]
    triggers.sort()
    positions = _cue_tags()[id(lexicon)].index.starts(folded, 0, len(folded)).get(tag)
    plain = cancelled_triggers(pattern, folded, 0, len(folded), triggers)
    if positions is None:
        assert plain == (set(), [])
    else:
        gated = cancelled_triggers(pattern, folded, 0, len(folded), triggers, None, (), positions)
        assert gated == plain
    if cancelled is not None:
        assert plain[0] == cancelled


# -- delegation members: the article's fold read for the cue words first ----------------


@pytest.mark.parametrize(
    "text",
    [
        "Saddam Haftar received the delegation in Benghazi. "
        "The delegation included Hakan Fidan and Yaşar Güler. Later, İbrahim Kalın spoke.",
        # folding matters: the cue word written with other letters than its fold's
        "SADDAM HAFTAR met them. THE DELEGATION INCLUDED HAKAN FIDAN. Ibrahim Kalın spoke.",
        # no cue word anywhere: nothing found, with or without the windows
        "Hakan Fidan met Saddam Haftar in Benghazi. Yaşar Güler was there too.",
    ],
)
def test_delegation_members_with_the_article_windows(text: str) -> None:
    entities = [
        person_everywhere("person:saddam-haftar", "LY", text, "Saddam Haftar"),
        person_everywhere("person:saddam-haftar", "LY", text, "SADDAM HAFTAR"),
        person_everywhere("person:hakan-fidan", "TR", text, "Hakan Fidan"),
        person_everywhere("person:hakan-fidan", "TR", text, "HAKAN FIDAN"),
        person_everywhere("person:yasar-guler", "TR", text, "Yaşar Güler"),
        person_everywhere("person:ibrahim-kalin", "TR", text, "İbrahim Kalın"),
    ]
    entities = [e for e in entities if e.mentions]
    spans = sentence_spans(text)
    lexicons = [load_lexicons()["en"]]
    view = FoldedView(text, fold(text), spans)
    plain = delegation_members(lexicons, text, spans, entities)
    assert delegation_members(lexicons, text, spans, entities, view.window) == plain
    cued = "included" in fold_char_string(text)
    assert bool(plain) == cued
