"""Contact events between actors of watched countries, and alerts on new contacts."""

from __future__ import annotations

from enum import StrEnum

from pydantic import AwareDatetime, BaseModel, Field

from schemas.articles import EntityType


class Participant(BaseModel):
    model_config = {"frozen": True}

    id: str
    name: str
    type: EntityType
    country: str
    role: str | None = None


class Evidence(BaseModel):
    model_config = {"frozen": True}

    sentence: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class ContactEvent(BaseModel):
    event_id: str
    article_id: str
    watch: str
    kind: str
    participants: list[Participant]
    countries: list[str]
    pair_key: str = Field(description="Stable key of the participant pair (sorted ids).")
    location: Participant | None = None
    occurred_at: AwareDatetime | None = None
    historical: bool = False
    evidence: Evidence
    source: str
    url: str | None = None
    title: str | None = None
    published_at: AwareDatetime | None = None
    pipeline_version: str


class AlertReason(StrEnum):
    NEW = "new"
    RENEWED = "renewed"


class PairHistory(BaseModel):
    first_seen: AwareDatetime
    last_seen: AwareDatetime
    count: int = Field(ge=0)
    sources: list[str] = Field(default_factory=list)
    article_ids: list[str] = Field(default_factory=list)


class ContactAlert(BaseModel):
    alert_id: str
    reason: AlertReason
    watch: str
    kind: str
    participants: list[Participant]
    countries: list[str]
    pair_key: str
    location: Participant | None = None
    occurred_at: AwareDatetime | None = None
    evidence: Evidence
    event_id: str
    article_id: str
    source: str
    url: str | None = None
    title: str | None = None
    history: PairHistory
    raised_at: AwareDatetime
