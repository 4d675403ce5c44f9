"""Which Haftar a bare حفتر / Haftar / Hafter names when a son was named with his
father's name inside his own (صدام خليفة حفتر), see ``EntityDetector._resolve``: the
chain names the father as the family's head, so past a paragraph break the bare name
goes to the most prominent bearer named, Khalifa; within the same paragraph it stays
with the son named last, and an article naming the son alone keeps it his."""

from __future__ import annotations

import pytest

from wirewatch.core.entities import EntityDetector
from wirewatch.core.textfold import fold

KHALIFA, SADDAM = "person:khalifa-haftar", "person:saddam-haftar"


def _who(detector: EntityDetector, text: str, lang: str, bare: str) -> set[str]:
    """The entities with a mention that is exactly ``bare``."""
    return {
        e.id for e in detector.detect(fold(text), lang) if any(m.text == bare for m in e.mentions)
    }


@pytest.mark.parametrize(
    ("lang", "text", "bare"),
    [
        (
            "ar",
            "أشرف صدام خليفة حفتر على تخريج دفعة جديدة من الضباط في سرت.\n"
            "وفي سياق آخر استقبل حفتر وفدا من رجال الأعمال الأتراك.",
            "حفتر",
        ),
        (
            "en",
            "Saddam Khalifa Haftar oversaw a graduation of officers in Sirte.\n"
            "Separately, Haftar received Turkish businessmen in Benghazi.",
            "Haftar",
        ),
        (
            "tr",
            "Saddam Halife Hafter, Sirte'de subay mezuniyet törenine katıldı.\n"
            "Öte yandan Hafter, Türk iş insanlarını Bingazi'de kabul etti.",
            "Hafter",
        ),
    ],
)
def test_after_a_break_the_bare_name_is_the_father_named_in_the_chain(
    detector: EntityDetector, lang: str, text: str, bare: str
) -> None:
    assert _who(detector, text, lang, bare) == {KHALIFA}


@pytest.mark.parametrize(
    "text",
    [
        # the same paragraph: the son named last
        "أشرف صدام خليفة حفتر على تخريج دفعة من الضباط في سرت، وقال حفتر إن الجيش موحد.",
        # the son alone, no chain: his, even after a break
        "أشرف صدام حفتر على تخريج دفعة من الضباط في سرت.\nوقال حفتر إن الجيش موحد.",
    ],
)
def test_the_son_keeps_the_bare_name_without_chain_and_break(
    detector: EntityDetector, text: str
) -> None:
    assert _who(detector, text, "ar", "حفتر") == {SADDAM}


def test_the_chain_is_no_mention_of_the_father(detector: EntityDetector) -> None:
    text = "أشرف صدام خليفة حفتر على تخريج دفعة جديدة من الضباط في سرت."
    ids = {e.id for e in detector.detect(fold(text), "ar")}
    assert SADDAM in ids and KHALIFA not in ids
