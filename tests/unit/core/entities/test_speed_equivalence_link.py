"""The role linker's speed paths (session 13, linkspeed2) give what the plain code they
replace gave: each is checked against that code, written out here, on generated texts
made of the words it reads, with spaces, hyphens, apostrophes and punctuation between
them (cases the fast path must leave alone included)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from schemas import Entity, EntityType
from wirewatch.core.entities.dated_institutions import _order
from wirewatch.core.entities.detector import EntityDetector
from wirewatch.core.entities.roles_by_date import RoleLinker
from wirewatch.core.entities.titled_holders import _NAME_WORDS, _WORD, _bare, _name_run
from wirewatch.core.textfold import fold

_NAME_PIECES = ["Fidan", "al", "Dbeibah", "eş", "Şehubi", "محمد", "الحداد", "ab", "x1", "7"]
_GAPS = ["", " ", "  ", "\n", "-", " - ", "--", "'", "’", "'s", ",", ".", "_", "\t", "\u00a0"]


def _plain_name_run(folded: str, end: int) -> list[tuple[int, int, str]]:
    """TitledHolders._name_after's word walk as it was (one finditer step a word)."""
    run: list[tuple[int, int, str]] = []
    for word in _WORD.finditer(folded, end):
        gap = folded[end : word.start()].strip()
        if (gap and (gap != "-" or not run)) or len(run) == _NAME_WORDS:
            break
        run.append((word.start(), word.end(), _bare(word.group())))
        end = word.end()
    return run


_text = st.lists(st.tuples(st.sampled_from(_GAPS), st.sampled_from(_NAME_PIECES)), max_size=6).map(
    lambda parts: "".join(a + b for a, b in parts)
)


@settings(max_examples=500, deadline=None)
@given(text=_text, tail=st.sampled_from(_GAPS), data=st.data())
def test_a_name_run_after_a_title_is_the_word_walks(
    text: str, tail: str, data: st.DataObject
) -> None:
    text += tail
    end = data.draw(st.integers(0, len(text)))
    assert _name_run(text, end) == _plain_name_run(text, end)


def test_a_name_run_reads_hyphens_inside_it_only() -> None:
    text = "bakani es-sehubi ile"
    assert [w for _s, _e, w in _name_run(text, len("bakani"))] == ["es", "sehubi", "ile"]
    assert _name_run("minister -dbeibah", len("minister")) == []  # a hyphen first: none
    assert _name_run("minister, fidan", len("minister")) == []  # punctuation: none
    # a fourth word and a word after punctuation are no part of it
    assert len(_name_run(" a b c d", 0)) == 3
    assert [w for *_, w in _name_run(" fidan'in, x", 0)] == ["fidan"]
    assert _name_run(" ", 0) == []


@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_an_after_sides_one_match_touch_is_may_touchs(
    linker: RoleLinker, data: st.DataObject
) -> None:
    """_Side.touch_after (gap and edge word in one match, as find reads them) is
    may_touch's after side on texts of the edge words with possessives, case
    endings, spaces and punctuation before them; a before side's never matches."""
    sides = [
        side
        for spec in linker._langs.values()
        for side in (spec.after_country, *spec.after_org.values())
        if side is not None
    ]
    side = data.draw(st.sampled_from(sides))
    words = [*side.edges, "'s", "’nin", "'", "x"]
    text = data.draw(
        st.lists(st.tuples(st.sampled_from(_GAPS), st.sampled_from(words)), max_size=6).map(
            lambda parts: "".join(a + b for a, b in parts)
        )
    )
    at = data.draw(st.integers(0, len(text)))
    assert (side.touch_after(text, at) is not None) == side.may_touch(text, at)
    before = linker._langs["en"].before_country
    assert before is not None and before.touch_after(text, at) is None


def test_an_after_side_touches_past_a_possessive_only(linker: RoleLinker) -> None:
    side = linker._langs["en"].after_country
    assert side is not None
    edge = side.edges[0]
    assert side.touch_after(f"Turkey's {edge}", len("Turkey"))
    assert side.touch_after(f"Turkey  {edge}", len("Turkey"))
    assert not side.touch_after(f"Turkey, {edge}", len("Turkey"))  # punctuation between
    assert side.touch_after(f"Turkey'nin {edge}", len("Turkey"))  # a case suffix
    assert not side.touch_after(f"Turkey'sxyzw {edge}", len("Turkey"))  # a word, no suffix
    assert not side.touch_after(f"Turkey{edge}", len("Turkey"))  # no space


def test_redates_order_read_from_the_dicts_is_the_attributes(detector: EntityDetector) -> None:
    text = "Libya's Tripoli government and Türkiye: Erdoğan met Dbeibah in Ankara."
    entities = detector.detect(fold(text), "en")
    assert len(entities) >= 3
    bare = Entity(id="org:x", type=EntityType.ORG, name="X", found_by="kb")
    for entity in (*entities, bare):
        expected = (entity.mentions[0].start if entity.mentions else -1, entity.id)
        assert _order(entity) == expected
    ordered = sorted([bare, *reversed(entities)], key=_order)
    assert ordered[0] is bare and [e.id for e in ordered[1:]] == [e.id for e in entities]
