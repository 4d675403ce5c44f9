"""``led_by_letters``: the cue unions written to be scanned for match what the plain
``(?<!\\w)(?:proclitics)?(?:bodies)`` form matches, at the same places, in every case."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from wirewatch.core.contacts.lexicon import _WORD_END, _entry_regex, load_lexicons
from wirewatch.core.contacts.word_trie import led_by_letters
from wirewatch.core.textfold import fold_char_string

# Few letters, so that bodies, proclitics and texts run into each other often.
LETTERS = "abوبل"
WORD = st.text(alphabet=LETTERS, min_size=1, max_size=4)
ENTRY = st.lists(
    st.one_of(WORD, WORD.map(lambda w: w + "*"), st.sampled_from(["~", "~~"])),
    min_size=1,
    max_size=3,
).filter(lambda words: words[0] not in ("~", "~~"))
TEXT = st.text(alphabet=LETTERS + " _.،1", max_size=40)


def plain(proclitics: list[str], bodies: list[str]) -> re.Pattern[str]:
    """The form ``lexicon._union`` wrote before."""
    pre = "(?:" + "|".join(proclitics) + ")?" if proclitics else ""
    return re.compile(rf"(?<!\w){pre}(?:{'|'.join(bodies)}){_WORD_END}")


def spans(pattern: re.Pattern[str], text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text, start, end)]


@settings(max_examples=300, deadline=None)
@given(
    proclitics=st.lists(st.text(alphabet="وبل", min_size=1, max_size=2), max_size=3, unique=True),
    entries=st.lists(ENTRY.map(" ".join), min_size=1, max_size=6),
    text=TEXT,
    cut=st.tuples(st.integers(0, 40), st.integers(0, 40)),
)
def test_same_matches_as_the_plain_union(proclitics, entries, text, cut) -> None:
    bodies = sorted({_entry_regex(e) for e in entries}, key=len, reverse=True)
    escaped = [re.escape(p) for p in proclitics]
    led = led_by_letters(escaped, bodies)
    assert led is not None  # every body opens with a letter here
    fast = re.compile(rf"{led}{_WORD_END}")
    slow = plain(escaped, bodies)
    start, end = min(cut), max(cut)
    # searched within a span too: the look-behind still sees the text before it
    assert spans(fast, text, start, end) == spans(slow, text, start, end)
    for pos in range(len(text) + 1):
        m, n = fast.match(text, pos), slow.match(text, pos)
        assert (m and m.span()) == (n and n.span())


def test_the_packaged_cues_match_as_before() -> None:
    """Every trigger, block and historical union of the packaged lexicons, on
    sentences of each language (with glued proclitics, inside words, at the ends)."""
    texts = {
        "ar": "والتقى الدبيبة بالوزير التركي، وبحث معه. استقبل فيدان وزيرالخارجية ونددت.",
        "en": "He met Haftar, then (met) Erdogan; metal talks. Criticised: will meet later.",
        "tr": "Fidan, Dibeybe ile görüştü. Görüşmede kınadı; görüşmeyecek. Kabul etti.",
    }
    for lang, lexicon in load_lexicons().items():
        text = fold_char_string(texts[lang] * 2)
        for _, pattern in lexicon.triggers:
            # written to be scanned for (a cue opening with "(" is left as written)
            assert not pattern.pattern.startswith(r"(?<!\w)"), pattern.pattern[:60]
        entries = [e for e, _ in lexicon.trigger_entries]
        bodies = sorted({_entry_regex(e) for e in entries}, key=len, reverse=True)
        escaped = [re.escape(p) for p in lexicon.proclitics]
        led = led_by_letters(escaped, bodies)
        assert led is not None
        fast, slow = re.compile(rf"{led}{_WORD_END}"), plain(escaped, bodies)
        found = spans(slow, text, 0, len(text))
        assert found  # the texts hold triggers: the comparison is not of two empties
        assert spans(fast, text, 0, len(text)) == found
        for start in range(0, len(text), 7):
            assert spans(fast, text, start, len(text) - 3) == spans(
                slow, text, start, len(text) - 3
            )


def test_left_as_written_when_an_alternative_opens_otherwise() -> None:
    assert led_by_letters([], []) is None
    assert led_by_letters([], [r"(?:a|an)\s+meeting"]) is None  # a group first
    assert led_by_letters([], [r"\s+met"]) is None  # a space first
    assert led_by_letters([], [r"a?\s+meeting"]) is None  # its first letter optional
    assert led_by_letters([r"\-"], ["met"]) is None  # an escaped proclitic


def test_groups_by_first_letter_keeping_the_order() -> None:
    led = led_by_letters(["w", "wb"], ["wasat", "met", "meeting"])
    assert led is not None
    pattern = re.compile(rf"{led}(?!\w)")
    # the proclitic first, as the greedy ``?`` tries it: "w" + "met" ...
    assert pattern.match("wmet").span() == (0, 4)
    assert pattern.match("wbmeeting").span() == (0, 9)
    assert pattern.match("wasat").span() == (0, 5)  # ... else the bare body
    assert pattern.search("xmet met").span() == (5, 8)  # never inside a word
    assert pattern.search("_met") is None
