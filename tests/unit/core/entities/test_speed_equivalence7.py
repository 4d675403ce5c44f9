"""The detector's pre-checks of its last three passes (title heads, foreign local
names, unfit office titles): asked by the ids of the entities found, they skip a pass
only where running it would change nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from schemas import Entity, Mention
from wirewatch.core.entities import title_heads as title_heads_module
from wirewatch.core.entities.detector import EntityDetector
from wirewatch.core.entities.foreign_local import ForeignLocal
from wirewatch.core.entities.office_titles import OfficeTitles
from wirewatch.core.entities.title_heads import TitleHeads, title_heads
from wirewatch.core.entities.view import EntityView
from wirewatch.core.textfold import fold

SEEDS = Path(__file__).resolve().parents[4] / "seeds"

#: texts each of the three passes changes (their own tests' cases), and texts none does
CHANGED = [
    ("Heyette Cumhurbaşkanlığı Sözcüsü İbrahim Kalın da yer alıyor.", "tr"),
    ("Libya Başbakanlık Basın Ofisinden yapılan açıklamaya göre toplantı yapıldı.", "tr"),
    ("Mayor of Zawiya Al-Ghariani toured the port.", "en"),
    ("تفقد عميد بلدية مصراتة الغرياني الميناء مع مهندسين أتراك.", "ar"),
]
UNCHANGED = [
    ("Dışişleri Bakanlığı açıklama yaptı.", "tr"),
    ("Mufti Al-Ghariani issued a new fatwa.", "en"),
    ("أصدر المفتي الغرياني فتوى جديدة.", "ar"),
    ("Erdoğan, Dbeybe ile Ankara'da görüştü.", "tr"),
    ("No entity at all here.", "en"),
]


def _always(*_args: object) -> bool:
    return True


def _out(entities: list[Entity]) -> list[tuple[str, tuple[tuple[int, int, str], ...]]]:
    return [(e.id, tuple((m.start, m.end, m.text) for m in e.mentions)) for e in entities]


def _texts() -> list[tuple[str, str | None]]:
    seeds = [(path.read_text(encoding="utf-8"), None) for path in sorted(SEEDS.glob("*.txt"))]
    return [*CHANGED, *UNCHANGED, *seeds]


def test_the_pre_checks_leave_the_output_as_the_passes_run_always(
    detector: EntityDetector, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = _texts()
    checked = [_out(detector.detect(fold(text), lang)) for text, lang in texts]
    monkeypatch.setattr(TitleHeads, "concerns", _always)
    monkeypatch.setattr(ForeignLocal, "concerns", _always)
    monkeypatch.setattr(OfficeTitles, "concerns", _always)
    always = [_out(detector.detect(fold(text), lang)) for text, lang in texts]
    assert checked == always


def _never(*_args: object) -> bool:
    return False


def test_each_text_changed_is_changed_by_a_pass(
    detector: EntityDetector, monkeypatch: pytest.MonkeyPatch
) -> None:
    # else the test above could not fail on it: with the passes skipped, each text of
    # CHANGED comes out otherwise, and each of UNCHANGED the same
    checked = [_out(detector.detect(fold(text), lang)) for text, lang in (*CHANGED, *UNCHANGED)]
    monkeypatch.setattr(TitleHeads, "concerns", _never)
    monkeypatch.setattr(ForeignLocal, "concerns", _never)
    monkeypatch.setattr(OfficeTitles, "concerns", _never)
    skipped = [_out(detector.detect(fold(text), lang)) for text, lang in (*CHANGED, *UNCHANGED)]
    changed = [a != b for a, b in zip(checked, skipped, strict=True)]
    assert changed == [True] * len(CHANGED) + [False] * len(UNCHANGED)


def test_the_pre_checks_say_no_for_ids_no_pass_knows(detector: EntityDetector) -> None:
    ids = {"gpe:LY", "person:nobody", "org:none"}
    assert not title_heads().concerns(ids, "tr")
    assert not detector.foreign_local.concerns(ids)
    assert not detector.office_titles.concerns(ids)
    assert not title_heads().concerns(set(title_heads()._heads.get("tr", {})), "xx")


def test_the_pre_checks_say_yes_for_an_id_of_their_own(detector: EntityDetector) -> None:
    for lang, heads in title_heads()._heads.items():
        for org in heads:
            assert title_heads().concerns({"gpe:LY", org}, lang)
    for kb_id in detector.foreign_local._local:
        assert detector.foreign_local.concerns(["gpe:TR", kb_id])
    for kb_id in detector.office_titles._offices:
        assert detector.office_titles.concerns({kb_id})


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_a_pass_told_no_returns_its_entities_unchanged(
    detector: EntityDetector, data: st.DataObject
) -> None:
    # random entities of the KB (any pass's or none), mentions anywhere in a text made
    # of the words the passes read: where a pre-check says no, the pass drops nothing
    templates = detector._templates
    display = data.draw(
        st.lists(
            st.sampled_from(
                ["Libya", "Başbakanlık", "Mayor", "Sözcüsü", "Al-Ghariani", "Kalın", "ve", ","]
            ),
            min_size=1,
            max_size=12,
        ).map(" ".join)
    )
    # the entities the passes know, or any of the KB
    known = sorted(
        i
        for i, template in enumerate(templates)
        if template.id in detector.foreign_local._local
        or template.id in detector.office_titles._offices
        or any(template.id in heads for heads in title_heads()._heads.values())
    )
    indexes = st.sampled_from(known) | st.sampled_from(range(len(templates)))
    picked = data.draw(st.lists(indexes, max_size=6, unique=True))
    entities = []
    views: list[EntityView] = []
    for index in picked:
        start = data.draw(st.integers(0, len(display) - 1))
        end = data.draw(st.integers(start + 1, len(display)))
        fields = templates[index].model_dump()
        views.append((start, templates[index].id, dict(fields), [(start, end)]))
        fields["mentions"] = [Mention(text=display[start:end], start=start, end=end)]
        entities.append(Entity(**fields))
    ids = {e.id for e in entities}
    lang = data.draw(st.sampled_from(["tr", "en", "ar"]))
    heads = title_heads_module.title_heads()
    if not heads.concerns(ids, lang):
        assert heads.drop(views, display, lang) is views
    if not detector.foreign_local.concerns(ids):
        assert detector.foreign_local.drop(views, display) is views
    if not detector.office_titles.concerns(ids):
        assert detector.office_titles.drop_unfit(entities, display, fold(display).folded, lang) is (
            entities
        )
