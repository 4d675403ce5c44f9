"""Arabic forms of the KB's organisations that copy writes and no alias holds.

Derived for every entry at once, from its aliases and terms, rather than one alias at a
time (issue #12, orgar: on the dev part the Arabic organisation misses were half KB
entries named by another form):

* from every alias "وزارة ال<X> <nationality>" (وزارة الخارجية التركية): the field
  with its adjective, وزارة dropped (الخارجية التركية, الدفاع الليبية; not a
  feminine field outside ``bare_fields``: التجارة التركية is Turkish trade); the
  construct with the country's name (one-word fields: وزارة خارجية تركيا), without
  the head for the ``bare_fields`` alone (خارجية تركيا; اقتصاد تركيا is the economy);
* from every alias "وزارة ال<X> بحكومة <Y>": the construct with the government
  (وزارة داخلية حكومة الوحدة الوطنية; داخلية الوحدة الوطنية for ``bare_fields``);
* the same head drop for the heads of ``other_heads`` (وكالة الأنباء الليبية ->
  الأنباء الليبية);
* "حكومة <prime minister>" for every KB person who headed a government the KB holds
  (``government_forms``: حكومة فتحي باشاغا -> the GNS).

A derived form another entity's alias already holds, or that two entities would
derive, is left out: a form must name one entity, as aliases do. The data is
``lexicons/entities/ministry_forms.yaml``; a form without وزارة right after a
minister's title (وزيرة خارجية ليبيا) is the title's, and the detector drops it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from functools import cache
from pathlib import Path
from typing import Any

from schemas import EntityType
from wirewatch.core.entities.kb import KBEntity, alias_key
from wirewatch.core.entities.lexicon import BareInstitution, Lexicons
from wirewatch.core.textfold import fold_char_string, lower
from wirewatch.core.yamlload import safe_load

DEFAULT_PATH = (
    Path(__file__).resolve().parents[2] / "data" / "lexicons" / "entities" / "ministry_forms.yaml"
)

#: the ministry's head noun (folded), which copy drops or puts in construct
_HEAD = "وزاره"
#: "in the government (of)", glued (وزارة الداخلية بحكومة الوحدة الوطنية, وزارة
#: الخارجية بالحكومة الليبية)
_OF_GOVERNMENT = ("بحكومه", "بالحكومه")
#: the definite article a field's noun loses in construct (الخارجية -> خارجية)
_ARTICLE = "ال"


def ministry_forms(
    entities: list[KBEntity], lex: Lexicons, bare: frozenset[str]
) -> Iterator[tuple[str, int]]:
    """(folded key, entity index) of each derived form naming one entity only.
    ``bare``: the folded fields written without the head in construct (الخارجيه)."""
    nationality = {
        key: nat.country for key, (lang, nat) in lex.nationalities.items() if lang == "ar"
    }
    country_names = _country_names(entities)
    others = other_heads()
    listed = _alias_keys(entities, "ar")
    governments = _government_aliases(entities)
    adjectives: dict[str, list[str]] = {}
    for adjective, country in nationality.items():
        adjectives.setdefault(country, []).append(adjective)
    owners: dict[str, set[int]] = {}
    for idx, ent in enumerate(entities):
        if ent.type is not EntityType.ORG:
            continue
        for lang, alias in (*ent.aliases.items(), *ent.local.items()):
            if lang != "ar":
                continue
            key = alias_key(alias)
            for form in derived(key, nationality, country_names, bare, others):
                owners.setdefault(form, set()).add(idx)
            for form in with_country_adjective(key, adjectives.get(ent.country or "", ())):
                owners.setdefault(form, set()).add(idx)
            for form in of_government(key, governments):
                owners.setdefault(form, set()).add(idx)
                for more in derived(form, nationality, country_names, bare, others):
                    owners.setdefault(more, set()).add(idx)
    for form, idxs in owners.items():
        if len(idxs) == 1 and form not in listed:
            yield form, next(iter(idxs))


def derived(
    key: str,
    nationality: Mapping[str, str],
    country_names: Mapping[str, Iterable[str]],
    bare_fields: frozenset[str],
    other_heads: Mapping[str, frozenset[str]] | None = None,
) -> list[str]:
    """The forms derived from one folded Arabic alias (none for most aliases).
    ``other_heads``: folded heads other than وزارة that copy drops before the listed
    fields when the nationality adjective follows (وكالة الأنباء الليبية -> الأنباء
    الليبية)."""
    tokens = key.split()
    if len(tokens) == 3 and other_heads and tokens[1] in other_heads.get(tokens[0], ()):
        last = tokens[2]
        if last.startswith(_ARTICLE) and last[len(_ARTICLE) :] in nationality:
            return [f"{tokens[1]} {last}"]
        return []
    if len(tokens) < 3 or tokens[0] != _HEAD or not tokens[1].startswith(_ARTICLE):
        return []
    field = tokens[1:-1]
    last = tokens[-1]
    out: list[str] = []
    country = nationality.get(last[len(_ARTICLE) :]) if last.startswith(_ARTICLE) else None
    if country is not None:
        # the adjective agrees with وزارة: after a masculine field (الدفاع التركية,
        # العدل الليبية) or a pair (النفط والغاز الليبية) it can only be the ministry's;
        # after a feminine one it may be the field's own (التجارة التركية, Turkish
        # trade), so only the fields that name nothing else (الخارجية) are derived
        if len(field) > 1 or not field[0].endswith("ه") or field[0] in bare_fields:
            out.append(" ".join((*field, last)))  # الخارجيه التركيه
        if len(field) == 1:
            bare = field[0][len(_ARTICLE) :]
            for name in country_names.get(country, ()):
                out.append(f"{_HEAD} {bare} {name}")  # وزاره خارجيه تركيا
                if field[0] in bare_fields:
                    out.append(f"{bare} {name}")  # خارجيه تركيا
    if len(tokens) >= 4 and tokens[2] in _OF_GOVERNMENT:
        bare = tokens[1][len(_ARTICLE) :]
        government = " ".join(tokens[3:])
        if tokens[2] == _OF_GOVERNMENT[0]:  # بحكومه الوحده الوطنيه
            forms = [f"{bare} حكومه {government}", f"{bare} {government}"]
        else:  # بالحكومه الليبيه
            forms = [f"{bare} الحكومه {government}"]
        out.extend(f"{_HEAD} {form}" for form in forms)  # وزاره داخليه حكومه …
        if tokens[1] in bare_fields:
            out.extend(forms)  # داخليه الوحده الوطنيه
    return [form for form in out if len(form.split()) >= 2]


#: "national" after a body's head noun (المؤسسة الوطنية, المجلس الوطني), folded
_NATIONAL = ("الوطني", "الوطنيه")
#: the plural endings of a nationality (الليبيين, الليبيون): no adjective of a body
_PLURAL = ("ين", "ون")


def with_country_adjective(key: str, adjectives: Iterable[str]) -> list[str]:
    """The forms of a body's alias "ال<head> الوطنية <…>" (folded ``key``) with
    its country's adjective for "national", agreeing with the head: Egyptian, Gulf
    and wire copy writes المؤسسة الليبية للنفط for المؤسسة الوطنية للنفط, المفوضية
    الليبية العليا للانتخابات for the national one. Only when "national" is the
    head's own adjective (the second word, after a definite head: not حكومة الوحدة
    الوطنية, "national unity") and the alias has no country adjective already (not
    الجيش الوطني الليبي). ``adjectives``: the folded adjectives of the entry's
    country, without the article (ليبي, ليبيه)."""
    tokens = key.split()
    if len(tokens) < 3 or not tokens[0].startswith(_ARTICLE) or tokens[1] not in _NATIONAL:
        return []
    adjectives = list(adjectives)
    if any(t[len(_ARTICLE) :] in adjectives for t in tokens[2:] if t.startswith(_ARTICLE)):
        return []
    feminine = tokens[1].endswith("ه")
    return [
        " ".join((tokens[0], _ARTICLE + adjective, *tokens[2:]))
        for adjective in adjectives
        if adjective.endswith("ه") == feminine and not adjective.endswith(_PLURAL)
    ]


#: "of", "in" and "belonging to" between a ministry's field and its government:
#: وزارة الداخلية بحكومة …, في حكومة …, التابعة لحكومة … (ل fused with ال as لل)
_GOVERNMENT_LINKS = (("ب", "بال"), ("في ", "في ال"), ("التابعه ل", "التابعه لل"))
_GOVERNMENT = "حكومه"


def of_government(key: str, governments: Mapping[str, frozenset[str]]) -> list[str]:
    """The forms of a ministry alias "وزارة ال<X> بحكومة <Y>" (folded ``key``) with
    its government named by any of that government's aliases, each linked as copy
    links it: وزارة الداخلية بحكومة الدبيبة, وزارة الدفاع في حكومة الوحدة الوطنية,
    وزارة الخارجية التابعة للحكومة المكلفة من مجلس النواب. ``governments``: folded
    government alias -> every folded alias of the same government (see
    :func:`_government_aliases`). None when the alias names no government the KB
    holds."""
    tokens = key.split()
    at = next((i for i, t in enumerate(tokens) if t in _OF_GOVERNMENT), 0)
    if at < 2 or tokens[0] != _HEAD or at == len(tokens) - 1:
        return []
    bare_article = tokens[at] == _OF_GOVERNMENT[1]  # بالحكومه
    named = ("ال" if bare_article else "") + _GOVERNMENT + " " + " ".join(tokens[at + 1 :])
    field = " ".join(tokens[:at])
    out = []
    for alias in governments.get(named, ()):
        definite = alias.startswith(_ARTICLE)
        rest = alias[len(_ARTICLE) :] if definite else alias
        for plain, with_article in _GOVERNMENT_LINKS:
            link = with_article if definite else plain
            out.append(f"{field} {link}{rest}")
    return [form for form in out if form != key]


def _government_aliases(entities: list[KBEntity]) -> dict[str, frozenset[str]]:
    """Folded Arabic alias of a government the KB holds ("حكومة …", "الحكومة …") ->
    every such alias of that government, with the "حكومة <prime minister>" forms of
    :func:`government_forms`. An alias two entities hold is left out."""
    by_alias: dict[str, set[int]] = {}
    for idx, ent in enumerate(entities):
        if ent.type is not EntityType.ORG:
            continue
        for lang, alias in (*ent.aliases.items(), *ent.local.items()):
            key = alias_key(alias)
            if lang == "ar" and key.split(" ", 1)[0] in (_GOVERNMENT, _ARTICLE + _GOVERNMENT):
                by_alias.setdefault(key, set()).add(idx)
    for key, idx in government_forms(entities):
        by_alias.setdefault(key, set()).add(idx)
    of: dict[int, set[str]] = {}
    for key, idxs in by_alias.items():
        if len(idxs) == 1:
            of.setdefault(next(iter(idxs)), set()).add(key)
    return {key: frozenset(keys) for keys in of.values() for key in keys}


def _country_names(entities: list[KBEntity]) -> dict[str, list[str]]:
    """Country code -> the folded one-word Arabic names of that country (تركيا, ليبيا)."""
    out: dict[str, list[str]] = {}
    for ent in entities:
        if ent.type is EntityType.GPE and ent.country and ent.id == f"gpe:{ent.country}":
            names = [alias_key(a) for lang, a in ent.aliases.items() if lang == "ar"]
            out[ent.country] = [n for n in dict.fromkeys(names) if " " not in n]
    return out


@cache
def _data() -> Mapping[str, Any]:
    with DEFAULT_PATH.open(encoding="utf-8") as handle:
        data: Mapping[str, Any] = safe_load(handle)
    return data


def _words(key: str) -> frozenset[str]:
    return frozenset(fold_char_string(w) for w in _data().get(key, {}).get("ar", ()))


def bare_fields() -> frozenset[str]:
    """Folded ministry fields written without وزارة in construct (الخارجيه)."""
    return _words("bare_fields")


def other_heads() -> dict[str, frozenset[str]]:
    """Folded head -> the folded fields it is dropped before (وكاله -> الانباء)."""
    return {
        fold_char_string(head): frozenset(fold_char_string(f) for f in fields)
        for head, fields in (_data().get("other_heads") or {}).get("ar", {}).items()
    }


def not_after() -> dict[str, frozenset[str]]:
    """Folded KB form -> the folded words right after which it is a title's tail, no
    mention of its entity (``not_after``: أركان الجيش الليبي)."""
    return {
        alias_key(form): frozenset(fold_char_string(w) for w in words)
        for form, words in (_data().get("not_after") or {}).get("ar", {}).items()
    }


def ministry_titles() -> frozenset[str]:
    """Folded words of a minister's title, before which a ministry's field is the
    title's (وزيرة خارجية ليبيا)."""
    return _words("ministry_titles")


#: the office whose holder's name, in construct after حكومة, names his government
_PREMIER = "prime minister"
_GOVERNMENT_WORD = "government"


def government_forms(entities: list[KBEntity]) -> Iterator[tuple[str, int]]:
    """(folded key, government index): "حكومة <prime minister>" for every KB person
    who headed a government the KB holds (حكومة فايز السراج, حكومة السراج -> the GNA;
    حكومة أسامة حماد -> the GNS). The government is the ORG whose name or English
    alias is the term's qualifier ("prime minister (GNA)") and names a government; a
    form two governments would share, or that the KB lists, is left out."""
    by_label: dict[str, int] = {}
    for idx, ent in enumerate(entities):
        if ent.type is not EntityType.ORG:
            continue
        labels = [ent.name, *ent.aliases.en]
        if not any(_GOVERNMENT_WORD in lower(label) for label in labels):
            continue
        for label in labels:
            by_label.setdefault(lower(label), idx)
    listed: set[str] = set()
    for ent in entities:
        for group in (ent.aliases, ent.local, ent.weak):
            listed.update(alias_key(a) for lang, a in group.items() if lang == "ar")
    owners: dict[str, set[int]] = {}
    for ent in entities:
        if ent.type is not EntityType.PERSON:
            continue
        governments = set()
        for term in ent.terms:
            role = lower(term.role)
            if role.startswith(_PREMIER + " (") and role.endswith(")"):
                government = by_label.get(role[len(_PREMIER) + 2 : -1])
                if government is not None:
                    governments.add(government)
        for government in governments:
            for alias in ent.aliases.ar:
                owners.setdefault(alias_key(f"حكومة {alias}"), set()).add(government)
    for form, idxs in owners.items():
        if len(idxs) == 1 and form not in listed:
            yield form, next(iter(idxs))


def bare_forms(
    entities: list[KBEntity], lex: Lexicons, min_tokens: int = 2
) -> list[BareInstitution]:
    """The KB's Arabic organisation aliases without their nationality adjective, as
    bare institution names (``bare_institutions.py``): "ديوان المحاسبة الليبي" ->
    ديوان المحاسبة, "الخطوط الجوية التركية" / "الخطوط الجوية الليبية" -> الخطوط
    الجوية (Turkish Airlines or Libyan Airlines, as the article's cues decide). A
    form of ``min_tokens`` words or more (a lone head, الجيش, الخطوط, reads as a
    common word too), that no alias holds and the hand-written list
    (``institutions.yaml``) lacks, nor ``not_bare`` lists; a country two entries of
    which would give the same form is left out of it."""
    nationality = {
        key: nat.country for key, (lang, nat) in lex.nationalities.items() if lang == "ar"
    }
    listed = _alias_keys(entities)
    for item in lex.bare_institutions.get("ar", ()):
        listed.update(item.forms)
    listed |= _words("not_bare")
    by_form: dict[str, dict[str, set[str]]] = {}
    tails: dict[str, set[str]] = {}  # form -> the adjectives it was cut from
    for ent in entities:
        if ent.type is not EntityType.ORG:
            continue
        for lang, alias in (*ent.aliases.items(), *ent.local.items()):
            if lang != "ar":
                continue
            tokens = alias_key(alias).split()
            last = tokens[-1]
            if len(tokens) <= min_tokens or not last.startswith(_ARTICLE):
                continue
            country = nationality.get(last[len(_ARTICLE) :])
            if country is None or country != ent.country:
                continue  # المونيتور الأمريكي: an outlet of the US is no US body
            before = tokens[-2]
            if before.startswith("بال") or before[len(_ARTICLE) :] in nationality:
                # وزارة الاستثمار بالحكومة الليبية, مجلس الأعمال الليبي التركي: the
                # adjective is another noun's, the rest no name of this body
                continue
            form = " ".join(tokens[:-1])
            if form not in listed:
                by_form.setdefault(form, {}).setdefault(country, set()).add(ent.id)
                tails.setdefault(form, set()).add(last)
    out = []
    for form, countries in sorted(by_form.items()):
        one = {c: next(iter(ids)) for c, ids in countries.items() if len(ids) == 1}
        if one:
            cut = frozenset(tails[form])
            out.append(BareInstitution(frozenset({form}), frozenset(), one, frozenset(), cut))
    return out


# -- Turkish ------------------------------------------------------------------------------


def turkish_ministry_forms(entities: list[KBEntity]) -> Iterator[tuple[str, int, bool]]:
    """(display form, entity index, whether the form is bare: no country word) of the
    Turkish forms copy writes for the KB's
    ministries of the countries ``country_words`` lists, and no alias holds:

    * the ministry's field cut to its first word ("Enerji ve Tabii Kaynaklar
      Bakanlığı" -> "Enerji Bakanlığı") or without a dropped word ("Milli Savunma
      Bakanlığı" -> "Savunma Bakanlığı"), after each of its country's words ("Türk
      Savunma Bakanlığı", "Türkiye Enerji Bakanlığı", "Libya Petrol Bakanlığı");
    * the cut field alone where the KB holds the ministry's full name alone as a
      ``local`` alias (Turkish text's own ministry: "Enerji Bakanlığı"), a local
      form as that alias is (after another country's name it is that country's:
      foreign_local.py); a field with a dropped word stays prefixed ("Savunma
      Bakanlığı" alone is any country's).

    On the tr dev part and probes, "Türk Savunma Bakanlığı" was a pattern
    organisation of its own instead of the ministry. A form two entities would
    derive, or another entity's alias holds, is left out (as ``ministry_forms``)."""
    data = _data()
    countries = {
        code: [str(w) for w in words]
        for code, words in ((data.get("country_words") or {}).get("tr") or {}).items()
    }
    heads = frozenset(lower(h) for h in (data.get("ministry_heads") or {}).get("tr", ()))
    dropped = frozenset(lower(w) for w in (data.get("field_words_dropped") or {}).get("tr", ()))
    if not countries or not heads:
        return
    listed = _alias_keys(entities)
    owners: dict[str, set[int]] = {}
    shown: dict[str, str] = {}
    bare: set[str] = set()
    for idx, ent in enumerate(entities):
        words = countries.get(ent.country or "")
        if ent.type is not EntityType.ORG or not words:
            continue
        local = {alias for lang, alias in ent.local.items() if lang == "tr"}
        for alias in (*(a for lang, a in ent.aliases.items() if lang == "tr"), *local):
            core = _without_country(alias, words)
            for field, alone in _cut_fields(core, heads, dropped):
                forms = [f"{word} {field}" for word in words]
                if alone and alias in local:
                    forms.append(field)
                    bare.add(alias_key(field))
                for form in forms:
                    key = alias_key(form)
                    owners.setdefault(key, set()).add(idx)
                    shown.setdefault(key, form)
    for key, idxs in owners.items():
        if len(idxs) == 1 and key not in listed:
            yield shown[key], next(iter(idxs)), key in bare


def turkish_compound_forms(entities: list[KBEntity]) -> Iterator[tuple[str, int]]:
    """(display form, entity index) of the Turkish compound of a KB body's name that a
    title after it makes ("Kayseri Büyükşehir Belediyesi" -> "Kayseri Büyükşehir
    Belediye", in "Kayseri Büyükşehir Belediye Başkanı X"): the name's last word, a
    ``compound_heads`` possessive, replaced by its bare stem. Session 21 (freshtr): the
    mayor's title left the municipality unfound and its city a false place, on the fresh
    Turkish excerpts' dev part. A form an alias already holds, or that two entities
    would derive, is left out."""
    heads = {
        lower(k): str(v) for k, v in ((_data().get("compound_heads") or {}).get("tr") or {}).items()
    }
    if not heads:
        return
    listed = _alias_keys(entities)
    owners: dict[str, set[int]] = {}
    shown: dict[str, str] = {}
    for idx, ent in enumerate(entities):
        if ent.type is not EntityType.ORG:
            continue
        for lang, alias in ent.aliases.items():
            words = alias.split()
            stem = heads.get(lower(words[-1])) if lang == "tr" and len(words) > 1 else None
            if stem is None:
                continue
            form = " ".join((*words[:-1], stem))
            key = alias_key(form)
            if key in listed:  # an alias already ("Misurata Belediye"), or another's
                continue
            owners.setdefault(key, set()).add(idx)
            shown.setdefault(key, form)
    for key, idxs in owners.items():
        if len(idxs) == 1:
            yield shown[key], next(iter(idxs))


def _alias_keys(entities: list[KBEntity], lang: str | None = None) -> set[str]:
    """The keys of every alias the KB lists (aliases, local, weak and surnames), of one
    language or of all: a derived form one of them already holds is left out."""
    return {
        alias_key(alias)
        for ent in entities
        for group in (ent.aliases, ent.local, ent.weak, ent.surnames)
        for alias_lang, alias in group.items()
        if lang is None or alias_lang == lang
    }


def _without_country(alias: str, words: list[str]) -> str:
    """``alias`` without a leading country word ("Türkiye Ticaret Bakanlığı" ->
    "Ticaret Bakanlığı"), the longest first."""
    for word in sorted(words, key=len, reverse=True):
        if alias.startswith(word + " "):
            return alias[len(word) + 1 :]
    return alias


def _cut_fields(
    core: str, heads: frozenset[str], dropped: frozenset[str]
) -> list[tuple[str, bool]]:
    """The shortened names of a ministry ``core`` ("Enerji ve Tabii Kaynaklar
    Bakanlığı"), each with whether it may stand without a country word: its field
    cut at "ve" or a comma to the first word (may), its dropped first word left out
    (may not: "Savunma Bakanlığı")."""
    tokens = core.split()
    if len(tokens) < 2 or lower(tokens[-1]) not in heads:
        return []
    head = tokens[-1]
    field = tokens[:-1]
    out: list[tuple[str, bool]] = [(core, False)]
    if lower(field[0]) in dropped and len(field) > 1:
        field = field[1:]
        out.append((" ".join((*field, head)), False))
    first = field[0].rstrip(",")
    if len(field) > 1 and (field[0].endswith(",") or lower(field[1]) == "ve"):
        out.append((f"{first} {head}", out[-1][1] or len(out) == 1))
    return out


def bare_turkish_aliases(entities: list[KBEntity]) -> Iterator[tuple[str, str]]:
    """(entity id, folded alias) of the Turkish names of the ministries of the
    countries ``country_words`` lists that carry no word of their country ("Milli
    Savunma Bakanlığı", "Milli Eğitim Bakanlığı" of Türkiye): a ministry named by its
    field alone, which Turkish copy also writes after another country's name for that
    country's ("Libya Milli Savunma Bakanlığı"), as it does ``local`` aliases
    (foreign_local.py checks them alike). Only names ending in a ministry head
    (``ministry_heads``): an embassy, a command or a company named after a place
    ("Trablus Büyükelçiliği" after "Libya") is still the KB's. Issue #12 (varrank
    probes): "Libya Milli Savunma Bakanlığı heyeti" linked Türkiye's."""
    data = _data()
    countries = {
        code: tuple(str(w) for w in words)
        for code, words in ((data.get("country_words") or {}).get("tr") or {}).items()
    }
    heads = tuple(" " + lower(h) for h in (data.get("ministry_heads") or {}).get("tr", ()))
    for ent in entities:
        words = countries.get(ent.country or "")
        if ent.type is not EntityType.ORG or not words or not heads:
            continue
        for lang, alias in ent.aliases.items():
            if lang == "tr" and lower(alias).endswith(heads) and not alias.startswith(words):
                yield ent.id, alias_key(alias)
