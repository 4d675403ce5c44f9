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

from wirewatch.core.entities.view import ID, SPANS, EntityView, with_spans
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

    def drop(self, views: list[EntityView], display: str, lang: str | None) -> list[EntityView]:
        """``views`` without the mentions that head an official's title (``views``
        itself when none does)."""
        heads = self._heads.get(lang or "")
        if not heads:
            return views
        out: list[EntityView] = []
        changed = False
        for view in views:
            words = heads.get(view[ID])
            if words is None:
                out.append(view)
                continue
            spans = view[SPANS]
            kept = [
                (a, b)
                for a, b in spans
                if not fold_char_string(display[b : b + _LOOKAHEAD].lstrip()).startswith(words)
            ]
            if len(kept) == len(spans):
                out.append(view)
                continue
            changed = True
            if kept:
                out.append(with_spans(view, kept))
        return out if changed else views


@cache
def title_heads(path: Path = DEFAULT_PATH) -> TitleHeads:
    with path.open(encoding="utf-8") as handle:
        return TitleHeads(safe_load(handle) or {})
