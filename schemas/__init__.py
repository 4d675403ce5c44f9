"""The wire contract of wirewatch: pydantic models for every record on every topic."""

from pydantic import BaseModel

from schemas.articles import (
    DedupStatus,
    DedupVerdict,
    EnrichedArticle,
    Entity,
    EntityType,
    Mention,
    RawArticle,
)
from schemas.contacts import ContactAlert, ContactEvent, Evidence, PairHistory, Participant
from schemas.deadletter import DeadLetter, DeadLetterReason

__all__ = [
    "ContactAlert",
    "ContactEvent",
    "DeadLetter",
    "DeadLetterReason",
    "DedupStatus",
    "DedupVerdict",
    "EnrichedArticle",
    "Entity",
    "EntityType",
    "Evidence",
    "Mention",
    "PairHistory",
    "Participant",
    "RawArticle",
]

#: Every model a consumer may meet on a public topic, by schema file name.
PUBLIC_MODELS: dict[str, type[BaseModel]] = {
    "RawArticle": RawArticle,
    "EnrichedArticle": EnrichedArticle,
    "ContactEvent": ContactEvent,
    "ContactAlert": ContactAlert,
    "DeadLetter": DeadLetter,
}
