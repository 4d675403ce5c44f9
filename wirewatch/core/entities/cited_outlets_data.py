"""The schema of ``lexicons/entities/cited_outlets.yaml``, which :mod:`cited_outlets` reads.

Kept apart from :mod:`cited_outlets` so that module can be compiled (``make native``):
a module defining a pydantic model stays pure, as mypyc would change what its field
annotations validate (see :mod:`wirewatch.native`).
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class Outlet(BaseModel):
    """An outlet: its KB id and its short names by language."""

    model_config = ConfigDict(extra="forbid")

    id: str
    names: dict[str, list[str]]


class Cues(BaseModel):
    """The citation cues of a language, before and after the name."""

    model_config = ConfigDict(extra="forbid")

    before: list[str] = []
    after: list[str] = []
    #: Turkish: words after the name's apostrophe and case ending, whatever the
    #: ending ("Sabah'ın haberine göre", "Sözcü'ye konuşan", "Akit'e değerlendirdi")
    after_suffixed: list[str] = []


class CitedOutletsFile(BaseModel):
    """``lexicons/entities/cited_outlets.yaml``."""

    model_config = ConfigDict(extra="forbid")

    outlets: list[Outlet]
    cues: dict[str, Cues]
