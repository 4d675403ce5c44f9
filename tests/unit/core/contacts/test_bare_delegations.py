"""A bare "the delegation" met in a sentence that names one side only stands for the one
foreign delegation the article names elsewhere, by nationality or by its members
(bare_delegations.py); short paraphrases of the class, not the excerpt that showed it."""

from __future__ import annotations

import dataclasses
import re

import pytest

from tests.unit.core.contacts.sentences import lexicon_entries, pairs_on
from wirewatch.core.contacts import pair_key
from wirewatch.core.contacts.bare_delegations import bare_cue_words
from wirewatch.core.contacts.lexicon import load_lexicons
from wirewatch.core.textfold import fold_char_string

MENFI, DBEIBAH = "person:mohamed-menfi", "person:abdul-hamid-dbeibah"
SADDAM = "person:saddam-haftar"
FIDAN, GULER, BEGEC = "person:hakan-fidan", "person:yasar-guler", "person:guven-begec"


pairs = pairs_on("2024-05-03")


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "Saddam Haftar hosted the visiting delegation at his headquarters on Sunday. "
            "The Turkish delegation was led by Ambassador Guven Begec.",
            {pair_key(SADDAM, BEGEC)},
        ),
        (
            "en",
            "Mohamed Menfi received the delegation in Tripoli. The Turkish delegation, "
            "headed by Foreign Minister Hakan Fidan, also included Defence Minister "
            "Yasar Guler.",
            {pair_key(MENFI, FIDAN), pair_key(MENFI, GULER)},
        ),
        (
            # the delegation's country only through its members
            "en",
            "Dbeibah received a high-level delegation in Tripoli on Monday. It included "
            "Turkish Defence Minister Yasar Guler.",
            {pair_key(DBEIBAH, GULER)},
        ),
        (
            "tr",
            "Başkanlık Konseyi Başkanı Muhammed el-Menfi, Trablus'ta heyeti kabul etti. "
            "Türk heyetinde Dışişleri Bakanı Hakan Fidan ve Milli Savunma Bakanı Yaşar "
            "Güler de yer aldı.",
            {pair_key(MENFI, FIDAN), pair_key(MENFI, GULER)},
        ),
    ],
)
def test_a_bare_delegation_is_the_foreign_one_the_article_names(
    detector, entities, lang, text, expected
) -> None:
    assert pairs(detector, entities, text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a third country's delegation in the sentence itself
        (
            "en",
            "Dbeibah met a delegation of Italian businessmen in Tripoli. Separately, the "
            "Turkish delegation included Hakan Fidan.",
        ),
        # the sentence's own side has a delegation in the article: the bare one may be it
        (
            "en",
            "Dbeibah and the delegation accompanying him met the press in Tripoli. The "
            "Libyan delegation included Foreign Minister Najla Mangoush, and the Turkish "
            "delegation included Hakan Fidan.",
        ),
        # delegations of two foreign countries: which one would be a guess
        (
            "en",
            "Saddam Haftar welcomed the delegation in Benghazi. The Turkish delegation "
            "included Guven Begec; the Egyptian delegation included Badr Abdelatty.",
        ),
        # no delegation anywhere else in the article
        ("en", "Mohamed Menfi received the delegation in Tripoli on Sunday."),
    ],
)
def test_no_delegation_is_guessed(detector, entities, lang, text) -> None:
    assert pairs(detector, entities, text, lang) == set()


@pytest.mark.parametrize("lang", ["en", "tr"])
def test_every_bare_cue_holds_one_of_its_words(lang: str) -> None:
    """A sentence is searched for a bare cue only if it holds one of the lexicon's
    ``bare_delegation_words``: each entry, in every form, holds one."""
    lexicon = load_lexicons()[lang]
    known = lexicon.bare_delegation_words
    assert known is not None and known[0] is lexicon.bare_delegation and known[1]
    entries = lexicon_entries(lang, "bare_delegation")
    matched = 0
    for entry in entries:
        # the entry as text would carry it, with a proclitic where the language has one
        form = fold_char_string(str(entry)).replace("*", "lar")
        for text in (form, "".join(lexicon.proclitics[:1]) + form):
            match = known[0].search(text)
            if match is not None:
                matched += 1
                assert any(word in match.group() for word in known[1]), entry
    assert matched >= len(entries)  # each entry's own form is a match
    assert bare_cue_words([lexicon]) == list(known[1])


def test_a_lexicon_given_another_bare_cue_is_searched_everywhere() -> None:
    lexicon = load_lexicons()["en"]
    changed = dataclasses.replace(lexicon, bare_delegation=re.compile(r"(?<!\w)envoys(?!\w)"))
    assert bare_cue_words([changed]) is None
