"""The schema of ``lexicons/entities/ar_names.yaml``, which :mod:`arabic_names` reads.

Kept apart from :mod:`arabic_names` so that module can be compiled (``make native``):
a module defining a pydantic model stays pure, as mypyc would change what its field
annotations validate (see :mod:`wirewatch.native`).
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class ArabicNamesFile(BaseModel):
    """The lists of ``lexicons/entities/ar_names.yaml``."""

    model_config = ConfigDict(extra="forbid")

    given_names: list[str] = Field(default_factory=list)
    compound_heads: list[str] = Field(default_factory=list)
    not_after: list[str] = Field(default_factory=list)
    not_family: list[str] = Field(default_factory=list)
    father_names: list[str] = Field(default_factory=list)
    given_pair_ends: list[str] = Field(default_factory=list)
    verbal_noun_shapes: list[str] = Field(default_factory=list)
    title_words: list[str] = Field(default_factory=list)
    title_skips: list[str] = Field(default_factory=list)
    title_nouns: list[str] = Field(default_factory=list)
    family_endings: list[str] = Field(default_factory=list)
    titled_given_names: list[str] = Field(default_factory=list)
    clause_words: list[str] = Field(default_factory=list)
    descriptor_words: list[str] = Field(default_factory=list)
    descriptor_adjectives: list[str] = Field(default_factory=list)
    honorifics: list[str] = Field(default_factory=list)
