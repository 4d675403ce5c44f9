"""The schema of ``lexicons/entities/office_titles.yaml``, which :mod:`office_titles` reads.

Kept apart from :mod:`office_titles` so that module can be compiled (``make native``):
a module defining a pydantic model stays pure, as mypyc would change what its field
annotations validate (see :mod:`wirewatch.native`). Interpreted, its ``drop_unfit``
cost ~30 M instructions a 200-article pass of the entity bench (3.4 % of the
compiled detector's, callgrind), for a check that keeps every entity in most articles.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class Office(BaseModel):
    """One office: its titles by language, and the words a KB role must hold to fit it."""

    model_config = ConfigDict(extra="forbid")

    titles: dict[str, list[str]]
    fits: list[str]
    #: a profession, not an office ("Economist", الباحث, muhabiri): a full name after
    #: it is judged too, not only a surname alone (see ``office_titles``)
    full_names: bool = False


class OfficeTitlesFile(BaseModel):
    """``lexicons/entities/office_titles.yaml``."""

    model_config = ConfigDict(extra="forbid")

    offices: list[Office]
    #: words that may stand between a title and a name besides places and given
    #: names, by language: a field or a nationality (المحلل السياسي الليبي X)
    between: dict[str, list[str]] = Field(default_factory=dict)
