"""An institution named as the head of an official's title is no actor of its own.

Turkish copy names the President's spokesman and communications director by titles
that begin with the Presidency's name: "Cumhurbaşkanlığı Sözcüsü İbrahim Kalın",
"Cumhurbaşkanlığı İletişim Başkanı Fahrettin Altun". The institution is part of the
person's office there, as "Turkish" is in "the Turkish foreign minister"; linking it
as an organisation would add an actor the sentence does not name. A mention of a
listed institution followed right away by one of its title words is dropped (the
entity too, when nothing else names it). The lists are lexicon data
(``lexicons/entities/title_heads.yaml``).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from functools import cache
from pathlib import Path

from schemas import Entity
from wirewatch.core.textfold import fold_char_string
from wirewatch.core.yamlload import safe_load

DEFAULT_PATH = (
    Path(__file__).resolve().parents[2] / "data" / "lexicons" / "entities" / "title_heads.yaml"
)
#: characters of text read after a mention for a title word
_LOOKAHEAD = 48


class TitleHeads:
    """Per language: institution id -> folded title words that may follow its name."""

    def __init__(self, heads: Mapping[str, Mapping[str, Sequence[str]]]) -> None:
        self._heads = {
            lang: {org: tuple(fold_char_string(w) for w in words) for org, words in orgs.items()}
            for lang, orgs in heads.items()
        }

    def concerns(self, ids: Collection[str], lang: str | None) -> bool:
        """Whether ``drop`` may drop a mention of entities with these ``ids`` (a set
        or dict view: one check in C, not an attribute read an entity)."""
        heads = self._heads.get(lang or "")
        return heads is not None and not heads.keys().isdisjoint(ids)

    def drop(self, entities: list[Entity], display: str, lang: str | None) -> list[Entity]:
        """``entities`` without the mentions that head an official's title."""
        heads = self._heads.get(lang or "")
        if not heads or not any(e.id in heads for e in entities):
            return entities
        out: list[Entity] = []
        for entity in entities:
            words = heads.get(entity.id)
            if words is None:
                out.append(entity)
                continue
            kept = tuple(
                m
                for m in entity.mentions
                if not fold_char_string(display[m.end : m.end + _LOOKAHEAD].lstrip()).startswith(
                    words
                )
            )
            if len(kept) == len(entity.mentions):
                out.append(entity)
            elif kept:
                out.append(entity.model_copy(update={"mentions": kept}))
        return out


@cache
def title_heads(path: Path = DEFAULT_PATH) -> TitleHeads:
    with path.open(encoding="utf-8") as handle:
        return TitleHeads(safe_load(handle) or {})
