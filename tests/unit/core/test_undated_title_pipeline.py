"""Stage 1 links a title's bare surname in an undated article (no published_at): the
role linker's date-free path runs in the pipeline both the live and offline paths use."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from schemas.internal import PreparedBatch
from wirewatch.core.pipeline import Pipeline
from wirewatch.core.validate import Origin
from wirewatch.settings import Settings


def _people(body: str, published_at: str | None = None) -> dict[str, list[str]]:
    pipeline = Pipeline(Settings())
    record: dict[str, str] = {"source": "test", "url": "https://example.com/a", "title": "x"}
    record["body"] = body
    if published_at is not None:
        record["published_at"] = published_at
    origin = Origin(pipeline.settings.topic_raw, 0, 0, None, datetime(2026, 12, 1, tzinfo=UTC))
    found: dict[str, list[str]] = {}
    for output in pipeline.prepare_outputs(json.dumps(record).encode(), origin):
        if isinstance(output.value, PreparedBatch):
            for prepared in output.value.articles:
                for e in prepared.article.entities:
                    found[e.id] = [m.text for m in e.mentions]
    return found


def test_an_undated_article_links_the_envoy_after_his_title() -> None:
    body = "Büyükelçi Yılmaz, Libya Dışişleri Bakanlığında Türkiye ile ilişkileri değerlendirdi."
    found = _people(body)
    assert found.get("person:kenan-yilmaz") == ["Yılmaz"]
    assert "person:cevdet-yilmaz" not in found


def test_an_undated_role_alone_is_still_not_linked() -> None:
    found = _people("The Turkish defence minister arrived in Tripoli on a surprise visit.")
    assert not any(key.startswith("person:") for key in found)
