"""The schema of the office-role lexicons (``lexicons/offices/<lang>.yaml``) that
:mod:`roles_by_date` reads.

Kept apart from :mod:`roles_by_date` so that module can be compiled (``make native``):
a module defining a pydantic model stays pure, as mypyc would change what its field
annotations validate (see :mod:`wirewatch.native`).
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class LanguageRoles(BaseModel):
    """One language's file: phrase -> office key, around countries and institutions."""

    model_config = ConfigDict(extra="forbid")

    after_country: dict[str, str] = Field(default_factory=dict)
    before_country: dict[str, str] = Field(default_factory=dict)
    after_org: dict[str, dict[str, str]] = Field(default_factory=dict)
    before_org: dict[str, dict[str, str]] = Field(default_factory=dict)
    not_before: list[str] = Field(default_factory=list)
    not_after: list[str] = Field(default_factory=list)
    #: words read past, before the phrase, to the ``not_before`` word ("then the")
    passed_before: list[str] = Field(default_factory=list)
    #: ``not_before`` phrases of several words ("at the time")
    not_before_phrases: list[str] = Field(default_factory=list)
    #: office titles a name follows ("رئيس الأركان محمد الشريف"): titled_holders.py
    titles: dict[str, str] = Field(default_factory=dict)
    #: case endings written fused to a role phrase after its anchor (Turkish: a title
    #: is a common noun, so "Libya Başbakanını", "Meclis Başkanıyla"; folded)
    fused_endings: list[str] = Field(default_factory=list)
    #: (session 20) words that make a year after them a date ("in 2019", "عام 2019"),
    #: after it (Turkish "2019 yılında", "'da"), and month names between ("in November
    #: 2019"): a role phrase in a sentence so dated is that year's holder
    #: (``sentence_years.py``)
    year_before: list[str] = Field(default_factory=list)
    year_after: list[str] = Field(default_factory=list)
    months: list[str] = Field(default_factory=list)
