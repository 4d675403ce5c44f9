"""Words inside an Arabic name that the KB name lacks (issue #12, entmech).

* أوغلو written right after a KB person's name ends that name: "حسن دوغان أوغلو" is
  Hasan Doğanoğlu, neither Hasan Doğan nor Çavuşoğlu (whom a bare أوغلو links as a
  second mention, which must keep working after a full name);
* a father's name between the given and the family name: "الصديق عمر الكبير" is
  Sadiq al-Kabir ("الصديق الكبير" in the KB), whose family name alone is a weak form.
"""

from __future__ import annotations

import pytest

from tests.unit.core.entities.helpers import ids_of, mentions_of

CAVUSOGLU, DAVUTOGLU = "person:mevlut-cavusoglu", "person:ahmet-davutoglu"
KABIR = "person:sadiq-al-kabir"


@pytest.mark.parametrize(
    ("text", "nobody"),
    [
        ("التقى حسن دوغان أوغلو رجال أعمال ليبيين.", {"person:hasan-dogan", CAVUSOGLU}),
        ("وقال هاكان فيدان أوغلو إن الشركة ستفتح فرعا", {"person:hakan-fidan", CAVUSOGLU}),
    ],
)
def test_oglu_after_a_known_name_ends_that_name(detector, text: str, nobody: set[str]) -> None:
    assert not nobody & ids_of(detector, text, "ar")


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # a bare أوغلو after a verb, the full name earlier: the same man
        ("وصل مولود تشاووش أوغلو إلى طرابلس. وقال أوغلو إن تركيا تدعم ليبيا.", CAVUSOGLU),
        ("زار أحمد داود أوغلو بنغازي. وبحث أوغلو مع جبريل الأوضاع.", DAVUTOGLU),
        ("وصل مولود تشاووش أوغلو إلى طرابلس. وخلال لقاء أوغلو مع المنفي بحثا الأوضاع.",
         CAVUSOGLU),
    ],
)  # fmt: skip
def test_a_bare_oglu_after_a_verb_still_links(detector, text: str, person: str) -> None:
    assert mentions_of(detector, text, "ar")[person][-1] == "أوغلو"


@pytest.mark.parametrize(
    "text",
    [
        "التقى محافظ المصرف المركزي الصديق عمر الكبير السفير التركي.",
        "وقال الصديق عمر الكبير إن المصرف سيفتح الاعتمادات",
    ],
)
def test_a_fathers_name_inside_a_known_name(detector, text: str) -> None:
    assert mentions_of(detector, text, "ar").get(KABIR) == ["الصديق عمر الكبير"]


@pytest.mark.parametrize(
    "text",
    [
        # another given name: not the governor
        "وقال محمد عمر الكبير إن السوق مستقر",
        # a word that is no father's name between
        "وقال الصديق إن الكبير سيحضر الاجتماع",
    ],
)
def test_no_known_name_around_the_father(detector, text: str) -> None:
    assert mentions_of(detector, text, "ar").get(KABIR) != ["الصديق عمر الكبير"]
