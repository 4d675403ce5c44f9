"""The base of the wire's string enums: ``value`` read in C."""

from __future__ import annotations

from enum import StrEnum
from operator import attrgetter
from typing import TYPE_CHECKING


class WireEnum(StrEnum):
    """A ``StrEnum`` whose members' ``value`` is a C-level property.

    Enum's own ``value`` is a Python descriptor (``enum.property.__get__`` then
    ``Enum.value``: two Python frames), and pydantic reads it for every enum field it
    encodes: ~15 an article in stage 1's encoding, 0.046 M of its 0.56 M instructions an
    article (callgrind, ``bench/contact_instructions.py --part prepare``). Same value,
    same members, same JSON and JSON schema: only the read is cheaper."""

    if not TYPE_CHECKING:  # mypy knows Enum.value; this is the same value
        value = property(attrgetter("_value_"))
