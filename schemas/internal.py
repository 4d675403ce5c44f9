"""Records on the pipeline's internal topics (not a public contract)."""

from __future__ import annotations

from typing import Any

from pydantic import AwareDatetime, BaseModel, ConfigDict

from schemas.articles import EnrichedArticle
from schemas.contacts import ContactEvent


class PreparedArticle(BaseModel):
    """An article after the per-partition work, on its way to the one ordered dedup stage.

    ``contact_events`` are candidates: they are published only if the article
    turns out to be an original, since a duplicate raises no contact of its own.
    """

    article: EnrichedArticle
    signature: str | None
    contact_events: list[ContactEvent]


class PreparedBatch(BaseModel):
    """Prepared articles in the order they were prepared, one record on the
    single-partition dedup topic: that hop costs one event per batch, not per article."""

    articles: list[PreparedArticle]


# -- what the dedup stage reads ----------------------------------------------------------
# The dedup stage runs on one partition, so its cost bounds the whole topology's rate.
# It reads a prepared batch as a JSON document and validates only the fields it
# decides on; the enriched article itself was built and validated by stage 1 and is
# published as that document, with its dedup verdict and contact ids filled in.


class PreparedArticleHeader(BaseModel):
    model_config = ConfigDict(extra="ignore")

    article_id: str
    source: str
    lang: str | None
    published_at: AwareDatetime | None
    received_at: AwareDatetime
    entities: list[Any]


class PreparedHeader(BaseModel):
    model_config = ConfigDict(extra="ignore")

    article: PreparedArticleHeader
    signature: str | None
    contact_events: list[ContactEvent]
