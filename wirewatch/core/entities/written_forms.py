"""Other ways copy writes a KB alias in Latin script, as extra matcher keys.

Real copy spells a name the KB lists in ways no alias list holds, but by a few
regular rules (issue #12, spelling variants):

* the Arabic article loses its hyphen and is glued on: "Fayiz esSerrac",
  "Tahir elCuheymi" for "es-Serrac", "el-Cuheymi";
* a "Bu"/"Abu" family-name particle is written joined or apart: "Saqr Bu Jwari"
  for "Saqr Bujwari", "Ramadan Abujanah" for "Abu Janah";
* an English institution "<Place> <Noun>" is written "<noun> of <Place>": "the
  municipality of Benghazi" for "Benghazi Municipality".

How the forms avoid false links: the first two apply only to aliases of two words
or more, so a derived form always carries the person's other name as well (a glued
or split surname alone, "elMenfi", "Bu Jwari", is never a key); the glued form keeps
the alias's letter-case check, so "esSerrac" (lower-case article, capital name)
matches while a running word does not; the inversion applies only to the nouns the
lexicon lists, after a place name the KB already holds in the alias. Each derived
form links exactly as the alias it comes from (same entity, same kind, same
language), so every later rule (weak aliases, the same-article requirement)
applies to it unchanged. The rules' words are data:
``lexicons/entities/written_forms.yaml``.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field

DEFAULT_PATH = (
    Path(__file__).resolve().parents[2] / "data" / "lexicons" / "entities" / "written_forms.yaml"
)
#: shortest name a glued article or a split particle may leave (elAl, Bu Ra are words)
_MIN_NAME = 3
_VOWELS = frozenset("aeiouıöüâîû")


class _Rules(BaseModel):
    model_config = ConfigDict(extra="forbid")

    glued_articles: list[str] = Field(default_factory=list)
    name_particles: list[str] = Field(default_factory=list)
    of_inversions: list[str] = Field(default_factory=list)


class WrittenForms:
    """The extra written forms of one Latin alias."""

    def __init__(self, rules: _Rules) -> None:
        self._articles = frozenset(rules.glued_articles)
        # longest first: "Bou" before "Bu"
        self._particles = tuple(sorted(rules.name_particles, key=len, reverse=True))
        self._particle_set = frozenset(rules.name_particles)
        nouns = sorted(rules.of_inversions, key=len, reverse=True)
        self._inversion = (
            re.compile(r"^(?P<place>.+?) (?P<noun>" + "|".join(map(re.escape, nouns)) + r")$")
            if nouns
            else None
        )

    def of(self, alias: str) -> tuple[str, ...]:
        """The forms ``alias`` may also be written in (none for an Arabic alias)."""
        if not alias.isascii() and not _latin(alias):
            return ()
        words = alias.split()
        forms: list[str] = []
        if len(words) >= 2:
            glued = [self._glued(w) for w in words]
            if glued != words:
                forms.append(" ".join(glued))
            moved = self._particles_moved(words)
            if moved is not None:
                forms.append(moved)
        inverted = self._inverted(alias)
        if inverted is not None:
            forms.append(inverted)
        return tuple(f for f in dict.fromkeys(forms) if f != alias)

    def _glued(self, word: str) -> str:
        article, sep, name = word.partition("-")
        if sep and article in self._articles and len(name) >= _MIN_NAME and name[0].isupper():
            return article + name
        return word

    def _particles_moved(self, words: list[str]) -> str | None:
        out: list[str] = []
        changed = False
        i = 0
        while i < len(words):
            word = words[i]
            nxt = words[i + 1] if i + 1 < len(words) else ""
            if word in self._particle_set and i > 0 and nxt[:1].isupper() and len(nxt) >= _MIN_NAME:
                out.append(word + nxt.lower())  # "Bu Jwari" -> "Bujwari"
                changed = True
                i += 2
                continue
            split = self._split(word) if i > 0 else None
            if split is not None:
                out.append(split)  # "Bujwari" -> "Bu Jwari"
                changed = True
            else:
                out.append(word)
            i += 1
        return " ".join(out) if changed else None

    def _split(self, word: str) -> str | None:
        for particle in self._particles:
            rest = word[len(particle) :]
            if (
                word.startswith(particle)
                and len(rest) >= _MIN_NAME
                and rest.isalpha()
                and rest[0].lower() not in _VOWELS
            ):
                return f"{particle} {rest[0].upper()}{rest[1:]}"
        return None

    def _inverted(self, alias: str) -> str | None:
        if self._inversion is None:
            return None
        m = self._inversion.match(alias)
        if m is None or not m.group("place")[:1].isupper():
            return None
        return f"{m.group('noun').lower()} of {m.group('place')}"


def _latin(alias: str) -> bool:
    """Latin letters only (Turkish ones included), no Arabic script."""
    return not any("\u0600" <= c <= "\u06ff" for c in alias)


@cache
def written_forms(path: Path = DEFAULT_PATH) -> WrittenForms:
    with path.open(encoding="utf-8") as handle:
        data = yaml.safe_load(handle) or {}
    return WrittenForms(_Rules.model_validate(data))
