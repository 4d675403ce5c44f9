"""The breadth files (turkey_officials_more, libya_politics_more, regional_actors):
less prominent actors link in all three scripts, on wordings of our own, and none
of them silences the bare surname of an office-holder the KB already knows.

``bare_holders`` links "Bakan Soylu" only when every KB person bearing the form has
a known tenure (``terms``, or ``office: none``); the guard that no bearer of unknown
tenure is added, in any file, is ``test_bare_forms_tenure`` and ``kb check``."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit.core.entities.dated import linked_on, people
from tests.unit.core.entities.helpers import ids_of

KB_DIR = Path(__file__).resolve().parents[4] / "wirewatch" / "data" / "kb"
BREADTH_FILES = ("turkey_officials_more.yaml", "libya_politics_more.yaml", "regional_actors.yaml")


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
    assert entity_id in ids_of(detector, text, lang)


def test_a_first_lady_is_not_the_president(detector) -> None:
    ids = ids_of(detector, "Emine Erdoğan Trablus'taki okulu ziyaret etti.", "tr")
    assert "person:emine-erdogan" in ids
    assert "person:recep-tayyip-erdogan" not in ids


@pytest.mark.parametrize(
    ("lang", "text", "day", "holder"),
    [
        # forms breadth people share (Ragıp Soylu: office: none; Abdullah Güler:
        # terms): their known tenure leaves the minister's bare surname linking
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
