"""Records on the pipeline's internal topics (not a public contract)."""

from __future__ import annotations

from pydantic import BaseModel

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
