"""An article's entities as plain values, before their pydantic models are built.

The detector gathers each entity's mentions, maps them to display offsets and orders
the entities; the passes that then drop mentions (``title_heads``, ``foreign_local``)
read ids, types, countries and offsets. Read off ``Entity``/``Mention`` models, each of
those is an attribute read through pydantic's ``__getattr__`` hook (~300 instructions,
some 75 an article in ``foreign_local`` alone); read off this view it is a tuple item
or a dict look-up, and a mention a pass drops is never built as a model at all.

A view is a plain tuple, not a named tuple: built with ``tuple.__new__`` on a
``NamedTuple`` subclass, sorted and freed, the subclass cost ~60 K instructions more an
article (entity bench, 25 entities an article: 5.442 M against 5.502 M).
"""

from __future__ import annotations

from typing import Any, Final

#: One entity of an article, its model not yet built (read by index, see ORDER..SPANS).
EntityView = tuple[int, str, dict[str, Any], list[tuple[int, int]]]

#: where the entity was first found (display offset): the output's order, kept as it
#: was when a pass drops that mention (as the list of models kept it)
ORDER: Final = 0
#: the entity's id
ID: Final = 1
#: the model's fields to be (its ``__dict__``: type, country, found_by, ...); the
#: detector sets ``mentions`` when it builds the model
FIELDS: Final = 2
#: the display spans of its mentions: sorted, none twice, never empty
SPANS: Final = 3


def with_spans(view: EntityView, spans: list[tuple[int, int]]) -> EntityView:
    """``view`` with only ``spans`` left (a pass dropped the others)."""
    return (view[ORDER], view[ID], view[FIELDS], spans)
