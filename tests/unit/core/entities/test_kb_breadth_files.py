"""The breadth files (turkey_officials_more, libya_politics_more, regional_actors):
less prominent actors link in all three scripts, on wordings of our own, and none
of them silences the bare surname of an office-holder the KB already knows.

The second property is the one the files were cut to: ``bare_holders`` links "Bakan
Soylu" or "وقال أوغلو" only when every KB person bearing the form has known terms,
so a new person without terms who shares that form turns the link off for good."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit.core.entities.dated import linked_on, people
from wirewatch.core.entities import EntityDetector
from wirewatch.core.entities.bare_holders import _short_forms
from wirewatch.core.entities.kb import KBEntity, alias_key, load_entity_file
from wirewatch.core.textfold import fold

KB_DIR = Path(__file__).resolve().parents[4] / "wirewatch" / "data" / "kb"
BREADTH_FILES = ("turkey_officials_more.yaml", "libya_politics_more.yaml", "regional_actors.yaml")


def _ids(detector: EntityDetector, text: str, lang: str) -> set[str]:
    return {e.id for e in detector.detect(fold(text), lang)}


@pytest.mark.parametrize(
    ("lang", "text", "entity_id"),
    [
        ("en", "Higher Education Minister Imran al-Qeeb opened the fair in Tripoli.", "person:imran-al-qeeb"),
        ("ar", "وافتتح وزير التعليم العالي عمران القيب المعرض في طرابلس", "person:imran-al-qeeb"),
        ("tr", "DEİK Başkanı Nail Olpak, Libyalı iş insanlarını İstanbul'da ağırladı.", "person:nail-olpak"),
        ("ar", "وقال رئيس مجلس العلاقات الاقتصادية الخارجية نائل أولباك إن", "person:nail-olpak"),
        ("en", "Moroccan Foreign Minister Nasser Bourita hosted the Libyan delegations.", "person:nasser-bourita"),
        ("ar", "واستضاف وزير الخارجية المغربي ناصر بوريطة الوفدين الليبيين", "person:nasser-bourita"),
        ("ar", "وأعلنت منظمة التعاون الإسلامي دعمها للحوار الليبي", "org:oic"),
        ("tr", "Rönesans Holding, Trablus'taki projesine yeniden başladı.", "org:ronesans-holding"),
        ("tr", "Libya Demir Çelik Şirketi yöneticileri Türk heyetini ağırladı.", "org:lisco"),
        ("en", "TIKA President Serkan Kayalar signed the protocol in Tripoli.", "person:serkan-kayalar"),
    ],
)  # fmt: skip
def test_a_breadth_name_links(detector, lang, text, entity_id) -> None:
    assert entity_id in _ids(detector, text, lang)


def test_a_first_lady_is_not_the_president(detector) -> None:
    ids = _ids(detector, "Emine Erdoğan Trablus'taki okulu ziyaret etti.", "tr")
    assert "person:emine-erdogan" in ids
    assert "person:recep-tayyip-erdogan" not in ids


@pytest.mark.parametrize(
    ("lang", "text", "day", "holder"),
    [
        # forms a breadth person would have shared (Ragıp Soylu, Abdullah Güler,
        # Saleh Afhima) had they been added without terms: left out, so these link
        ("tr", "Bakan Soylu, Libyalı mevkidaşıyla Trablus'ta görüştü.", "2021-06-12",
         "person:suleyman-soylu"),
        ("tr", "Bakan Güler, Libyalı mevkidaşıyla Ankara'da görüştü.", "2024-03-01",
         "person:yasar-guler"),
    ],
)  # fmt: skip
def test_an_office_holders_bare_surname_still_links(
    detector, linker, lang, text, day, holder
) -> None:
    assert holder in people(linked_on(detector, linker, text, lang, day))


def _kb_people() -> tuple[list[KBEntity], list[KBEntity]]:
    breadth: list[KBEntity] = []
    others: list[KBEntity] = []
    for path in sorted(KB_DIR.glob("*.yaml")):
        if path.name == "countries.yaml":
            continue
        for ent in load_entity_file(path):
            if ent.type.value == "PERSON":
                (breadth if path.name in BREADTH_FILES else others).append(ent)
    return breadth, others


def _surname_forms(ent: KBEntity) -> set[str]:
    """The forms a person is called by alone as a family name (not given names)."""
    names = [ent.name, *(alias for _lang, alias in ent.aliases.items())]
    forms = {alias_key(n).split()[-1] for n in names if len(alias_key(n).split()) > 1}
    return forms | {alias_key(a) for _lang, a in (*ent.surnames.items(), *ent.weak.items())}


def test_no_breadth_person_without_terms_silences_a_holders_surname() -> None:
    """A surname every bearer of which has known terms (so "Bakan Soylu" can link)
    gets no breadth bearer without terms. Shared given names (Khaled, Mehmet) are
    left aside: a given name alone is no way the press names an office-holder."""
    breadth, others = _kb_people()
    bearers: dict[str, list[KBEntity]] = {}
    for ent in others:
        for form in _short_forms(ent):
            bearers.setdefault(form, []).append(ent)
    linkable = {
        form
        for form, ents in bearers.items()
        if all(e.terms for e in ents)
        and any(form in _surname_forms(e) for e in ents)
        # a one-word alias links through the matcher, not through bare_holders
        and not any(form in {alias_key(a) for _lang, a in e.aliases.items()} for e in ents)
    }
    clashes = sorted(
        (ent.id, form) for ent in breadth if not ent.terms for form in _short_forms(ent) & linkable
    )
    assert not clashes
