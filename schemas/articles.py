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

NonBlank = Annotated[StrictStr, Field(min_length=1)]


class RawArticle(BaseModel):
    """One article as a producer sends it to ``articles.raw`` (UTF-8 JSON object).

    Strict at the boundary: strings must be strings, ``published_at`` must be an
    ISO-8601 string. Unknown fields are kept (``model_extra``) and never dropped.
    """

    model_config = ConfigDict(extra="allow", strict=True, str_strip_whitespace=False)

    id: NonBlank | None = None
    source: NonBlank
    url: StrictStr | None = None
    title: StrictStr | None = None
    body: StrictStr
    published_at: datetime | None = None
    lang: StrictStr | None = None
    #: True when ``published_at`` came without a UTC offset and was taken as UTC.
    published_at_naive: bool = Field(default=False, exclude=True)

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


class EntityType(StrEnum):
    PERSON = "PERSON"
    ORG = "ORG"
    GPE = "GPE"
    LOC = "LOC"


class Mention(BaseModel):
    """A surface form of an entity: ``text == article.text[start:end]``."""

    model_config = ConfigDict(frozen=True)

    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Entity(BaseModel):
    model_config = ConfigDict(frozen=True)

    id: str
    type: EntityType
    name: str = Field(description="Canonical English name.")
    country: str | None = Field(
        default=None, pattern=r"^[A-Z]{2}$", description="ISO 3166-1 alpha-2."
    )
    role: str | None = None
    #: ``kb`` when linked to the knowledge base, ``pattern`` when inferred from
    #: role + nationality + name, ``nationality`` for generic national actors.
    found_by: str = "kb"
    mentions: tuple[Mention, ...] = ()


class DedupStatus(StrEnum):
    ORIGINAL = "original"
    DUPLICATE = "duplicate"


class DedupVerdict(BaseModel):
    model_config = ConfigDict(frozen=True)

    status: DedupStatus = DedupStatus.ORIGINAL
    duplicate_of: str | None = None
    similarity: float | None = Field(default=None, ge=0.0, le=1.0)
    cluster_id: str | None = None


class EnrichedArticle(BaseModel):
    """What ``articles.enriched`` carries: one validated, normalised, enriched article."""

    article_id: str
    source: str
    url: str | None
    title: str | None
    lang: str | None
    published_at: AwareDatetime | None
    published_at_naive: bool = False
    received_at: AwareDatetime
    text: str
    entities: list[Entity] = Field(default_factory=list)
    countries: list[str] = Field(default_factory=list)
    dedup: DedupVerdict = Field(default_factory=DedupVerdict)
    contacts: list[str] = Field(default_factory=list, description="Contact event ids.")
    extra: dict[str, object] = Field(
        default_factory=dict, description="Unknown fields of the raw article, kept as sent."
    )
    pipeline_version: str
