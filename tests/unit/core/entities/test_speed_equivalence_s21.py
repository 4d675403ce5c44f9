"""Session 21's one title scan of ``office_titles.drop_unfit`` against the two it
replaces (written out here): a profession automaton asked first, for an article whose
office holders are all named in full, then the title automaton of the library's
default implementation. Run on generated texts made of the office titles, the
professions, office holders' names and their surnames, in the three languages."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import ahocorasick_rs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from schemas import Entity
from wirewatch.core.entities.detector import EntityDetector
from wirewatch.core.entities.office_titles import OfficeTitles
from wirewatch.core.textfold import fold

FILLER = {
    "en": ["met", "in Tripoli", "said", "and", "the", "of", ",", ".", "on Monday"],
    "tr": ["ile görüştü", "Trablus'ta", "dedi", "ve", ",", ".", "Pazartesi"],
    "ar": ["التقى", "في طرابلس", "قال", "و", "،", ".", "يوم الاثنين"],
}


def _holders(detector: EntityDetector, lang: str) -> list[str]:
    """The names, and the last words of the names, of the KB people with offices."""
    offices = detector.office_titles._offices
    names: list[str] = []
    for ent in detector.entities:
        if ent.id in offices:
            for alias in getattr(ent.aliases, lang)[:2]:
                names += [alias, alias.split()[-1]]
    return sorted(set(names))[:400]


def _titles(lang: str) -> Iterator[str]:
    import yaml

    from wirewatch.core.entities.office_titles import DEFAULT_PATH

    data = yaml.safe_load(DEFAULT_PATH.read_text(encoding="utf-8"))
    for office in data["offices"]:
        for form in office["titles"].get(lang, []):
            yield form.capitalize() if lang != "ar" else form


def _old_skips(titles: OfficeTitles, entities: list[Entity], folded: str) -> bool:
    """Whether the two-scan version returned before its title scan: no KB-linked
    office holder, or all named in full and no profession's last word in the text."""
    held = [e for e in entities if e.id in titles._offices and e.found_by == "kb"]
    if not held:
        return True
    one_word = any(" " not in m.text.strip() for e in held for m in e.mentions)
    ends = {t[-1] for t in titles._professions}
    return not one_word and not any(w.encode() in folded.encode() for w in ends)


@pytest.fixture(scope="module")
def vocabulary(detector: EntityDetector) -> dict[str, list[str]]:
    return {
        lang: [*_titles(lang), *_holders(detector, lang), *FILLER[lang]]
        for lang in ("en", "tr", "ar")
    }


@settings(max_examples=150, deadline=None)
@given(st.data())
def test_one_scan_drops_what_the_two_did(
    detector: EntityDetector,
    vocabulary: dict[str, list[str]],
    monkeypatch_module: Any,
    data: st.DataObject,
) -> None:
    lang = data.draw(st.sampled_from(["en", "tr", "ar"]))
    words = data.draw(st.lists(st.sampled_from(vocabulary[lang]), min_size=2, max_size=14))
    text = " ".join(words)
    titles = detector.office_titles
    calls: list[tuple[list[Entity], str, list[Entity]]] = []
    real = OfficeTitles.drop_unfit

    def recorded(
        entities: list[Entity], display: str, folded: str, lang: str | None
    ) -> list[Entity]:
        out = real(titles, entities, display, folded, lang)
        calls.append((entities, folded, out))
        return out

    monkeypatch_module.setattr(titles, "drop_unfit", recorded)
    try:
        detector.detect(fold(text), lang)
    finally:
        monkeypatch_module.delattr(titles, "drop_unfit")
    for entities, folded, out in calls:
        if _old_skips(titles, entities, folded):
            assert out is entities, text
    # the DFAs find what the library's default automaton finds
    reference = ahocorasick_rs.AhoCorasick(sorted({t[-1] for t in titles._titles}))
    f = fold(text).folded
    expected = reference.find_matches_as_indexes(f)
    assert titles._last_words.find_matches_as_indexes(f) == expected
    if f.isascii():
        assert titles._last_words_ascii.find_matches_as_indexes(f.encode()) == expected


@pytest.fixture(scope="module")
def monkeypatch_module() -> Iterator[pytest.MonkeyPatch]:
    with pytest.MonkeyPatch.context() as patch:
        yield patch


@pytest.mark.parametrize(
    ("text", "lang", "dropped"),
    [
        # an office holder named in full, no profession anywhere: nothing judged
        ("Khalid al-Mishri met the mayor in Tripoli on Monday.", "en", False),
        # a profession in the text, far from the name: the name stays
        (
            "Khalid al-Mishri met the delegation. An economist said the talks went well.",
            "en",
            False,
        ),
        # a profession right before the full name: another person
        ("The economist Khalid al-Mishri said the dinar would fall.", "en", True),
        ("Gazeteci Hasan Doğan Trablus'ta konuştu.", "tr", True),
    ],
)
def test_a_full_name_is_judged_after_a_profession_only(
    detector: EntityDetector, text: str, lang: str, dropped: bool
) -> None:
    ids = {e.id for e in detector.detect(fold(text), lang)}
    official = "person:hasan-dogan" if lang == "tr" else "person:khalid-al-mishri"
    assert (official not in ids) is dropped
