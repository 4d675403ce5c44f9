"""Identity of contact events: the pair key of two participants and the event id."""

from __future__ import annotations

import hashlib

from schemas import Participant
from schemas.articles import Entity


def pair_key(a: str | Participant | Entity, b: str | Participant | Entity) -> str:
    """Stable registry key of a participant pair: the two ids, sorted, joined by ``|``."""
    x = a if isinstance(a, str) else a.id
    y = b if isinstance(b, str) else b.id
    return f"{x}|{y}" if x <= y else f"{y}|{x}"


def event_id_for(article_id: str, key: str, sentence_start: int) -> str:
    digest = hashlib.sha256(f"{article_id}\x1f{key}\x1f{sentence_start}".encode())
    return digest.hexdigest()[:32]
