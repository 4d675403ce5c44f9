"""The wire's string enums read ``value`` in C and encode exactly as ``StrEnum`` does."""

from __future__ import annotations

import json
import pickle
from enum import Enum, StrEnum

import pytest
from pydantic import BaseModel, TypeAdapter

from schemas import DeadLetterReason, DedupStatus, EntityType
from schemas.contacts import AlertReason

WIRE_ENUMS: list[type[StrEnum]] = [EntityType, DedupStatus, AlertReason, DeadLetterReason]


def _plain(enum: type[StrEnum]) -> type[StrEnum]:
    """The same enum as a plain ``StrEnum``: what the wire was before ``WireEnum``."""
    return StrEnum(enum.__name__, {m.name: m._value_ for m in enum})  # type: ignore[return-value]


@pytest.mark.parametrize("enum", WIRE_ENUMS, ids=lambda e: e.__name__)
def test_value_is_enums_own(enum: type[StrEnum]) -> None:
    plain = _plain(enum)
    assert len(enum) == len(plain) > 0
    for member, twin in zip(enum, plain, strict=True):
        # Enum's own descriptor on the member gives what the C-level one gives
        assert member.value == Enum.__dict__["value"].fget(member) == twin.value
        assert type(member.value) is str
        assert str(member) == member.value
        assert enum(member.value) is member
        assert enum[member.name] is member
        assert pickle.loads(pickle.dumps(member)) is member


@pytest.mark.parametrize("enum", WIRE_ENUMS, ids=lambda e: e.__name__)
def test_encodes_like_a_plain_str_enum(enum: type[StrEnum]) -> None:
    plain = _plain(enum)
    wire_adapter, plain_adapter = TypeAdapter(tuple[enum, ...]), TypeAdapter(tuple[plain, ...])
    members = tuple(enum)
    assert wire_adapter.dump_json(members) == plain_adapter.dump_json(
        tuple(plain(m.value) for m in members)
    )
    assert wire_adapter.json_schema()["$defs"][enum.__name__]["enum"] == [m.value for m in enum]
    assert json.dumps(list(members)) == json.dumps([m.value for m in members])


def test_no_python_frame_reads_value_when_encoding() -> None:
    """The point of ``WireEnum``: encoding a model calls no Python code for its enums
    (with ``StrEnum`` it runs ``enum.property.__get__`` and ``Enum.value`` each)."""
    import sys

    class Wire(BaseModel):
        kinds: tuple[EntityType, ...]
        plain: tuple[_plain(EntityType), ...]  # type: ignore[valid-type]

    record = Wire(kinds=tuple(EntityType), plain=tuple(m.value for m in EntityType))
    calls: list[str] = []

    def profile(frame: object, event: str, arg: object) -> None:
        if event == "call":
            calls.append(frame.f_code.co_qualname)  # type: ignore[attr-defined]

    sys.setprofile(profile)
    try:
        encoded = record.__pydantic_serializer__.to_json(record)
    finally:
        sys.setprofile(None)
    assert json.loads(encoded) == {
        "kinds": ["PERSON", "ORG", "GPE", "LOC"],
        "plain": ["PERSON", "ORG", "GPE", "LOC"],
    }
    # the plain StrEnum's four members each ran Enum's descriptor; the wire's none
    assert calls.count("property.__get__") == len(EntityType)
