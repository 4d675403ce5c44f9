"""The knowledge base: entities as data (YAML), validated by pydantic at load time.

Layout of a KB directory:

* ``*.yaml`` with a top-level ``entities:`` list (people, organisations, places);
* ``countries.yaml``: country names are *not* typed by hand: they come from CLDR
  through Babel at load time for the locales listed there; the file only adds
  spelling variants (``Turkey``, ``ABD``) and drops CLDR names that are common words.

An alias is matched on its folded form (:func:`wirewatch.core.textfold.fold_char_string`).
``aliases`` must name one entity only (``wirewatch kb check`` reports collisions);
``surnames`` are shared by a family on purpose and resolved in context; ``weak``
aliases link only when the entity is also named in full in the same article.

A file may declare ``terms_as_of: YYYY-MM-DD``: the people's ``terms`` were reviewed up
to that day. The KB's horizon (:attr:`KnowledgeBase.terms_as_of`) is the earliest day
declared: past it, a person out of every office may have taken a post the KB does not
know yet, so the contacts' out-of-office rule stops there (``contacts/detector.py``).

A term's end the sources do not settle is marked on the term, ``to_uncertain: true``
(``{role: oil minister (GNU), from: "2021-03-15", to: "2024-03", to_uncertain:
true}``: a suspension later lifted, a command's end assumed). The holder-of-the-day
lookups keep its ``to``; the rules that read an office as over do not: a person with
such a term is never out of every office (``term_checks.last_term_end``), and a role
reference may still name him by it. ``uncertain: true`` on the entity says some fact
of the entry is unverified; ``to_uncertain`` says which end, so the rule can spare it.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from schemas import EntityType
from wirewatch.core.textfold import fold_char_string
from wirewatch.core.yamlload import safe_load

LANGS = ("ar", "en", "tr")
_ID_RE = re.compile(r"^(person|org|gpe|loc):[a-z0-9][a-z0-9._:-]*$|^gpe:[A-Z]{2}$")
_PREFIX_FOR_TYPE = {
    EntityType.PERSON: "person",
    EntityType.ORG: "org",
    EntityType.GPE: "gpe",
    EntityType.LOC: "loc",
}


class Aliases(BaseModel):
    """Names by language; each list may hold transliteration variants."""

    model_config = ConfigDict(extra="forbid")

    ar: list[str] = Field(default_factory=list)
    en: list[str] = Field(default_factory=list)
    tr: list[str] = Field(default_factory=list)

    def items(self) -> list[tuple[str, str]]:
        return [(lang, a) for lang in LANGS for a in getattr(self, lang)]

    @field_validator("ar", "en", "tr")
    @classmethod
    def _not_blank(cls, values: list[str]) -> list[str]:
        for value in values:
            if not isinstance(value, str) or not value.strip():
                raise ValueError("blank alias")
            if value != value.strip():
                raise ValueError(f"alias {value!r} has surrounding spaces")
        return values


#: A date as the sources give it: a year, a month or a day (``2014``, ``2014-08``,
#: ``2014-08-29``).
_PARTIAL_DATE = r"^[12][0-9]{3}(-[01][0-9](-[0-3][0-9])?)?$"


class Term(BaseModel):
    """One office held, so a role named in an article can pick its holder at that date."""

    model_config = ConfigDict(extra="forbid")

    role: str = Field(min_length=1)
    start: str | None = Field(default=None, alias="from", pattern=_PARTIAL_DATE)
    end: str | None = Field(default=None, alias="to", pattern=_PARTIAL_DATE)
    #: The end is a guess the sources do not settle (he may have kept the office past
    #: it: a suspension later lifted, a command whose end is assumed): the date rules
    #: that read an office as over (a dated contact with someone out of every office
    #: for a year is a recap) take the term as still open; the holder-of-the-day
    #: lookups keep the ``to`` given.
    to_uncertain: bool = False

    @model_validator(mode="after")
    def _ordered(self) -> Term:
        if self.to_uncertain and not self.end:
            raise ValueError(f"term of {self.role!r}: to_uncertain without a `to`")
        # Partial dates compare correctly as strings of the same shape's prefix.
        if self.start and self.end and self.end[: len(self.start)] < self.start[: len(self.end)]:
            raise ValueError(
                f"term of {self.role!r} ends ({self.end}) before it starts ({self.start})"
            )
        return self


class KBEntity(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str
    type: EntityType
    name: str = Field(min_length=1, description="Canonical English name.")
    country: str | None = Field(default=None, pattern=r"^[A-Z]{2}$")
    role: str | None = None
    as_of: int | None = Field(default=None, ge=1900, le=2100)
    wikidata: str | None = Field(default=None, pattern=r"^Q[1-9][0-9]*$")
    #: Default bearer of a shared surname: the highest ``prominence`` wins.
    prominence: int = 0
    aliases: Aliases = Field(default_factory=Aliases)
    #: Family names shared on purpose (حفتر names four people).
    surnames: Aliases = Field(default_factory=Aliases)
    #: Short forms that are also common words: linked only when the entity is
    #: named by a full alias elsewhere in the article.
    weak: Aliases = Field(default_factory=Aliases)
    #: Aliases matched only in articles of that language ("Dışişleri Bakanlığı").
    local: Aliases = Field(default_factory=Aliases)
    #: Offices held, oldest first; ``to`` absent while in office.
    terms: list[Term] = Field(default_factory=list)
    #: ``none``: a person known to have held no public office (a businessman, an
    #: analyst, a party official): with no ``terms``, the KB knows his tenure (none),
    #: so he does not keep an office-holder's bare surname from linking
    #: (``bare_holders``). Absent with no ``terms``: his offices are unknown.
    office: Literal["none"] | None = None
    #: Date of death (year, month or day): a person dead before an event's date is
    #: no party to it (a wreath at Atatürk's mausoleum is no meeting with Atatürk).
    died: str | None = Field(default=None, pattern=_PARTIAL_DATE)
    #: Date an institution ceased to exist (year, month or day): after it, its
    #: ``local`` aliases (the bare "Başbakanlık") name some other body.
    dissolved: str | None = Field(default=None, pattern=_PARTIAL_DATE)
    uncertain: bool = False
    note: str | None = None

    @field_validator("id")
    @classmethod
    def _id_shape(cls, value: str) -> str:
        if not _ID_RE.match(value):
            raise ValueError(f"id {value!r} is not like 'person:khalifa-haftar' or 'gpe:LY'")
        return value

    @model_validator(mode="after")
    def _consistent(self) -> KBEntity:
        prefix = _PREFIX_FOR_TYPE[self.type]
        if not self.id.startswith(prefix + ":"):
            raise ValueError(f"id {self.id!r} must start with {prefix!r} for type {self.type}")
        if not (self.aliases.items() or self.local.items()):
            raise ValueError(f"{self.id}: no aliases")
        if self.uncertain and not self.note:
            raise ValueError(f"{self.id}: uncertain entries need a note")
        if self.office is not None and self.type is not EntityType.PERSON:
            raise ValueError(f"{self.id}: `office: none` is for people only")
        if self.office == "none" and self.terms:
            raise ValueError(f"{self.id}: `office: none` and `terms` contradict: keep one")
        if self.type is EntityType.PERSON:
            self.aliases.ar = _with_compound_spellings(self.aliases.ar)
            if self.country == "LY":
                self.aliases.ar = _with_prothetic_alef(self.aliases.ar)
        elif self.type is EntityType.ORG:
            self.aliases.tr = _with_bilateral_spellings(self.aliases.tr)
        return self


#: Arabic name heads written glued to the next word or apart, both in real copy:
#: "عصام أبوزريبة" / "عصام أبو زريبة", "عبدالحميد" / "عبد الحميد".
_COMPOUND_HEADS = ("أبو", "ابو", "عبد")
_MIN_COMPOUND_REST = 3  # letters after a glued head (أبوزريبة, not أبوه "his father")
#: Turkish "-oğlu" surnames, written glued to their stem or apart in Arabic copy
#: ("جاويش أوغلو" / "جاويشأوغلو", "داود أوغلو" / "داوداوغلو"): the KB had the
#: other spelling by hand for a few people only (issue #12, people).
_COMPOUND_TAILS = ("أوغلو", "اوغلو")
#: Compound given names ending in الدين or الله, written glued or apart in Arabic copy
#: ("فخر الدين ألتون" / "فخرالدين ألتون", "بدر الدين التومي" / "بدرالدين التومي",
#: "عطا الله" / "عطاالله"): a given name, not a surname, so only spread inside an alias
#: that names the person with another word as well (a glued or split given name alone
#: is no full name). Two letters before the tail are enough (عزالدين); one is a
#: proclitic (بالله, والله), never a name. Probes of session 18 (kbar18): the KB's
#: Fahrettin Altun and Badr al-Din al-Toumi were missed glued, found apart.
_GIVEN_TAILS = ("الدين", "الله")
_MIN_GIVEN_REST = 2


def _with_compound_spellings(aliases: list[str]) -> list[str]:
    """A person's Arabic aliases plus each one's other spacing of أبو/عبد + name,
    of a name + أوغلو and of a compound given name in الدين/الله.

    Copy writes the same man "رمضان أبوجناح" and "رمضان أبو جناح"; the KB listed
    one or the other by chance (dev ar-29221's أبوزريبة was missed for want of the
    glued form). Only full aliases are spread (not ``weak``/``surnames``): a full
    alias is two words or more, so the variant still names the one person."""
    out = list(aliases)
    seen = {alias_key(a) for a in aliases}
    for alias in aliases:
        words = alias.split()
        for i, word in enumerate(words):
            tail = next((t for t in _COMPOUND_TAILS if word.endswith(t)), None)
            given = next((t for t in _GIVEN_TAILS if word.endswith(t)), None)
            if word in _COMPOUND_HEADS and i + 1 < len(words):
                variant = [*words[:i], word + words[i + 1], *words[i + 2 :]]
            elif word in _COMPOUND_TAILS and i > 0:  # جاويش أوغلو -> جاويشأوغلو
                variant = [*words[: i - 1], words[i - 1] + word, *words[i + 1 :]]
            elif tail is not None and len(word) - len(tail) >= _MIN_COMPOUND_REST:
                variant = [*words[:i], word[: -len(tail)], tail, *words[i + 1 :]]
            elif word in _GIVEN_TAILS and i > 0:  # فخر الدين ألتون -> فخرالدين ألتون
                variant = [*words[: i - 1], words[i - 1] + word, *words[i + 1 :]]
            elif (
                given is not None and len(words) > 1 and len(word) - len(given) >= _MIN_GIVEN_REST
            ):  # بدرالدين التومي -> بدر الدين التومي
                variant = [*words[:i], word[: -len(given)], given, *words[i + 1 :]]
            else:
                head = next((h for h in _COMPOUND_HEADS if word.startswith(h)), None)
                if head is None or len(word) - len(head) < _MIN_COMPOUND_REST:
                    continue
                variant = [*words[:i], head, word[len(head) :], *words[i + 1 :]]
            if len(variant) < 2:
                continue
            text = " ".join(variant)
            if (key := alias_key(text)) not in seen:
                seen.add(key)
                out.append(text)
    return out


#: Libyan copy writes a family name that opens on a consonant cluster with a bare
#: alef before it, and other copy without (اقطيط / قطيط, احويلي / حويلي, اشتيوي /
#: شتيوي, امبارك / مبارك, افحيمة / فحيمة). Session-18 probes (kbar18): the KB's
#: "عبد الباسط قطيط" was missed as "عبد الباسط اقطيط"; the variant pass cannot join
#: them, a variant keeping its alias's first letter. Not after the article (ال), nor
#: before a long vowel (او, اي: اوحيدة), nor a hamza-seated alef (أحمد, إبراهيم: the
#: alef is the name's own); four letters at least after it (احمد/حمد, امين/مين are
#: other names or words).
_PROTHETIC = "ا"
_NOT_AFTER_PROTHETIC = frozenset("الويى")
_MIN_PROTHETIC_REST = 4


def _with_prothetic_alef(aliases: list[str]) -> list[str]:
    """A Libyan person's Arabic aliases plus each full alias's family name (its last
    word) with the prothetic alef dropped, or added, as Libyan copy writes it."""
    out = list(aliases)
    seen = {alias_key(a) for a in aliases}
    for alias in aliases:
        words = alias.split()
        if len(words) < 2:
            continue
        last = words[-1]
        if (
            last.startswith(_PROTHETIC)
            and len(last) - 1 >= _MIN_PROTHETIC_REST
            and last[1] not in _NOT_AFTER_PROTHETIC
        ):
            other = last[1:]
        elif (
            len(last) >= _MIN_PROTHETIC_REST
            and last[0] not in _NOT_AFTER_PROTHETIC
            and last[0] not in "أإآء"
        ):
            other = _PROTHETIC + last
        else:
            continue
        text = " ".join([*words[:-1], other])
        if (key := alias_key(text)) not in seen:
            seen.add(key)
            out.append(text)
    return out


#: How Turkish copy writes Türkiye's side of a bilateral body's name: "Türkiye-Libya İş
#: Konseyi", "Türk-Libya İş Konseyi", "Türkiye - Libya ...", "Türkiye- Libya ..."
#: (an en dash folds to "-").
_BILATERAL_HEADS = ("Türkiye", "Türk")
_BILATERAL_JOINS = ("-", " - ", "- ")
_BILATERAL = re.compile(r"\b(Türkiye|Türk) ?- ?(?=[A-ZÇĞİÖŞÜ])")


def _with_bilateral_spellings(aliases: list[str]) -> list[str]:
    """An organisation's Turkish aliases plus each bilateral name's other spellings of
    Türkiye's side: "Türkiye-" or "Türk-", the hyphen spaced or not.

    The KB listed one or two by chance; real copy wrote "Türk-Libya İş Konseyi" and
    "Türkiye- Libya İş Konseyi" for the council the KB knew as "Türkiye-Libya İş
    Konseyi" (tr-31309, tr-25005: both missed). Only the first such join of an alias is
    spread, into at most six forms."""
    out = list(aliases)
    seen = {alias_key(a) for a in aliases}
    for alias in aliases:
        m = _BILATERAL.search(alias)
        if m is None:
            continue
        for head in _BILATERAL_HEADS:
            for join in _BILATERAL_JOINS:
                text = alias[: m.start()] + head + join + alias[m.end() :]
                if (key := alias_key(text)) not in seen:
                    seen.add(key)
                    out.append(text)
    return out


class KBFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    #: The day up to which this file's terms of office were reviewed (module docstring).
    terms_as_of: str | None = Field(default=None, pattern=r"^[12][0-9]{3}-[01][0-9]-[0-3][0-9]$")
    entities: list[KBEntity]

    @model_validator(mode="before")
    @classmethod
    def _no_empty_terms(cls, data: object) -> object:
        # in a file, an empty list reads as "no office" to one editor and "not filled
        # in" to another (code building an entity may pass [] for "none known")
        entries = data.get("entities") if isinstance(data, dict) else None
        for entry in entries if isinstance(entries, list) else ():
            if isinstance(entry, dict) and entry.get("terms") == []:
                raise ValueError(
                    f"{entry.get('id')}: `terms: []` is ambiguous: write `office: none` if "
                    "he held no public office, or leave `terms` out if his offices are unknown"
                )
        return data


class CountrySpec(BaseModel):
    model_config = ConfigDict(extra="forbid")

    extra_aliases: dict[str, Aliases] = Field(default_factory=dict)
    #: Folded CLDR names not to use as aliases (common words: مالي, عمان ...).
    exclude_aliases: Aliases = Field(default_factory=Aliases)
    #: Some CLDR territories are not countries (EU, UN, ZZ, QO ...).
    skip_codes: list[str] = Field(default_factory=list)
    prominence: dict[str, int] = Field(default_factory=dict)
    wikidata: dict[str, str] = Field(default_factory=dict)


class CountriesFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    source: Literal["cldr"] = "cldr"
    locales: list[str] = Field(default_factory=lambda: list(LANGS))
    countries: CountrySpec = Field(default_factory=CountrySpec)


@dataclass(frozen=True)
class Collision:
    key: str
    entity_ids: tuple[str, ...]
    surfaces: tuple[str, ...]

    def __str__(self) -> str:
        return f"{self.key!r} ({', '.join(self.surfaces)}) -> {', '.join(self.entity_ids)}"


@dataclass
class KnowledgeBase:
    entities: list[KBEntity]
    sources: dict[str, str] = field(default_factory=dict)  # id -> file
    dropped: list[str] = field(default_factory=list)  # generated aliases left out
    #: The KB's horizon: the earliest ``terms_as_of`` its files declare (None: none do).
    terms_as_of: str | None = None

    def by_id(self) -> dict[str, KBEntity]:
        return {e.id: e for e in self.entities}

    def collisions(self) -> list[Collision]:
        """Folded full/local aliases naming more than one entity."""
        owners: dict[str, set[str]] = defaultdict(set)
        surfaces: dict[str, set[str]] = defaultdict(set)
        for ent in self.entities:
            for group in (ent.aliases, ent.local, ent.weak):
                for _lang, alias in group.items():
                    key = alias_key(alias)
                    owners[key].add(ent.id)
                    surfaces[key].add(alias)
        return [
            Collision(key, tuple(sorted(ids)), tuple(sorted(surfaces[key])))
            for key, ids in sorted(owners.items())
            if len(ids) > 1
        ]


def person_full_names(entities: list[KBEntity]) -> Iterator[tuple[int, str, list[str]]]:
    """(index, language, tokens) of the canonical name and every alias of two tokens
    or more of each KB person: what given names, surnames and name pairs derive from."""
    for idx, ent in enumerate(entities):
        if ent.type is not EntityType.PERSON:
            continue
        for lang, name in [("en", ent.name), *ent.aliases.items()]:
            tokens = name.split()
            if len(tokens) >= 2:
                yield idx, lang, tokens


def alias_key(alias: str) -> str:
    """The folded, space-normalised form an alias is matched on."""
    return " ".join(fold_char_string(alias).split())


class KBError(ValueError):
    pass


def _read_yaml(path: Path) -> object:
    with path.open(encoding="utf-8") as handle:
        return safe_load(handle)


def load_entity_file(path: Path) -> list[KBEntity]:
    return read_entity_file(path).entities


def read_entity_file(path: Path) -> KBFile:
    try:
        return KBFile.model_validate(_read_yaml(path))
    except (yaml.YAMLError, ValueError) as exc:
        raise KBError(f"{path}: {exc}") from exc


@cache
def _cldr_names(locale: str) -> dict[str, str]:
    from babel import Locale

    return {
        code: name
        for code, name in Locale.parse(locale).territories.items()
        if len(code) == 2 and code.isalpha()
    }


def country_entities(spec_file: CountriesFile) -> tuple[list[KBEntity], list[str]]:
    """One GPE per ISO 3166-1 alpha-2 code, names from CLDR plus the file's variants."""
    spec = spec_file.countries
    excluded = {lang: {alias_key(a) for a in getattr(spec.exclude_aliases, lang)} for lang in LANGS}
    english = _cldr_names("en")
    names_by_lang = {loc: _cldr_names(loc) for loc in spec_file.locales}
    dropped: list[str] = []
    out: list[KBEntity] = []
    for code in sorted(english):
        if code in spec.skip_codes:
            continue
        aliases: dict[str, list[str]] = {lang: [] for lang in LANGS}
        for loc, names in names_by_lang.items():
            name = names.get(code)
            if not name or loc not in aliases:
                continue
            if alias_key(name) in excluded[loc]:
                dropped.append(f"gpe:{code} {loc} {name!r} (excluded as a common word)")
                continue
            aliases[loc].append(name)
        extra = spec.extra_aliases.get(code)
        if extra is not None:
            for lang, alias in extra.items():
                if alias not in aliases[lang]:
                    aliases[lang].append(alias)
        out.append(
            KBEntity(
                id=f"gpe:{code}",
                type=EntityType.GPE,
                name=english[code],
                country=code,
                prominence=spec.prominence.get(code, 0),
                wikidata=spec.wikidata.get(code),
                aliases=Aliases(**aliases),
            )
        )
    return out, dropped


def load_kb(kb_dir: Path, *, only: Path | None = None) -> KnowledgeBase:
    """Load and validate every KB file of ``kb_dir`` (or the single file ``only``)."""
    files = [only] if only is not None else sorted(Path(kb_dir).glob("*.yaml"))
    if not files:
        raise KBError(f"{kb_dir}: no *.yaml knowledge-base files")
    entities: list[KBEntity] = []
    sources: dict[str, str] = {}
    dropped: list[str] = []
    errors: list[str] = []
    reviewed: list[str] = []
    for path in files:
        if path.name == "countries.yaml":
            try:
                spec = CountriesFile.model_validate(_read_yaml(path))
            except (yaml.YAMLError, ValueError) as exc:
                errors.append(f"{path}: {exc}")
                continue
            loaded, gone = country_entities(spec)
            dropped.extend(gone)
        else:
            try:
                read = read_entity_file(path)
            except KBError as exc:
                errors.append(str(exc))
                continue
            loaded = read.entities
            if read.terms_as_of is not None:
                reviewed.append(read.terms_as_of)
        for ent in loaded:
            if ent.id in sources:
                errors.append(f"{path}: duplicate id {ent.id} (also in {sources[ent.id]})")
                continue
            sources[ent.id] = path.name
            entities.append(ent)
    if errors:
        raise KBError("\n".join(errors))
    return KnowledgeBase(entities, sources, dropped, min(reviewed, default=None))
