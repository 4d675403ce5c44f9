"""Article records: what producers send in and what the pipeline publishes out."""

from __future__ import annotations

from datetime import UTC, datetime
from enum import StrEnum
from typing import Annotated

from pydantic import (
    AwareDatetime,
    BaseModel,
    ConfigDict,
    Field,
    StrictStr,
    field_validator,
    model_validator,
)

from schemas.wire_enum import wire_enum

NonBlank = Annotated[StrictStr, Field(min_length=1)]


class RawArticle(BaseModel):
    """One article as a producer sends it to ``articles.raw`` (UTF-8 JSON object).

    Strict at the boundary: strings must be strings, ``published_at`` must be an
    ISO-8601 string. Unknown fields are kept (``model_extra``) and never dropped.
    """

    model_config = ConfigDict(extra="allow", strict=True, str_strip_whitespace=False)

    id: NonBlank | None = Field(
        default=None,
        description="The producer's id for the article. Without it, the pipeline derives "
        "one from the canonical URL, else from the content.",
    )
    source: NonBlank = Field(description="The outlet, e.g. a domain such as alwasat.ly.")
    url: StrictStr | None = Field(default=None, description="Where the article was published.")
    title: StrictStr | None = Field(default=None, description="Headline.")
    body: StrictStr = Field(
        description="Text or HTML of the article; not blank, at most "
        "WIREWATCH_MAX_BODY_BYTES (1 MiB by default) in UTF-8."
    )
    published_at: datetime | None = Field(
        default=None,
        description="Publication time, an ISO-8601 string; converted to UTC. A time "
        "without offset is taken as UTC (and flagged published_at_naive downstream).",
    )
    lang: StrictStr | None = Field(
        default=None,
        description="Language as the producer states it (ar, en, tr); detected when absent.",
    )
    #: True when ``published_at`` came without a UTC offset and was taken as UTC.
    published_at_naive: bool = Field(
        default=False,
        exclude=True,
        description="Set by the pipeline, not by producers: true when published_at came "
        "without a UTC offset.",
    )

    @field_validator("source")
    @classmethod
    def _source_not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("source is blank")
        return value.strip()

    @field_validator("body")
    @classmethod
    def _body_not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("body is blank")
        return value

    @field_validator("published_at", mode="before")
    @classmethod
    def _parse_time(cls, value: object) -> object:
        # Strict mode refuses strings for datetimes; times on the wire are
        # ISO-8601 strings, so parse them here and refuse everything else.
        if value is None or isinstance(value, datetime):
            return value
        if not isinstance(value, str):
            raise ValueError("published_at must be an ISO-8601 string")
        text = value.strip()
        if text.endswith(("Z", "z")):
            text = text[:-1] + "+00:00"
        try:
            return datetime.fromisoformat(text)
        except ValueError:
            raise ValueError(f"published_at is not an ISO-8601 time: {value!r}") from None

    @model_validator(mode="after")
    def _to_utc(self) -> RawArticle:
        when = self.published_at
        if when is not None:
            if when.tzinfo is None or when.utcoffset() is None:
                self.published_at = when.replace(tzinfo=UTC)
                self.published_at_naive = True
            else:
                self.published_at = when.astimezone(UTC)
        return self

    @property
    def extra_fields(self) -> dict[str, object]:
        return dict(self.model_extra or {})


@wire_enum
class EntityType(StrEnum):
    """What an entity is: a person, an organisation, a geopolitical entity (country,
    city, region with a government) or another location."""

    PERSON = "PERSON"
    ORG = "ORG"
    GPE = "GPE"
    LOC = "LOC"


class Mention(BaseModel):
    """A surface form of an entity: ``text == article.text[start:end]``."""

    model_config = ConfigDict(frozen=True)

    text: str = Field(description="The mention as it appears in the article text.")
    start: int = Field(ge=0, description="Start offset (characters) in the article text.")
    end: int = Field(ge=0, description="End offset (characters, exclusive) in the article text.")


class Entity(BaseModel):
    """A person, organisation or place the article names, linked to one canonical entity
    across scripts and spellings."""

    model_config = ConfigDict(frozen=True)

    id: str = Field(
        description="Stable id: the knowledge base's for linked entities (e.g. "
        "ly-khalifa-haftar), a derived one for entities found by pattern or nationality."
    )
    type: EntityType = Field(description="What the entity is.")
    name: str = Field(description="Canonical English name.")
    country: str | None = Field(
        default=None, pattern=r"^[A-Z]{2}$", description="ISO 3166-1 alpha-2."
    )
    role: str | None = Field(default=None, description="Office or role, when known.")
    #: ``kb`` when linked to the knowledge base, ``pattern`` when inferred from
    #: role + nationality + name, ``nationality`` for generic national actors.
    found_by: str = Field(
        default="kb",
        description="How the entity was found: kb (linked to the knowledge base), pattern "
        "(inferred from role, nationality and name), nationality (a generic national "
        "actor such as 'the Turkish delegation').",
        json_schema_extra={"examples": ["kb", "pattern", "nationality"]},
    )
    mentions: tuple[Mention, ...] = Field(
        default=(), description="Every place in the article text the entity is named."
    )


@wire_enum
class DedupStatus(StrEnum):
    """original: the first report of a story seen; duplicate: a near-identical re-run."""

    ORIGINAL = "original"
    DUPLICATE = "duplicate"


class DedupVerdict(BaseModel):
    """The near-duplicate check's verdict on one article."""

    model_config = ConfigDict(frozen=True)

    status: DedupStatus = Field(
        default=DedupStatus.ORIGINAL, description="Original, or a duplicate of one seen."
    )
    duplicate_of: str | None = Field(
        default=None, description="For a duplicate: the article_id of the original."
    )
    similarity: float | None = Field(
        default=None,
        ge=0.0,
        le=1.0,
        description="For a duplicate: the estimated share of the shorter text contained "
        "in the original.",
    )
    cluster_id: str | None = Field(
        default=None,
        description="The article_id of the cluster's original (an original's own id), "
        "shared by the original and all its re-runs.",
    )


class EnrichedArticle(BaseModel):
    """What ``articles.enriched`` carries: one validated, normalised, enriched article."""

    article_id: str = Field(
        description="The raw article's id, or one derived from its canonical URL or "
        "content: a redelivered record gets the same id."
    )
    source: str = Field(description="The outlet, as the producer sent it.")
    url: str | None = Field(description="Where the article was published.")
    title: str | None = Field(description="Headline, normalised.")
    lang: str | None = Field(
        description="Language (ar, en, tr, ...): detected from the text; the producer's hint "
        "where detection is unsure (confidence below 0.9) or the text has no letters; "
        "null if unknown."
    )
    published_at: AwareDatetime | None = Field(description="Publication time, in UTC.")
    published_at_naive: bool = Field(
        default=False,
        description="True when the raw published_at had no UTC offset and was taken as UTC.",
    )
    received_at: AwareDatetime = Field(description="When the pipeline read the raw record.")
    text: str = Field(
        description="Display text: HTML stripped, Unicode NFKC, whitespace tidied, boilerplate "
        "lines dropped; entity and evidence offsets refer to it."
    )
    entities: list[Entity] = Field(
        default_factory=list, description="Entities the text names, each once."
    )
    countries: list[str] = Field(
        default_factory=list,
        description="ISO 3166-1 alpha-2 codes of the countries the entities belong to.",
    )
    dedup: DedupVerdict = Field(default_factory=DedupVerdict, description="Near-duplicate verdict.")
    contacts: list[str] = Field(default_factory=list, description="Contact event ids.")
    extra: dict[str, object] = Field(
        default_factory=dict, description="Unknown fields of the raw article, kept as sent."
    )
    pipeline_version: str = Field(description="Version of wirewatch that produced the record.")
