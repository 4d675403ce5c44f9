"""The schema of ``lexicons/entities/turkish_names.yaml``, which :mod:`turkish_names` reads.

Kept apart from :mod:`turkish_names` so that module can be compiled (``make native``):
a module defining a pydantic model stays pure, as mypyc would change what its field
annotations validate (see :mod:`wirewatch.native`).
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class TurkishNamesFile(BaseModel):
    """The lists of ``lexicons/entities/turkish_names.yaml``."""

    model_config = ConfigDict(extra="forbid")

    given_names: list[str] = Field(default_factory=list)
    place_words: list[str] = Field(default_factory=list)
    not_family: list[str] = Field(default_factory=list)
    title_words: list[str] = Field(default_factory=list)
    title_breaks: list[str] = Field(default_factory=list)
    title_skips: list[str] = Field(default_factory=list)
    also_family: list[str] = Field(default_factory=list)
