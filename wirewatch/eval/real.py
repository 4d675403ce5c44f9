"""``wirewatch eval real``: the pipeline's stage 1 scored on excerpts of real articles.

The set (``wirewatch/data/eval/real/<lang>.jsonl``, one file per language) holds short
verbatim excerpts of real news pages, each labelled with every person, organisation,
country and place it names and with the Turkey–Libya contacts it reports as having
happened (one JSON object a line; :func:`parse_excerpt` checks the format). Each
excerpt is run through the pipeline's own stage 1
(:meth:`wirewatch.core.pipeline.Pipeline.prepare`, the code the live worker runs) as the
raw article ``{"id", "source", "url", "body", "published_at"}``; the prepared article's
``entities`` and ``contact_events`` are then scored against the labels. An excerpt
stage 1 dead-letters predicts nothing (and is counted apart). An undated excerpt is
run as received at :data:`UNDATED_REFERENCE`, so its relative dates resolve the same
way on every run.

Matching rule. Gold entities are labelled by canonical English *name*, not by KB id,
because the KB grows while the set is written. A predicted entity matches a gold one
when their folded forms intersect (:func:`fold_form`: ``fold_char_string``, then
whitespace collapsed):

* the predicted entity's forms are its ``name``, the texts of its mentions and, when
  its id is in the knowledge base, that entry's name and ``aliases``/``local``/``weak``
  forms in every language (not the shared ``surnames``);
* the gold entity's forms are its ``name`` and its ``surface`` strings.

Two further rules (:func:`_affixed_match`, :func:`_qualified_match`) cover what the
labelling format allows but whole-form matching missed:

* a gold surface may carry what is glued to the name in the text (the format says
  so): an Arabic proclitic (و ف ب ل ك and their pairs; ل fused with ال as لل) before
  a predicted form, or a Turkish case ending after one ("Güler'le",
  "Bakanlığında"), still matches that form;
* a gold name qualified by a country in parentheses ("Ministry of Foreign Affairs
  (Libya)") matches a prediction of the same base name whose country is that
  country, whatever its own qualifier ("(GNU)", "(Türkiye)").

A gold entity no prediction matches is a miss; a prediction that matches no gold
entity is a false positive. Generic national actors (``org:generic:…``, "the Turkish
delegation") are left out of the predictions: the labels leave such actors out by
rule. Precision and recall are also given for PERSON+ORG alone, each side filtered by
its own type.

A predicted contact event matches a gold contact when one participant matches ``a``
and the other ``b`` (in either order; a participant is matched through the predicted
entity of the same id, else through its own name: a generic actor's). ``kind`` is
not compared. Pair recall counts a gold contact found by any event of its excerpt,
current and historical gold contacts apart, whatever flag the event carries.
Current-event precision counts the excerpt's distinct non-historical predicted pairs
(the registry alerts once per pair, so a pair reported in two sentences counts once);
one is correct when it matches a gold contact whose ``historical`` is false.

Weaknesses of the rule, known and accepted:

* one prediction may match two gold entities that share a form (a bare "Haftar"
  labelled for two family members), and a gold entity is found if *any* prediction
  matches it. One case is ruled out (:func:`_another_kb_entity`): a prediction linked
  to a KB entry never matches a gold entity whose canonical name is, unambiguously,
  another KB entry's, so "Haftar" linked to Khalifa Haftar is no find of a labelled
  Saddam Haftar, nor its event of Saddam's contact (before this rule, such wrong links
  scored as hits: 5 entities, 2 pairs and 2 events on the dev part). A gold name the KB
  lacks, or holds twice, still matches through mention texts;
* KB aliases are matched as whole forms, so a gold surface that is a bare surname only
  matches a prediction whose mention or alias is that surname;
* a prediction's extra mention texts (a wrong span) can make it match a gold entity
  it should not;
* spans are not compared: a right entity found on the wrong words still counts;
* a contact's ``kind`` is not compared: a call found as a meeting still counts;
* an undated page whose excerpt dates its contact ("on July 2") is judged against the
  fixed reference time, which may flag a contact of the day as historical.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import orjson

from schemas import ContactEvent, DeadLetter, Entity
from wirewatch.core.entities import DEFAULT_KB_DIR, load_kb
from wirewatch.core.entities.kb import KnowledgeBase
from wirewatch.core.textfold import fold_char_string

LANGS = ("ar", "en", "tr")
ENTITY_TYPES = frozenset({"PERSON", "ORG", "GPE", "LOC"})
PERSON_ORG = frozenset({"PERSON", "ORG"})
CONTACT_KINDS = frozenset({"meeting", "call", "visit"})
CLASSES = frozenset(
    {
        "negative",
        "refusal",
        "conditional",
        "future",
        "recap",
        "attendee",
        "coordinated",
        "passive",
        "phone",
        "headed_by",
        "role_only",
        "variant_spelling",
        "country_pair",
        "ministry_as_participant",
        "caption",
    }
)
MAX_SENTENCES = 3
MAX_CHARS = 600
_GENERIC_PREFIX = "org:generic:"
_REQUIRED = ("id", "lang", "url", "outlet", "published_at", "text", "entities", "contacts")
_OPTIONAL = ("classes", "note")
#: Excerpts with no date are run as if received at this fixed time, after every page of
#: the set, as a worker reading them now would; fixed so that relative dates ("Monday",
#: "last year") resolve the same way on every run.
UNDATED_REFERENCE = datetime(2026, 1, 1, tzinfo=UTC)


def default_set_dir() -> Path:
    return Path(str(resources.files("wirewatch.data").joinpath("eval/real")))


def fold_form(text: str) -> str:
    """The form names are compared in: folded, whitespace collapsed."""
    return " ".join(fold_char_string(text).split())


# -- the set -------------------------------------------------------------------------


class InvalidExcerpt(ValueError):
    """A line of the set breaks the format; the message names ``file:line``."""


@dataclass(frozen=True, slots=True)
class GoldEntity:
    name: str
    type: str
    country: str | None
    surface: tuple[str, ...]

    @property
    def forms(self) -> frozenset[str]:
        return frozenset(fold_form(s) for s in (self.name, *self.surface))


@dataclass(frozen=True, slots=True)
class GoldContact:
    a: str
    b: str
    kind: str
    historical: bool


@dataclass(frozen=True, slots=True)
class Excerpt:
    id: str
    lang: str
    url: str
    outlet: str
    published_at: str | None
    text: str
    entities: tuple[GoldEntity, ...]
    contacts: tuple[GoldContact, ...]
    classes: tuple[str, ...] = ()
    note: str | None = None
    where: str = ""  # file:line, for messages


# A sentence ends at . ! ? ؟ … (with closing quotes) before a space or the end, or at a
# newline; not after a single letter (U.S., p.m.) or a few abbreviations (Gen., Dec.),
# nor before a lower-case word (a quotation's end inside a sentence).
_STOP = re.compile(r"[.!?؟…]+[\"'”’»)\]]*(?=\s|$)|\n+")
#: English titles, months and company forms; Turkish ranks and titles (Org. = general).
_ABBREVIATIONS = frozenset(
    (
        *("mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "adm"),
        *("brig", "st", "no", "vs", "jr", "sr", "inc", "ltd", "co", "corp"),
        *("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"),
        *("org", "korg", "tümg", "tuğg", "alb", "yrd", "doç", "av", "müh", "vb", "bkz"),
    )
)


def count_sentences(text: str) -> int:
    """Sentences in ``text``, counted generously (abbreviations do not end one)."""
    count, start = 0, 0
    for stop in _STOP.finditer(text):
        if not stop.group().startswith("\n") and _continues(text, stop.end()):
            continue
        if stop.group().startswith(".") and _false_stop(text, stop.start()):
            continue
        if text[start : stop.start()].strip():
            count += 1
        start = stop.end()
    return count + (1 if text[start:].strip() else 0)


def _continues(text: str, end: int) -> bool:
    """A stop followed by a lower-case word ends a quotation, not the sentence
    ("... alacağız." diyen Dibeybe)."""
    rest = text[end:].lstrip(" \t")
    return bool(rest) and rest[0].islower()


def _false_stop(text: str, pos: int) -> bool:
    word = re.search(r"(\w+)\.?$", text[:pos])
    if word is None:
        return False
    token = word.group(1)
    # A single letter is an initial or part of one (U.S., p.m.), not a sentence's end.
    return (len(token) == 1 and token.isalpha()) or token.lower() in _ABBREVIATIONS


def _check_date(value: object) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValueError("published_at must be a string or null")
    try:
        if len(value) == 10:
            date.fromisoformat(value)
        else:
            datetime.fromisoformat(value)
    except ValueError:
        raise ValueError(f"published_at {value!r} is not YYYY-MM-DD or ISO time") from None
    return value


def _parse_entity(raw: object, text: str) -> GoldEntity:
    if not isinstance(raw, dict):
        raise ValueError("an entity must be an object")
    unknown = set(raw) - {"name", "type", "country", "surface", "note", "uncertain"}
    if unknown:
        raise ValueError(f"entity has unknown keys {sorted(unknown)}")
    name, typ, country, surface = (raw.get(k) for k in ("name", "type", "country", "surface"))
    if not isinstance(name, str) or not name.strip():
        raise ValueError("entity without a name")
    if typ not in ENTITY_TYPES:
        raise ValueError(f"entity {name!r}: type {typ!r} not one of {sorted(ENTITY_TYPES)}")
    if country is not None and not (isinstance(country, str) and re.fullmatch("[A-Z]{2}", country)):
        raise ValueError(f"entity {name!r}: country {country!r} is not ISO alpha-2 or null")
    if not isinstance(surface, list) or not surface:
        raise ValueError(f"entity {name!r}: surface must be a non-empty list")
    for s in surface:
        if not isinstance(s, str) or not s.strip():
            raise ValueError(f"entity {name!r}: blank surface")
        if s not in text:
            raise ValueError(f"entity {name!r}: surface {s!r} is not in the text")
    return GoldEntity(name, typ, country, tuple(surface))


def _parse_contact(raw: object, names: set[str]) -> GoldContact:
    if not isinstance(raw, dict) or set(raw) - {"a", "b", "kind", "historical", "note"}:
        raise ValueError(f"contact {raw!r} must be an object with a, b, kind, historical")
    a, b, kind, historical = (raw.get(k) for k in ("a", "b", "kind", "historical"))
    for who in (a, b):
        if who not in names:
            raise ValueError(f"contact names {who!r}, which is not an entity of the line")
    if a == b:
        raise ValueError(f"contact pairs {a!r} with itself")
    if kind not in CONTACT_KINDS:
        raise ValueError(f"contact kind {kind!r} not one of {sorted(CONTACT_KINDS)}")
    if not isinstance(historical, bool):
        raise ValueError("contact historical must be true or false")
    return GoldContact(str(a), str(b), kind, historical)


def parse_excerpt(row: object, lang: str, *, whole_articles: bool = False) -> Excerpt:
    """One line's object, checked against the format; raises ``ValueError``.

    ``whole_articles`` lifts the excerpt limits (sentences, characters): they keep the
    packaged set to short quotations of others' articles, while a set of whole articles
    labelled privately and kept outside the repository is scored as it is."""
    if not isinstance(row, dict):
        raise ValueError("a line must be a JSON object")
    missing = [k for k in _REQUIRED if k not in row]
    if missing:
        raise ValueError(f"missing {missing}")
    unknown = set(row) - set(_REQUIRED) - set(_OPTIONAL)
    if unknown:
        raise ValueError(f"unknown keys {sorted(unknown)}")
    if row["lang"] != lang:
        raise ValueError(f"lang {row['lang']!r} in the {lang} file")
    if not isinstance(row["id"], str) or not row["id"].startswith(f"{lang}-"):
        raise ValueError(f"id {row['id']!r} must be a string starting with {lang}-")
    url, outlet = row["url"], row["outlet"]
    host = urlsplit(url).hostname if isinstance(url, str) else None
    if not host or not url.startswith(("http://", "https://")):
        raise ValueError(f"url {url!r} is not an http(s) address")
    if outlet != host.removeprefix("www."):
        raise ValueError(f"outlet {outlet!r} is not the url's host without www. ({host})")
    text = row["text"]
    if not isinstance(text, str) or not text.strip():
        raise ValueError("blank text")
    if not whole_articles and len(text) > MAX_CHARS:
        raise ValueError(f"text has {len(text)} characters (> {MAX_CHARS})")
    sentences = count_sentences(text)
    if not whole_articles and sentences > MAX_SENTENCES:
        raise ValueError(f"text has {sentences} sentences (> {MAX_SENTENCES})")
    if not isinstance(row["entities"], list) or not isinstance(row["contacts"], list):
        raise ValueError("entities and contacts must be lists")
    entities = tuple(_parse_entity(e, text) for e in row["entities"])
    names = [e.name for e in entities]
    if len(set(names)) != len(names):
        raise ValueError("an entity name is labelled twice")
    contacts = tuple(_parse_contact(c, set(names)) for c in row["contacts"])
    classes = row.get("classes", [])
    if not isinstance(classes, list) or set(classes) - CLASSES:
        raise ValueError(f"classes {classes!r}: unknown class (known: {sorted(CLASSES)})")
    note = row.get("note")
    if note is not None and not isinstance(note, str):
        raise ValueError("note must be a string")
    return Excerpt(
        id=row["id"],
        lang=lang,
        url=url,
        outlet=outlet,
        published_at=_check_date(row["published_at"]),
        text=text,
        entities=entities,
        contacts=contacts,
        classes=tuple(classes),
        note=note,
    )


def load_file(path: Path, *, whole_articles: bool = False) -> list[Excerpt]:
    """Every excerpt of one ``<lang>.jsonl`` file; the first bad line raises
    :class:`InvalidExcerpt` naming ``file:line``."""
    lang = path.stem
    if lang not in LANGS:
        raise InvalidExcerpt(f"{path}: file name must be one of {[f'{x}.jsonl' for x in LANGS]}")
    out: list[Excerpt] = []
    seen: dict[str, int] = {}
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            where = f"{path}:{number}"
            try:
                excerpt = parse_excerpt(json.loads(line), lang, whole_articles=whole_articles)
            except ValueError as exc:  # json.JSONDecodeError is a ValueError too
                raise InvalidExcerpt(f"{where}: {exc}") from None
            if excerpt.id in seen:
                raise InvalidExcerpt(f"{where}: id {excerpt.id} already on line {seen[excerpt.id]}")
            seen[excerpt.id] = number
            out.append(_with_where(excerpt, where))
    return out


def _with_where(excerpt: Excerpt, where: str) -> Excerpt:
    return Excerpt(**{**_fields(excerpt), "where": where})


def _fields(excerpt: Excerpt) -> dict[str, Any]:
    return {name: getattr(excerpt, name) for name in Excerpt.__dataclass_fields__}


#: The deterministic split that keeps a held-out part aside while rules are tuned: an
#: excerpt whose id number is divisible by 3 is held out, the rest is for development.
PARTS = ("dev", "heldout", "all")


def in_part(excerpt_id: str, part: str) -> bool:
    """Whether the excerpt ``<lang>-<number>`` belongs to ``part`` (one of :data:`PARTS`)."""
    if part not in PARTS:
        raise ValueError(f"part {part!r} not one of {PARTS}")
    if part == "all":
        return True
    number = re.search(r"(\d+)$", excerpt_id)
    if number is None:
        raise ValueError(f"id {excerpt_id!r} has no number to split on")
    held_out = int(number.group(1)) % 3 == 0
    return held_out if part == "heldout" else not held_out


def select_part(sets: Mapping[str, Sequence[Excerpt]], part: str) -> dict[str, list[Excerpt]]:
    """Each language's excerpts that belong to ``part``."""
    return {lang: [e for e in excerpts if in_part(e.id, part)] for lang, excerpts in sets.items()}


def load_set(
    directory: Path | None = None, langs: Sequence[str] = LANGS, *, whole_articles: bool = False
) -> tuple[dict[str, list[Excerpt]], list[str]]:
    """The excerpts of each language file present, and a note per missing file."""
    directory = directory or default_set_dir()
    loaded: dict[str, list[Excerpt]] = {}
    notes: list[str] = []
    for lang in langs:
        path = directory / f"{lang}.jsonl"
        if path.is_file():
            loaded[lang] = load_file(path, whole_articles=whole_articles)
        else:
            notes.append(f"{path}: missing, {lang} skipped")
    return loaded, notes


# -- predictions -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PredictedEntity:
    id: str
    type: str
    name: str
    forms: frozenset[str]
    mentions: tuple[str, ...] = ()
    country: str | None = None


@dataclass(frozen=True, slots=True)
class PredictedEvent:
    ids: tuple[str, str]
    names: tuple[str, str]
    historical: bool
    kind: str = "meeting"


@dataclass(frozen=True, slots=True)
class Prediction:
    entities: tuple[PredictedEntity, ...]
    events: tuple[PredictedEvent, ...]
    dead_letter: str | None = None  # why stage 1 rejected the excerpt, if it did


def kb_forms(kb: KnowledgeBase) -> dict[str, frozenset[str]]:
    """Every KB id's folded name and aliases (not its shared surnames)."""
    forms: dict[str, frozenset[str]] = {}
    for ent in kb.entities:
        names = [ent.name]
        for group in (ent.aliases, ent.local, ent.weak):
            names.extend(alias for _lang, alias in group.items())
        forms[ent.id] = frozenset(fold_form(n) for n in names)
    return forms


def default_kb_forms() -> dict[str, frozenset[str]]:
    return kb_forms(load_kb(DEFAULT_KB_DIR))


def prediction_of(
    entities: Iterable[Entity],
    events: Iterable[ContactEvent],
    forms_by_id: Mapping[str, frozenset[str]],
) -> Prediction:
    """What stage 1 found, in the scorer's terms (generic national actors left out)."""
    predicted = []
    for ent in entities:
        if ent.id.startswith(_GENERIC_PREFIX):
            continue
        mentions = tuple(m.text for m in ent.mentions)
        forms = {fold_form(ent.name), *(fold_form(m) for m in mentions)}
        forms |= forms_by_id.get(ent.id, frozenset())
        predicted.append(
            PredictedEntity(
                ent.id, ent.type.value, ent.name, frozenset(forms), mentions, ent.country
            )
        )
    found = []
    for event in events:
        if len(event.participants) != 2:
            continue
        first, second = event.participants
        found.append(
            PredictedEvent(
                (first.id, second.id), (first.name, second.name), event.historical, event.kind
            )
        )
    return Prediction(tuple(predicted), tuple(found))


class StageOne:
    """Runs excerpts through the pipeline's own stage 1 (``Pipeline.prepare``)."""

    def __init__(self, forms_by_id: Mapping[str, frozenset[str]] | None = None) -> None:
        from wirewatch.core.pipeline import Pipeline
        from wirewatch.settings import Settings

        self.pipeline = Pipeline(Settings())
        self.forms_by_id = forms_by_id if forms_by_id is not None else default_kb_forms()

    def predict(self, excerpt: Excerpt, offset: int = 0) -> Prediction:
        from schemas.internal import PreparedArticle
        from wirewatch.core.validate import Origin

        payload = orjson.dumps(
            {
                "id": excerpt.id,
                "source": excerpt.outlet,
                "url": excerpt.url,
                "body": excerpt.text,
                "published_at": excerpt.published_at,
            }
        )
        origin = Origin(
            topic="eval.real",
            partition=None,
            offset=offset,
            key=None,
            received_at=_reference_time(excerpt.published_at),
        )
        result = self.pipeline.prepare(payload, origin)
        if isinstance(result, DeadLetter):
            return Prediction((), (), dead_letter=f"{result.reason.value}: {result.error}")
        assert isinstance(result, PreparedArticle)
        return prediction_of(result.article.entities, result.contact_events, self.forms_by_id)


def _reference_time(published_at: str | None) -> datetime:
    if published_at is None:
        return UNDATED_REFERENCE
    moment = datetime.fromisoformat(published_at)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


# -- scoring -----------------------------------------------------------------------------


@dataclass
class Ratio:
    right: int = 0
    total: int = 0

    @property
    def value(self) -> float | None:
        return self.right / self.total if self.total else None

    def add(self, right: int, total: int) -> None:
        self.right += right
        self.total += total

    def __str__(self) -> str:
        value = self.value
        shown = "  n/a" if value is None else f"{value:.3f}"
        return f"{shown} ({self.right}/{self.total})"


@dataclass
class Totals:
    excerpts: int = 0
    dead_letters: int = 0
    person_org_precision: Ratio = field(default_factory=Ratio)
    person_org_recall: Ratio = field(default_factory=Ratio)
    all_precision: Ratio = field(default_factory=Ratio)
    all_recall: Ratio = field(default_factory=Ratio)
    current_pair_recall: Ratio = field(default_factory=Ratio)
    historical_pair_recall: Ratio = field(default_factory=Ratio)
    current_event_precision: Ratio = field(default_factory=Ratio)

    def add(self, other: Totals) -> None:
        self.excerpts += other.excerpts
        self.dead_letters += other.dead_letters
        for name in _RATIOS:
            mine: Ratio = getattr(self, name)
            theirs: Ratio = getattr(other, name)
            mine.add(theirs.right, theirs.total)

    def as_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"excerpts": self.excerpts, "dead_letters": self.dead_letters}
        for name in _RATIOS:
            ratio: Ratio = getattr(self, name)
            out[name] = {**asdict(ratio), "value": ratio.value}
        return out


_RATIOS = (
    "person_org_precision",
    "person_org_recall",
    "all_precision",
    "all_recall",
    "current_pair_recall",
    "historical_pair_recall",
    "current_event_precision",
)


@dataclass
class ExcerptScore:
    excerpt: Excerpt
    totals: Totals
    missed_entities: list[GoldEntity] = field(default_factory=list)
    false_entities: list[PredictedEntity] = field(default_factory=list)
    missed_contacts: list[GoldContact] = field(default_factory=list)
    wrong_events: list[PredictedEvent] = field(default_factory=list)
    dead_letter: str | None = None

    def error_lines(self) -> Iterator[str]:
        ex = self.excerpt
        if not (
            self.missed_entities
            or self.false_entities
            or self.missed_contacts
            or self.wrong_events
            or self.dead_letter
        ):
            return
        yield f"{ex.id} {ex.url}"
        if self.dead_letter:
            yield f"  dead letter: {self.dead_letter}"
        for gold in self.missed_entities:
            yield f"  miss  {gold.type:<6} {gold.name} {list(gold.surface)}"
        for pred in self.false_entities:
            yield f"  false {pred.type:<6} {pred.name} [{pred.id}] {list(pred.mentions)}"
        for contact in self.missed_contacts:
            when = "historical" if contact.historical else "current"
            yield f"  missed contact ({when}) {contact.a} – {contact.b}"
        for event in self.wrong_events:
            yield f"  wrong current event {event.names[0]} – {event.names[1]}"


#: Arabic proclitics written fused to the next word (conjunctions, prepositions).
_ARABIC_PROCLITICS = ("و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل")
#: Turkish case endings (after a buffer consonant) written without an apostrophe on a
#: common-noun name ("Bakanlığında"); after an apostrophe any ending is allowed.
_TURKISH_ENDINGS = frozenset(
    (
        *("n", "nda", "nde", "ndan", "nden", "na", "ne", "ni", "nin", "nun", "nu"),
        *("yla", "yle", "la", "le", "da", "de", "dan", "den", "ta", "te", "tan", "ten"),
        *("in", "un", "yi", "yu", "ya", "ye"),
    )
)
_ARABIC_LETTER = re.compile(r"[\u0600-\u06ff]")


def _unaffixed(surface: str) -> Iterator[str]:
    """The forms a folded gold surface may stand for once what is glued to the name
    is taken off: Arabic proclitics before it, a Turkish case ending after it."""
    if _ARABIC_LETTER.match(surface):
        for clitic in _ARABIC_PROCLITICS:
            rest = surface[len(clitic) :]
            if surface.startswith(clitic) and len(rest) >= 3:
                yield rest
                if clitic.endswith("ل") and rest.startswith("ل"):
                    yield "ا" + rest  # للجيش = ل + الجيش
        return
    for mark in ("'", "’"):
        head, sep, tail = surface.rpartition(mark)
        if sep and head and tail.isalpha() and " " not in tail:
            yield head
    last = surface.rsplit(" ", 1)[-1]
    for cut in range(1, 4):
        if len(last) - cut >= 3 and surface[-cut:] in _TURKISH_ENDINGS:
            yield surface[:-cut]


def _affixed_match(pred_forms: frozenset[str], gold: GoldEntity) -> bool:
    return any(
        form in pred_forms for surface in gold.surface for form in _unaffixed(fold_form(surface))
    )


_QUALIFIED = re.compile(r"^(?P<base>.+?)\s*\((?P<qualifier>[^()]+)\)$")


@cache
def _country_codes() -> dict[str, str]:
    """Folded names and aliases of the knowledge base's countries -> ISO code."""
    codes: dict[str, str] = {}
    for ent in load_kb(DEFAULT_KB_DIR).entities:
        if ent.id.startswith("gpe:") and ent.country and ent.id == f"gpe:{ent.country}":
            for name in (ent.name, *(alias for _lang, alias in ent.aliases.items())):
                codes.setdefault(fold_form(name), ent.country)
    return codes


def _qualified_match(pred: PredictedEntity, gold: GoldEntity) -> bool:
    gold_parts = _QUALIFIED.match(fold_form(gold.name))
    if gold_parts is None or pred.country is None:
        return False
    if _country_codes().get(gold_parts.group("qualifier")) != pred.country:
        return False
    pred_name = fold_form(pred.name)
    pred_parts = _QUALIFIED.match(pred_name)
    pred_base = pred_parts.group("base") if pred_parts else pred_name
    return pred_base == gold_parts.group("base")


@cache
def _kb_ids_by_form() -> dict[str, frozenset[str]]:
    """Folded name or alias of the default knowledge base -> the ids that carry it."""
    ids: dict[str, set[str]] = {}
    for kb_id, forms in _default_kb_forms_once().items():
        for form in forms:
            ids.setdefault(form, set()).add(kb_id)
    return {form: frozenset(found) for form, found in ids.items()}


@cache
def _default_kb_forms_once() -> dict[str, frozenset[str]]:
    return default_kb_forms()


def _another_kb_entity(pred: PredictedEntity, gold: GoldEntity) -> bool:
    """Whether the gold entity's canonical name is, unambiguously, some other KB entry
    than the one the prediction was linked to: "Haftar" linked to Khalifa Haftar is
    not a find of a labelled Saddam Haftar, though the mention text is the same."""
    if pred.id not in _default_kb_forms_once():
        return False
    owners = _kb_ids_by_form().get(fold_form(gold.name), frozenset())
    return len(owners) == 1 and pred.id not in owners


def _matches(pred: PredictedEntity, gold: GoldEntity) -> bool:
    if _another_kb_entity(pred, gold):
        return False
    return (
        not pred.forms.isdisjoint(gold.forms)
        or _affixed_match(pred.forms, gold)
        or _qualified_match(pred, gold)
    )


def score_excerpt(excerpt: Excerpt, prediction: Prediction) -> ExcerptScore:
    """One excerpt's counts under the module's matching rule."""
    totals = Totals(excerpts=1, dead_letters=int(prediction.dead_letter is not None))
    score = ExcerptScore(excerpt, totals, dead_letter=prediction.dead_letter)
    preds, golds = prediction.entities, excerpt.entities
    for scope, precision, recall in (
        (None, totals.all_precision, totals.all_recall),
        (PERSON_ORG, totals.person_org_precision, totals.person_org_recall),
    ):
        scoped_preds = [p for p in preds if scope is None or p.type in scope]
        scoped_golds = [g for g in golds if scope is None or g.type in scope]
        right_preds = [p for p in scoped_preds if any(_matches(p, g) for g in scoped_golds)]
        found_golds = [g for g in scoped_golds if any(_matches(p, g) for p in scoped_preds)]
        precision.add(len(right_preds), len(scoped_preds))
        recall.add(len(found_golds), len(scoped_golds))
        if scope is None:
            score.false_entities = [p for p in scoped_preds if p not in right_preds]
            score.missed_entities = [g for g in scoped_golds if g not in found_golds]

    by_id = {p.id: p for p in preds}
    gold_by_name = {g.name: g for g in golds}

    def gold_names_of(pid: str, name: str) -> set[str]:
        pred = by_id.get(pid) or PredictedEntity(pid, "", name, frozenset({fold_form(name)}))
        return {g.name for g in golds if _matches(pred, gold_by_name[g.name])}

    def pair_matches(event: PredictedEvent, contact: GoldContact) -> bool:
        first = gold_names_of(event.ids[0], event.names[0])
        second = gold_names_of(event.ids[1], event.names[1])
        return (contact.a in first and contact.b in second) or (
            contact.b in first and contact.a in second
        )

    for contact in excerpt.contacts:
        found = any(pair_matches(e, contact) for e in prediction.events)
        ratio = totals.historical_pair_recall if contact.historical else totals.current_pair_recall
        ratio.add(int(found), 1)
        if not found:
            score.missed_contacts.append(contact)

    current: dict[frozenset[str], PredictedEvent] = {}
    for event in prediction.events:
        if not event.historical:
            current.setdefault(frozenset(event.ids), event)
    current_gold = [c for c in excerpt.contacts if not c.historical]
    for event in current.values():
        right = any(pair_matches(event, c) for c in current_gold)
        totals.current_event_precision.add(int(right), 1)
        if not right:
            score.wrong_events.append(event)
    return score


@dataclass
class Report:
    per_lang: dict[str, Totals]
    scores: list[ExcerptScore]
    notes: list[str] = field(default_factory=list)

    @property
    def overall(self) -> Totals:
        total = Totals()
        for lang_totals in self.per_lang.values():
            total.add(lang_totals)
        return total

    def as_json(self) -> dict[str, Any]:
        return {
            "notes": self.notes,
            "languages": {lang: t.as_json() for lang, t in self.per_lang.items()},
            "overall": self.overall.as_json(),
        }

    def lines(self, errors: bool = False) -> Iterator[str]:
        yield from self.notes
        sections = [*self.per_lang.items()]
        if len(self.per_lang) > 1:
            sections.append(("overall", self.overall))
        for label, totals in sections:
            yield f"== {label}: {totals.excerpts} excerpts ({totals.dead_letters} dead-lettered)"
            yield f"  entities PERSON+ORG   precision {totals.person_org_precision}"
            yield f"                        recall    {totals.person_org_recall}"
            yield f"  entities all types    precision {totals.all_precision}"
            yield f"                        recall    {totals.all_recall}"
            yield f"  contact pairs recall  current    {totals.current_pair_recall}"
            yield f"                        historical {totals.historical_pair_recall}"
            yield f"  current-event precision          {totals.current_event_precision}"
        if errors:
            yield "== errors (misses and false positives per excerpt)"
            for score in self.scores:
                yield from score.error_lines()


def evaluate(
    sets: Mapping[str, Sequence[Excerpt]],
    predict: Callable[[Excerpt, int], Prediction],
    notes: Sequence[str] = (),
) -> Report:
    """Score every excerpt; ``predict(excerpt, offset)`` gives its :class:`Prediction`
    (:meth:`StageOne.predict` for the real pipeline)."""
    per_lang: dict[str, Totals] = {}
    scores: list[ExcerptScore] = []
    offset = 0
    for lang, excerpts in sets.items():
        lang_totals = per_lang.setdefault(lang, Totals())
        for excerpt in excerpts:
            score = score_excerpt(excerpt, predict(excerpt, offset))
            offset += 1
            lang_totals.add(score.totals)
            scores.append(score)
    return Report(per_lang, scores, list(notes))
