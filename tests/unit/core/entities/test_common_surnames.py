"""A surname thousands of unrelated people bear (Yılmaz) names no KB bearer by
default when the article names none in full (entfix): the most prominent bearer is
the default of a family's name (Haftar, Dbeibah), not of Yılmaz, where Cevdet Yılmaz
(vice-president) stood for Kenan Yılmaz (ambassador). A dated article still links
the one bearer in office that day, and a bearer named in full keeps his surname."""

from __future__ import annotations

from datetime import UTC, datetime

import orjson
import pytest

from schemas.internal import PreparedArticle
from wirewatch.core.pipeline import Pipeline
from wirewatch.core.validate import Origin
from wirewatch.settings import Settings

CEVDET = "person:cevdet-yilmaz"
KENAN = "person:kenan-yilmaz"


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(Settings())


def _people(pipeline: Pipeline, text: str, date: str | None) -> dict[str, list[str]]:
    payload = orjson.dumps(
        {
            "id": "t-1",
            "source": "test",
            "url": "https://example.com/a",
            "body": text,
            "published_at": date,
        }
    )
    origin = Origin(
        topic="t",
        partition=None,
        offset=0,
        key=None,
        received_at=datetime(2025, 1, 2, 12, tzinfo=UTC),
    )
    result = pipeline.prepare(payload, origin)
    assert isinstance(result, PreparedArticle)
    return {
        e.id: [m.text for m in e.mentions]
        for e in result.article.entities
        if e.type.value == "PERSON"
    }


@pytest.mark.parametrize(
    ("text", "lang_hint"),
    [
        (
            "Foreign Minister Mevlüt Çavuşoğlu said Turkey does not differentiate between "
            "the west and the east of Libya and that Yılmaz would visit eastern Libya.",
            "en",
        ),
        ("Yilmaz explained that Saleh had intended to visit Turkey in July.", "en"),
        ("وقال يلماز إن العلاقات مع ليبيا تشهد تطورا كبيرا.", "ar"),
    ],
)
def test_undated_a_common_surname_names_no_official(
    pipeline: Pipeline, text: str, lang_hint: str
) -> None:
    assert CEVDET not in _people(pipeline, text, None)


def test_dated_the_bearer_in_office_that_day(pipeline: Pipeline) -> None:
    text = "وأضاف يلماز في تصريح لوكالة الأناضول أن زيارة عقيلة صالح مخطط لها في يوليو."
    people = _people(pipeline, text, "2022-08-02T10:00:00Z")
    assert CEVDET not in people
    assert KENAN in people


def test_named_in_full_keeps_his_surname(pipeline: Pipeline) -> None:
    text = "Turkish Vice President Cevdet Yılmaz met Dbeibah in Tripoli. Yılmaz said the talks were fruitful."
    assert _people(pipeline, text, "2024-01-10T10:00:00Z")[CEVDET] == ["Cevdet Yılmaz", "Yılmaz"]


def test_a_family_name_keeps_its_head(pipeline: Pipeline) -> None:
    text = "Khalifa Haftar met Turkish officials. Haftar said the talks were fruitful."
    assert "Haftar" in _people(pipeline, text, None)["person:khalifa-haftar"]
