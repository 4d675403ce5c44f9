"""Turkish ç in Arabic copy (issue #12, entar): outlets write it ج (جاويش أوغلو),
تش (تشاووش أوغلو) or ش (شاويش أوغلو), and the KB lists one or two of the three. The
others link as the listed alias does, for every Turkish person whose name has ç and no
c; a ج that may be a c, and every non-Turkish name, are left as they are."""

from __future__ import annotations

import pytest

from wirewatch.core.entities import EntityDetector
from wirewatch.core.entities.variants import ch_forms, normal, writes_ch
from wirewatch.core.textfold import fold


def _people(detector: EntityDetector, text: str) -> dict[str, list[str]]:
    return {
        e.id: [m.text for m in e.mentions]
        for e in detector.detect(fold(text), "ar")
        if e.type.value == "PERSON"
    }


@pytest.mark.parametrize(
    ("text", "entity_id"),
    [
        # ش for the ج/تش the KB lists, with the given name
        ("وقال مولود شاويش أوغلو للصحفيين إن الاتفاق قانوني.", "person:mevlut-cavusoglu"),
        ("وصرح عمر شيليك المتحدث باسم الحزب الحاكم بأن القرار نهائي.", "person:omer-celik"),
        ("وأعلن يلماز تونش وزير العدل تعديل القانون.", "person:yilmaz-tunc"),
        # تش for the ش/ج the KB lists
        ("وشارك سلتشوك بيرقدار في معرض الصناعات الدفاعية.", "person:selcuk-bayraktar"),
        # the family name alone after the title, as the listed surname links
        ("ورحب وزير الخارجية التركي شاويش أوغلو بالاتفاق.", "person:mevlut-cavusoglu"),
        ("وغادر وزير الخارجية التركي شاويش أوغلو القاهرة مساء أمس.", "person:mevlut-cavusoglu"),
    ],
)
def test_other_spellings_of_turkish_ch_link(
    detector: EntityDetector, text: str, entity_id: str
) -> None:
    assert entity_id in _people(detector, text)


@pytest.mark.parametrize(
    ("text", "entity_id", "form"),
    [
        # Kacır is written with c: its ج is no ç, so no ش or تش form is made
        (
            "واستقبل الوزير محمد فاتح كاشير وفدا من رجال الأعمال.",
            "person:mehmet-fatih-kacir",
            "محمد فاتح كاشير",
        ),
        # Cevdet: a c, whose ج stays (يلماز alone may still name him)
        ("وقال شودت يلماز إن المشاريع ستبدأ.", "person:cevdet-yilmaz", "شودت يلماز"),
    ],
)
def test_a_c_written_j_gets_no_ch_forms(
    detector: EntityDetector, text: str, entity_id: str, form: str
) -> None:
    assert form not in _people(detector, text).get(entity_id, [])


def test_only_turkish_names_with_ch_and_no_c(detector: EntityDetector) -> None:
    by_id = {e.id: e for e in detector.entities}
    assert writes_ch(by_id["person:mevlut-cavusoglu"])
    assert writes_ch(by_id["person:devlet-bahceli"])
    assert not writes_ch(by_id["person:mehmet-fatih-kacir"])  # Kacır
    assert not writes_ch(by_id["person:cevdet-yilmaz"])  # Cevdet
    assert not writes_ch(by_id["person:abdul-hamid-dbeibah"])  # not Turkish
    assert not writes_ch(by_id["org:tr-mfa"])  # people only


def test_forms_of_one_alias() -> None:
    assert set(ch_forms("مولود جاويش أوغلو")) == {"مولود تشاويش أوغلو", "مولود شاويش أوغلو"}
    assert set(ch_forms("دولت بهتشلي")) == {"دولت بهجلي", "دولت بهشلي"}
    # a ش is as often ş: nothing is read back from it
    assert ch_forms("عمر شليك") == ()


def test_tsh_reads_as_sh_in_variant_comparison() -> None:
    assert normal("تشاووش") == normal("شاووش")
    assert normal("بهتشلي") == normal("بهشلي")
