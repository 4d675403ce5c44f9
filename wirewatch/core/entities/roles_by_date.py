"""People named by office alone, linked to the holder on the article's date.

"The Turkish defence minister", "وزير الدفاع التركي", "Türkiye Dışişleri Bakanı",
"Libya's interior minister", "رئيس المجلس الرئاسي": a role phrase next to an
*anchor* the entity detector already found — a country or nationality (the
country is the anchor's), or an institution that fixes the country (MİT, the
Presidential Council). The phrase maps to an office key (per-language lexicon
files, ``lexicons/offices/<lang>.yaml``), and :meth:`OfficeHolders.holder_at` gives
the KB person holding that office on the publication date: the same sentence in a
2022 and a 2024 article names Çavuşoğlu and Fidan.

Nothing is linked when the phrase is the title of a name that follows ("Turkish
Defence Minister Yaşar Güler": the name is linked itself), when a word next to it
makes it someone else or another time (former, deputy, السابق, eski,
yardımcısı), or when the KB knows no single holder for that day.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field

from schemas import Entity, EntityType, Mention
from wirewatch.core.entities.kb import KBEntity
from wirewatch.core.entities.offices import DEFAULT_OFFICES_DIR, OfficeHolders
from wirewatch.core.textfold import FoldedText, fold_char_string

#: How far (display characters) from an anchor a role phrase is looked for.
_REACH = 64
#: A person named this close after a role phrase makes the phrase a title.
_TITLE_GAP = 3
#: Arabic proclitics a role phrase's first word may carry (ووزير, لوزير, بوزير).
_AR_PROCLITICS = ("و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك")
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
#: the first word after an anchor, past a possessive or case suffix (Turkey's)
_NEXT_WORD = re.compile(r"(?:['’][^\W\d_]{1,4})?\s+([^\W_]+)")


class LanguageRoles(BaseModel):
    """One language's file: phrase -> office key, around countries and institutions."""

    model_config = ConfigDict(extra="forbid")

    after_country: dict[str, str] = Field(default_factory=dict)
    before_country: dict[str, str] = Field(default_factory=dict)
    after_org: dict[str, dict[str, str]] = Field(default_factory=dict)
    before_org: dict[str, dict[str, str]] = Field(default_factory=dict)
    not_before: list[str] = Field(default_factory=list)
    not_after: list[str] = Field(default_factory=list)


def _folded(phrase: str) -> str:
    return " ".join(fold_char_string(phrase).split())


@dataclass(frozen=True, slots=True)
class _Side:
    """Phrases on one side of an anchor, compiled to one regular expression."""

    pattern: re.Pattern[str]
    offices: Mapping[str, str]  # folded phrase (single spaces) -> office key
    #: the word next to the anchor in some phrase (the first one after it, the last
    #: one before it): most anchors have none, and are passed over on that alone
    near_words: frozenset[str]

    @classmethod
    def compile(cls, phrases: Mapping[str, str], after: bool, arabic: bool) -> _Side | None:
        offices = {_folded(p): key for p, key in phrases.items() if _folded(p)}
        if not offices:
            return None
        alts = "|".join(
            re.escape(p).replace(r"\ ", r"\s+") for p in sorted(offices, key=len, reverse=True)
        )
        if after:
            # Turkey's / Türkiye'nin / Libya’s, then the phrase (not "Prime
            # Minister-designate")
            pattern = rf"^(?:['’][^\W\d_]{{1,4}})?\s+(?P<phrase>{alts})(?![\w-])"
        else:
            pre = "|".join(map(re.escape, _AR_PROCLITICS)) if arabic else ""
            pre = f"(?:{pre})?" if pre else ""
            pattern = rf"(?<!\w){pre}(?P<phrase>{alts})\s+$"
        near = frozenset(p.split()[0] if after else p.split()[-1] for p in offices)
        return cls(re.compile(pattern), offices, near)

    def may_match(self, word: str) -> bool:
        """Whether the display word next to the anchor may belong to a phrase (a
        proclitic or two allowed on an Arabic one-word phrase)."""
        folded = fold_char_string(word)
        return any(folded[k:] in self.near_words for k in range(3))

    def office(self, match: re.Match[str]) -> str:
        return self.offices[" ".join(match["phrase"].split())]


@dataclass(frozen=True, slots=True)
class _Language:
    after_country: _Side | None
    before_country: _Side | None
    after_org: Mapping[str, _Side]
    before_org: Mapping[str, _Side]
    not_before: frozenset[str]
    not_after: frozenset[str]
    arabic: bool

    @classmethod
    def compile(cls, data: LanguageRoles, arabic: bool) -> _Language:
        def sides(by_org: Mapping[str, Mapping[str, str]], after: bool) -> dict[str, _Side]:
            out = {}
            for org, phrases in by_org.items():
                side = _Side.compile(phrases, after, arabic)
                if side is not None:
                    out[org] = side
            return out

        return cls(
            _Side.compile(data.after_country, True, arabic),
            _Side.compile(data.before_country, False, arabic),
            sides(data.after_org, True),
            sides(data.before_org, False),
            frozenset(_folded(w) for w in data.not_before),
            frozenset(_folded(w) for w in data.not_after),
            arabic,
        )


@dataclass(frozen=True, slots=True)
class RoleMention:
    """A role phrase and its anchor: display span, country, office key."""

    start: int
    end: int
    country: str
    office: str


class RoleLinker:
    """Finds role mentions around anchors and links them to the office holder."""

    def __init__(self, holders: OfficeHolders, languages: Mapping[str, LanguageRoles]) -> None:
        self.holders = holders
        self._langs = {
            lang: _Language.compile(data, arabic=lang == "ar") for lang, data in languages.items()
        }
        self._orgs = frozenset(
            org for lang in self._langs.values() for org in (*lang.after_org, *lang.before_org)
        )

    @classmethod
    def load(cls, entities: Iterable[KBEntity], offices_dir: Path | None = None) -> RoleLinker:
        directory = Path(offices_dir or DEFAULT_OFFICES_DIR)
        holders = OfficeHolders.load(entities, directory)
        languages: dict[str, LanguageRoles] = {}
        for path in sorted(directory.glob("*.yaml")):
            if path.stem == "offices":
                continue
            with path.open(encoding="utf-8") as handle:
                languages[path.stem] = LanguageRoles.model_validate(yaml.safe_load(handle) or {})
        return cls(holders, languages)

    # -- finding ----------------------------------------------------------------------

    def find(self, text: str, lang: str | None, entities: list[Entity]) -> list[RoleMention]:
        """Role mentions in ``text`` (display) around the anchors among ``entities``."""
        spec = self._langs.get(lang or "")
        if spec is None:
            return []
        found: list[RoleMention] = []
        for entity in entities:
            if not entity.country:
                continue
            if entity.type is EntityType.GPE:
                after, before = spec.after_country, spec.before_country
            elif entity.id in self._orgs:
                after, before = spec.after_org.get(entity.id), spec.before_org.get(entity.id)
            else:
                continue
            for mention in entity.mentions:
                if after is not None:
                    hit = self._after(text, mention, after)
                    if hit is not None:
                        found.append(RoleMention(mention.start, hit[1], entity.country, hit[0]))
                        continue
                # "prime minister of Libya's UN-recognised government": a longer title
                possessive = not spec.arabic and text[mention.end : mention.end + 1] in "'’"
                if before is not None and not possessive:
                    hit = self._before(text, mention, before)
                    if hit is not None:
                        found.append(RoleMention(hit[1], mention.end, entity.country, hit[0]))
        return [m for m in found if self._stands_alone(text, m, spec, entities)]

    @staticmethod
    def _after(text: str, mention: Mention, side: _Side) -> tuple[str, int] | None:
        tail = text[mention.end : mention.end + _REACH]
        first = _NEXT_WORD.match(tail)
        if first is None or not side.may_match(first.group(1)):
            return None
        m = side.pattern.match(fold_char_string(tail))
        if m is None:
            return None
        return side.office(m), mention.end + _display_length(tail, m.end())

    @staticmethod
    def _before(text: str, mention: Mention, side: _Side) -> tuple[str, int] | None:
        head = text[max(0, mention.start - _REACH) : mention.start]
        words = head.rsplit(maxsplit=1)
        if not words or not side.may_match(words[-1]):
            return None
        folded = fold_char_string(head)
        m = side.pattern.search(folded)
        if m is None:
            return None
        width = len(folded) - m.start("phrase")
        return side.office(m), mention.start - _display_length_back(head, width)

    def _stands_alone(
        self, text: str, found: RoleMention, spec: _Language, entities: list[Entity]
    ) -> bool:
        """Not a title of a name that follows, not someone else (former, deputy)."""
        before = _WORD.findall(fold_char_string(text[max(0, found.start - 24) : found.start]))
        if before:
            word = before[-1]
            bare = {word}
            if spec.arabic:
                bare |= {word[len(p) :] for p in _AR_PROCLITICS if word.startswith(p)}
            if bare & spec.not_before:
                return False
        after = _WORD.findall(fold_char_string(text[found.end : found.end + 24]))
        if after and after[0] in spec.not_after:
            return False
        for entity in entities:
            for mention in entity.mentions:
                if mention.start < found.end and found.start < mention.end:
                    if entity.type is EntityType.PERSON:
                        return False  # the phrase is part of a person's own mention
                elif entity.type is EntityType.PERSON and (
                    0 <= mention.start - found.end <= _TITLE_GAP
                    or 0 <= found.start - mention.end <= _TITLE_GAP
                ):
                    return False  # a title, or an apposition ("Najla Mangoush, Foreign
                    # Minister of Libya")
        if not spec.arabic:
            rest = text[found.end : found.end + 2 + _REACH // 2]
            m = re.match(r"[ \t]+([^\W\d_])", rest)
            if m is not None and m.group(1).isupper():
                # a capitalised word next: a name the KB does not know, unless it
                # starts something found already (a place: "MİT Başkanı Trablus'ta")
                word_at = found.end + m.start(1)
                if not any(mention.start == word_at for e in entities for mention in e.mentions):
                    return False
        return True

    # -- linking ----------------------------------------------------------------------

    def link(
        self, text: FoldedText | str, lang: str | None, entities: list[Entity], when: datetime
    ) -> list[Entity]:
        """``entities`` with each role mention added to its holder on ``when`` (the
        holder added, ``found_by="role"``, when the article does not name them)."""
        display = text.display if isinstance(text, FoldedText) else text
        mentions = self.find(display, lang, entities)
        if not mentions:
            return entities
        by_id = {e.id: e for e in entities}
        added: dict[str, list[Mention]] = {}
        for found in mentions:
            holder = self.holders.holder_at(found.country, found.office, when)
            if holder is None:
                continue
            mention = Mention(
                text=display[found.start : found.end], start=found.start, end=found.end
            )
            added.setdefault(holder.id, []).append(mention)
            if holder.id not in by_id:
                by_id[holder.id] = _template(holder)
        if not added:
            return entities
        out = []
        for entity_id, entity in by_id.items():
            new = added.get(entity_id)
            if new:
                spans = {(m.start, m.end): m for m in (*entity.mentions, *new)}
                entity = entity.model_copy(
                    update={"mentions": tuple(spans[k] for k in sorted(spans))}
                )
            out.append(entity)
        out.sort(key=lambda e: (e.mentions[0].start, e.id))
        return out


def _template(holder: KBEntity) -> Entity:
    return Entity(
        id=holder.id,
        type=holder.type,
        name=holder.name,
        country=holder.country,
        role=holder.role,
        found_by="role",
    )


def _display_length(display: str, folded_length: int) -> int:
    """Characters of ``display`` whose fold is ``folded_length`` long (from its start)."""
    for n in range(folded_length, len(display) + 1):
        if len(fold_char_string(display[:n])) >= folded_length:
            return n
    return len(display)


def _display_length_back(display: str, folded_length: int) -> int:
    """Characters at the end of ``display`` whose fold is ``folded_length`` long."""
    for n in range(folded_length, len(display) + 1):
        if len(fold_char_string(display[len(display) - n :])) >= folded_length:
            return n
    return len(display)
