"""The schema of ``lexicons/entities/bare_holders.yaml``, which :mod:`bare_holders` reads.

Kept apart from :mod:`bare_holders` so that module can be compiled (``make native``):
a module defining a pydantic model stays pure, as mypyc would change what its field
annotations validate (see :mod:`wirewatch.native`).
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class BareHoldersLanguage(BaseModel):
    """One language's part of the file: titles, cues and the forms read with care."""

    model_config = ConfigDict(extra="forbid")

    titles: dict[str, list[str]] = Field(default_factory=dict)
    cues: list[str] = Field(default_factory=list)
    #: the country a language's own press covers first: context without naming it
    home: str | None = Field(default=None, pattern=r"^[A-Z]{2}$")
    #: short forms that are also words (Turkish İnce = thin): capitalised at a
    #: sentence start, a name only before a comma or with a case ending (İnce'nin)
    words_at_start: list[str] = Field(default_factory=list)
    #: participles of saying or meeting a name follows ("diyen Fidan", "görüşen Güler")
    name_participles: list[str] = Field(default_factory=list)
    #: words right after a name that join it to a meeting ("Güler ile görüştü")
    name_followers: list[str] = Field(default_factory=list)
    #: sentence adverbs after which a name before a comma is still the sentence's
    #: subject ("Ayrıca Fidan, ...")
    openers: list[str] = Field(default_factory=list)
    #: countries one of whose people the article must name for a common-word form to
    #: link on those marks alone (no title)
    marked_with: list[str] = Field(default_factory=list)
