#!/usr/bin/env python3
"""Check real-text dev-set files (wirewatch/data/eval/real/<lang>.jsonl) against the format rules.

Usage: scripts/check_real_devset.py [FILE ...]   (default: every *.jsonl in the real/ folder)
Prints one line per problem and a per-file summary; exits 1 when any problem is found.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

# The format's vocabulary is the evaluation's own: one definition for both.
from wirewatch.eval.real import _REQUIRED as REQUIRED_KEYS
from wirewatch.eval.real import CLASSES, CONTACT_KINDS, ENTITY_TYPES, MAX_CHARS, MAX_SENTENCES

REAL_DIR = Path(__file__).resolve().parent.parent / "wirewatch" / "data" / "eval" / "real"

MAX_EXCERPTS_PER_PAGE = 4
CONTACT_SIDES = frozenset({"TR", "LY"})
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?(\.\d+)?(Z|[+-]\d{2}:?\d{2})?)?$")
COUNTRY_CODE = re.compile(r"^[A-Z]{2}$")
# Candidate sentence ends: . ! ? … or the Arabic question mark, with any closing quotes or
# brackets, followed by whitespace or the end of the text. A line break also ends a sentence
# (headlines and captions carry no full stop).
SENTENCE_END = re.compile(r"[.!?؟…]+[\"'”’»)\]]*(?=\s|$)")
NEXT_CHAR = re.compile(r"\s*(\S)")
WORD_BEFORE = re.compile(r"([\w.]+)$")
# Abbreviations and initials whose full stop does not end a sentence ("Gen.", "H.E. Mr.",
# "Feb. 21", Turkish "Org." for Orgeneral).
ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "gen",
        "lt",
        "col",
        "brig",
        "maj",
        "capt",
        "cmdr",
        "adm",
        "sgt",
        "gov",
        "sen",
        "rep",
        "st",
        "no",
        "jr",
        "sr",
        "org",
        "korg",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "h.e",
        "u.s",
        "u.n",
        "vs",
        "etc",
        "co",
        "corp",
        "inc",
        "ltd",
    ]
)


def _ends_sentence(text: str, match: re.Match[str]) -> bool:
    word = WORD_BEFORE.search(text, 0, match.start())
    if match.group().startswith(".") and word:
        token = word.group(1).lower().strip(".")
        if len(token) == 1 or token in ABBREVIATIONS:
            return False
    following = NEXT_CHAR.match(text, match.end())
    # A lower-case Latin letter after the stop continues the sentence (a quotation ending in
    # a full stop, as in Turkish '." dedi'); scripts without case (Arabic) always start anew.
    return not (following and following.group(1).islower())


def count_sentences(text: str) -> int:
    count = 0
    # A line ending in a comma or colon is a hard wrap inside a sentence, not a break.
    for line in re.split(r"(?<![,،;:])\n", text):
        if not re.search(r"\w", line):
            continue
        ends = [m for m in SENTENCE_END.finditer(line) if _ends_sentence(line, m)]
        tail = line[ends[-1].end() :] if ends else line
        count += len(ends) + (1 if re.search(r"\w", tail) else 0)
    return count


def outlet_of(url: str) -> str:
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.")


def check_entities(record: dict, where: str) -> tuple[list[str], dict[str, dict]]:
    problems: list[str] = []
    by_name: dict[str, dict] = {}
    text = record["text"]
    for entity in record["entities"]:
        name = entity.get("name")
        if not isinstance(name, str) or not name.strip():
            problems.append(f"{where}: entity without a name: {entity}")
            continue
        if name in by_name:
            problems.append(f"{where}: entity {name!r} listed twice")
        by_name[name] = entity
        if entity.get("type") not in ENTITY_TYPES:
            problems.append(f"{where}: entity {name!r} has type {entity.get('type')!r}")
        country = entity.get("country")
        if country is not None and not (isinstance(country, str) and COUNTRY_CODE.match(country)):
            problems.append(f"{where}: entity {name!r} has country {country!r}")
        surfaces = entity.get("surface")
        if not isinstance(surfaces, list) or not surfaces:
            problems.append(f"{where}: entity {name!r} has no surface strings")
            continue
        for surface in surfaces:
            if not isinstance(surface, str) or not surface or surface not in text:
                problems.append(f"{where}: surface {surface!r} of {name!r} is not in the text")
    return problems, by_name


def check_contacts(record: dict, by_name: dict[str, dict], where: str) -> list[str]:
    problems: list[str] = []
    for contact in record["contacts"]:
        sides = (contact.get("a"), contact.get("b"))
        missing = [side for side in sides if side not in by_name]
        if missing:
            problems.append(f"{where}: contact names {missing} that are not entities")
            continue
        not_actors = [side for side in sides if by_name[side].get("type") not in ("PERSON", "ORG")]
        if not_actors:
            problems.append(f"{where}: contact side {not_actors} is not a person or organisation")
        countries = {by_name[side].get("country") for side in sides}
        if countries != CONTACT_SIDES:
            problems.append(f"{where}: contact {sides} is not between a TR and a LY actor")
        if contact.get("kind") not in CONTACT_KINDS:
            problems.append(f"{where}: contact {sides} has kind {contact.get('kind')!r}")
        if not isinstance(contact.get("historical"), bool):
            problems.append(f"{where}: contact {sides} has no boolean 'historical'")
    return problems


def check_classes(record: dict, where: str) -> list[str]:
    classes = record.get("classes", [])
    if not isinstance(classes, list):
        return [f"{where}: classes is not a list"]
    problems = [f"{where}: unknown class {name!r}" for name in classes if name not in CLASSES]
    has_contact = bool(record["contacts"])
    if ("negative" in classes) == has_contact:
        problems.append(f"{where}: 'negative' must be tagged exactly when there is no contact")
    if "recap" in classes and not any(c.get("historical") for c in record["contacts"]):
        problems.append(f"{where}: 'recap' without a historical contact")
    return problems


def check_record(record: dict, lang: str, where: str) -> list[str]:
    missing = [key for key in REQUIRED_KEYS if key not in record]
    if missing:
        return [f"{where}: missing keys {missing}"]
    problems: list[str] = []
    if record["lang"] != lang:
        problems.append(f"{where}: lang {record['lang']!r} in the {lang} file")
    if not str(record["id"]).startswith(f"{lang}-"):
        problems.append(f"{where}: id {record['id']!r} does not start with {lang}-")
    url = record["url"]
    if not isinstance(url, str) or urlsplit(url).scheme not in ("http", "https"):
        problems.append(f"{where}: url {url!r} is not an http(s) address")
    elif record["outlet"] != outlet_of(url):
        problems.append(f"{where}: outlet {record['outlet']!r} is not the url's host")
    published = record["published_at"]
    if published is not None and not (isinstance(published, str) and DATE.match(published)):
        problems.append(f"{where}: published_at {published!r} is not YYYY-MM-DD or ISO time")
    text = record["text"]
    if not isinstance(text, str) or not text.strip():
        return [*problems, f"{where}: empty text"]
    if len(text) > MAX_CHARS:
        problems.append(f"{where}: text has {len(text)} characters (max {MAX_CHARS})")
    if count_sentences(text) > MAX_SENTENCES:
        problems.append(f"{where}: text has {count_sentences(text)} sentences")
    entity_problems, by_name = check_entities(record, where)
    problems += entity_problems
    problems += check_contacts(record, by_name, where)
    problems += check_classes(record, where)
    return problems


def check_file(path: Path) -> tuple[list[str], int]:
    """Problems found in one dev-set file, and the number of records read."""
    lang = path.stem
    problems: list[str] = []
    ids: Counter[str] = Counter()
    pages: Counter[str] = Counter()
    records = 0
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        where = f"{path.name}:{number}"
        if not line.strip():
            problems.append(f"{where}: blank line")
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            problems.append(f"{where}: not JSON ({error})")
            continue
        if not isinstance(record, dict):
            problems.append(f"{where}: not a JSON object")
            continue
        records += 1
        ids[str(record.get("id"))] += 1
        pages[str(record.get("url"))] += 1
        problems += check_record(record, lang, where)
    problems += [f"{path.name}: id {key!r} used {n} times" for key, n in ids.items() if n > 1]
    problems += [
        f"{path.name}: {n} excerpts from one page {url}"
        for url, n in pages.items()
        if n > MAX_EXCERPTS_PER_PAGE
    ]
    return problems, records


def main(argv: list[str]) -> int:
    paths = [Path(arg) for arg in argv] or sorted(REAL_DIR.glob("*.jsonl"))
    if not paths:
        print(f"no dev-set files in {REAL_DIR}")
        return 1
    failed = False
    for path in paths:
        problems, records = check_file(path)
        for problem in problems:
            print(problem)
        print(f"{path.name}: {records} records, {len(problems)} problems")
        failed = failed or bool(problems)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
