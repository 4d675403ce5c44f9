"""Contact events between actors of watched countries, and alerts on new contacts."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from pydantic import AwareDatetime, BaseModel, Field

from schemas.articles import EntityType
from schemas.wire_enum import wire_enum

#: The contact kinds the lexicons define (wirewatch/data/lexicons/contacts/*.yaml),
#: documented as the values of ``kind``. Not an enum: a kind is data, added in the
#: lexicons without a code change; a unit test keeps this list equal to theirs.
CONTACT_KINDS = (
    "agreement",
    "joint_exercise",
    "phone_call",
    "reception",
    "visit",
    "talks",
    "meeting",
    "press_conference",
)
#: Watches are data too (wirewatch/data/watches.yaml); the packaged one.
WATCH_EXAMPLES = ("turkey-libya",)


def _kind() -> Any:
    return Field(
        description="What kind of contact the sentence reports, from the trigger word's "
        "lexicon entry: " + ", ".join(CONTACT_KINDS) + ".",
        json_schema_extra={"examples": list(CONTACT_KINDS)},
    )


def _watch() -> Any:
    return Field(
        description="Name of the watch (a pair of countries, WIREWATCH_WATCHES_PATH) the "
        "contact belongs to; the packaged default is turkey-libya.",
        json_schema_extra={"examples": list(WATCH_EXAMPLES)},
    )


def _countries() -> Any:
    return Field(description="The watch's two countries, ISO 3166-1 alpha-2.")


def _pair_key() -> Any:
    return Field(
        description="Stable key of the participant pair: the two participant ids, sorted, "
        "joined by '|'."
    )


class Participant(BaseModel):
    """An actor of a contact (or its place): an entity reduced to what a reader needs."""

    model_config = {"frozen": True}

    id: str = Field(description="The entity id (see EnrichedArticle entities).")
    name: str = Field(description="Canonical English name.")
    type: EntityType = Field(description="What the actor is.")
    country: str = Field(description="ISO 3166-1 alpha-2 code of the actor's country.")
    role: str | None = Field(default=None, description="Office or role, when known.")


class Evidence(BaseModel):
    """A sentence of the article text that reports a contact, with its offsets."""

    model_config = {"frozen": True}

    sentence: str = Field(description="The sentence, as in the article text.")
    start: int = Field(ge=0, description="Start offset (characters) in the article text.")
    end: int = Field(ge=0, description="End offset (characters, exclusive) in the article text.")


class ContactEvent(BaseModel):
    """What ``events.contacts`` carries: one reported contact between actors of the two
    countries of a watch, from one sentence of an original article."""

    event_id: str = Field(
        description="Deterministic id (article, pair, sentence): a redelivery gives the same id."
    )
    article_id: str = Field(description="The article that reports the contact.")
    watch: str = _watch()
    kind: str = _kind()
    participants: list[Participant] = Field(
        description="The two actors, one of each country of the watch."
    )
    countries: list[str] = _countries()
    pair_key: str = _pair_key()
    location: Participant | None = Field(
        default=None, description="Where the contact took place, when the sentence says."
    )
    occurred_at: AwareDatetime | None = Field(
        default=None,
        description="When it took place, resolved against the publication time ('Monday'); "
        "the publication time when the sentence gives none; null for a historical one "
        "without a date.",
    )
    historical: bool = Field(
        default=False,
        description="True for a contact the article recalls from the past ('in December "
        "2023'), not news.",
    )
    evidence: Evidence = Field(description="The sentence that reports it.")
    source: str = Field(description="The article's outlet.")
    url: str | None = Field(default=None, description="The article's URL.")
    title: str | None = Field(default=None, description="The article's headline.")
    published_at: AwareDatetime | None = Field(
        default=None, description="The article's publication time, in UTC."
    )
    pipeline_version: str = Field(description="Version of wirewatch that produced the record.")


@wire_enum
class AlertReason(StrEnum):
    """new: a pair never seen before; renewed: a known pair after a silence longer than
    WIREWATCH_CONTACT_RENEW_AFTER_DAYS (30 days by default)."""

    NEW = "new"
    RENEWED = "renewed"


class PairHistory(BaseModel):
    """What the registry knows of a participant pair, this contact included."""

    first_seen: AwareDatetime = Field(description="Time of the pair's first contact.")
    last_seen: AwareDatetime = Field(description="Time of the pair's latest contact.")
    count: int = Field(ge=0, description="Contacts of the pair recorded so far.")
    sources: list[str] = Field(
        default_factory=list, description="Outlets that reported them (the most recent, bounded)."
    )
    article_ids: list[str] = Field(
        default_factory=list,
        description="Articles that reported them (the most recent last, bounded).",
    )


class ContactAlert(BaseModel):
    """What ``alerts.contacts`` carries (and the webhook receives in the json format):
    a contact between a pair never seen before, or not seen for a long time."""

    alert_id: str = Field(
        description="Deterministic id (event, reason): a re-raised alert keeps its id, so "
        "receivers can drop repeats."
    )
    reason: AlertReason = Field(description="Why the contact raised an alert.")
    watch: str = _watch()
    kind: str = _kind()
    participants: list[Participant] = Field(description="The two actors.")
    countries: list[str] = _countries()
    pair_key: str = _pair_key()
    location: Participant | None = Field(
        default=None, description="Where the contact took place, when known."
    )
    occurred_at: AwareDatetime | None = Field(
        default=None, description="When the contact took place, when known (UTC)."
    )
    evidence: Evidence = Field(description="The sentence that reports the contact.")
    event_id: str = Field(description="The contact event that raised the alert.")
    article_id: str = Field(description="The article that reports the contact.")
    source: str = Field(description="The article's outlet.")
    url: str | None = Field(default=None, description="The article's URL.")
    title: str | None = Field(default=None, description="The article's headline.")
    history: PairHistory = Field(description="The pair's record, this contact included.")
    raised_at: AwareDatetime = Field(description="When the pipeline raised the alert (UTC).")
