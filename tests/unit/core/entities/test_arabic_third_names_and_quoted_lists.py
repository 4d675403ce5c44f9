"""Arabic names the KB lacks (entfix): a listed given name after the family name that
ends the sentence or quotation is the name's third word ("عادل بخيت إبراهيم.", dev
ar-17003); a quoted name that continues a list after a titled quoted name is a name
too ("الدكتور “عمر العبيدي” رفقة “...”", dev ar-29614). A given name a comma or a word
follows may be the next name (an object), and a quoted phrase with no titled name
before it stays a phrase."""

from __future__ import annotations

import pytest

from tests.unit.core.entities.helpers import shaped_surfaces
from wirewatch.core.entities import EntityDetector


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("وحضر الاجتماع مدير مكتب التعاون بالوزارة عادل بخيت إبراهيم.", "عادل بخيت إبراهيم"),
        ("وشارك في اللقاء وكيل وزارة الصحة سامي الهوني أحمد.", "سامي الهوني أحمد"),
        ("وحضر عضو مجلس النواب “زينب شتي حامد” والوفد المرافق.", "زينب شتي حامد"),
    ],
)
def test_a_third_name_ending_the_sentence(detector: EntityDetector, text: str, name: str) -> None:
    assert name in shaped_surfaces(detector, text, "ar")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a comma after the given name: the object of the verb may follow
        ("واستقبل وكيل وزارة الصحة سامي الهوني محمد، مدير المستشفى.", "سامي الهوني"),
        # a word after it: the next name may start there
        ("وقال وكيل وزارة الصحة سامي الهوني محمد إن الوزارة مستعدة.", "سامي الهوني"),
    ],
)
def test_no_third_name_before_a_comma_or_a_word(
    detector: EntityDetector, text: str, name: str
) -> None:
    assert shaped_surfaces(detector, text, "ar") == [name]


def test_a_quoted_list_after_a_titled_name(detector: EntityDetector) -> None:
    text = "وحضر الدكتور “عمر العبيدي” رفقة “كمال الجطلاوي” و “سالم الورفلي” الاجتماع."
    found = shaped_surfaces(detector, text, "ar")
    assert {"عمر العبيدي", "كمال الجطلاوي"} <= set(found)


def test_a_quoted_phrase_after_a_quoted_phrase_stays_one(detector: EntityDetector) -> None:
    # no title before the first quote: nothing vouches for the list
    text = 'وانتشرت عبارة "طلعت الشمس" و "غابت الشمس" على مواقع التواصل.'
    assert shaped_surfaces(detector, text, "ar") == []
