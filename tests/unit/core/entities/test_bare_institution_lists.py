"""A bare institution listed with one country's officials is that country's (entfix):
"Başbakan Fayiz es-Serrac, Planlama Bakanı Tahir el-Cuheymi, Merkez Bankası
yetkilileri" names Libya's central bank (dev tr-12007, tr-18002). A list of one, a
list mixing two countries, and a head's title around the name ("ورئيس المخابرات":
the head, not the body) give no country."""

from __future__ import annotations

import pytest

from tests.unit.core.entities.helpers import ids_of
from wirewatch.core.entities import EntityDetector

LY_CBL = "org:ly-cbl"
CBRT = "org:cbrt"


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Toplantıya Başbakan Fayiz es-Serrac, Planlama Bakanı Tahir el-Cuheymi, Merkez "
            "Bankası yetkilileri ve diğer kurumlar katıldı.",
            LY_CBL,
        ),
        (
            "Toplantıya Hazine ve Maliye Bakanı Mehmet Şimşek, Ticaret Bakanı Ömer Bolat, "
            "Merkez Bankası yetkilileri katıldı.",
            CBRT,
        ),
    ],
)
def test_a_body_listed_with_one_countrys_officials(
    detector: EntityDetector, text: str, body: str
) -> None:
    assert body in ids_of(detector, text, "tr")


@pytest.mark.parametrize(
    "text",
    [
        # two countries in the list
        "Cumhurbaşkanı Erdoğan, Libya Başbakanı Dibeybe, Merkez Bankası yetkilileri ile görüştü.",
        # one official only
        "Toplantıya Planlama Bakanı Tahir el-Cuheymi, Merkez Bankası yetkilileri katıldı.",
        # a sentence ends between: no list
        "Başbakan Fayiz es-Serrac, Planlama Bakanı Tahir el-Cuheymi. Merkez Bankası açıklama yaptı.",
    ],
)
def test_no_country_without_a_list_of_one_country(detector: EntityDetector, text: str) -> None:
    found = ids_of(detector, text, "tr")
    assert LY_CBL not in found
    assert CBRT not in found


def test_a_heads_title_in_the_list_names_no_body(detector: EntityDetector) -> None:
    text = (
        "زار طرابلس وفد تركي كبير ترأسه وزير الخارجية مولود جاويش أوغلو، وضم وزيري الدفاع "
        "والداخلية، ورئيس المخابرات."
    )
    assert "org:mit" not in ids_of(detector, text, "ar")
