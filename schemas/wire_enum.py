"""The wire's string enums: ``value`` read in C."""

from __future__ import annotations

from enum import StrEnum
from operator import attrgetter
from typing import TypeVar

E = TypeVar("E", bound=type[StrEnum])

#: The members' ``value``, as a C-level property.
_VALUE = property(attrgetter("_value_"))


def wire_enum(cls: E) -> E:
    """``cls`` with its members' ``value`` read by a C-level property.

    Enum's own ``value`` is a Python descriptor (``enum.property.__get__`` then
    ``Enum.value``: two Python frames), and pydantic reads it for every enum field it
    encodes: ~15 an article in stage 1's encoding, 0.046 M of its 0.56 M instructions an
    article (callgrind, ``bench/contact_instructions.py --part prepare``). Same value,
    members, JSON and JSON schema: only the read is cheaper. Set on the class rather
    than inherited from a base so that its MRO, which every uncached class attribute
    read (``EntityType.PERSON``) walks, stays as long as ``StrEnum``'s."""
    setattr(cls, "value", _VALUE)  # noqa: B010 (EnumType.__setattr__ guards members only)
    return cls
