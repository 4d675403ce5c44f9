"""Names learned from the stream: kept with their evidence, guarded against junk,
linked in later articles that name the person without the title."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from schemas import EnrichedArticle, Entity, EntityType, Mention
from wirewatch.core.entities import EntityDetector
from wirewatch.core.entities.learned import CLOCK_KEY, LearnedNames, NameGuard, stored_entries
from wirewatch.core.offline import OfflineRunner
from wirewatch.core.pipeline import Pipeline
from wirewatch.io.inputs import InputRecord
from wirewatch.io.state import StateDir
from wirewatch.settings import Settings

WHEN = datetime(2024, 1, 1, tzinfo=UTC)


@pytest.fixture(scope="module")
def guard() -> NameGuard:
    detector = EntityDetector.default()
    return NameGuard.from_kb(detector.kb, detector.lex)


def _found(name: str, slug: str, country: str = "LY", role: str = "deputy prime minister"):
    return Entity(
        id=f"person:pattern:{slug}",
        type=EntityType.PERSON,
        name=name,
        country=country,
        role=role,
        found_by="pattern",
        mentions=(Mention(text=name, start=0, end=len(name)),),
    )


# -- the guard ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    ["Nasser Belkheir Obeidi", "Kemal Yurtsever", "ناصر بلخير العبيدي", "Salem al-Zwai"],
)
def test_name_shaped_unknown_names_may_be_learned(guard: NameGuard, name: str) -> None:
    assert guard.tokens(name) is not None


@pytest.mark.parametrize(
    "name",
    [
        "Obeidi",  # one token
        "Hakan Fidan",  # a KB alias
        "Khalifa Haftar",
        "ووزير الخارجية",  # a role phrase taken for a name (a proclitic on it)
        "nasser obeidi",  # Latin script, not capitalised
        "Said Saleh",  # all common words
        "General Command",  # a rank in it
        "Turkish Embassy",  # a nationality in it
    ],
)
def test_junk_is_not_learned(guard: NameGuard, name: str) -> None:
    assert guard.tokens(name) is None


# -- evidence and linking -------------------------------------------------------------------


def test_a_name_links_only_after_two_distinct_articles(guard: NameGuard) -> None:
    store: dict = {}
    names = LearnedNames(store, guard)
    person = _found("Nasser Belkheir Obeidi", "nasser-belkheir-obeidi")
    text = "Later, Nasser Belkheir Obeidi met Turkish officials."
    assert names.observe("a1", WHEN, "en", [person]) == ["nasser-belkheir-obeidi"]
    assert names.link(text, []) == []  # one article is not evidence enough
    assert names.observe("a1", WHEN, "en", [person]) == []  # a redelivery counts once
    assert store["nasser-belkheir-obeidi"]["n"] == 1
    names.observe("a2", datetime(2024, 1, 3, tzinfo=UTC), "en", [person.model_dump(mode="json")])
    entry = store["nasser-belkheir-obeidi"]
    assert (entry["n"], entry["first_article"], entry["recent"]) == (2, "a1", ["a1", "a2"])
    assert entry["first_seen"] == WHEN.isoformat()
    (linked,) = names.link(text, [])
    assert linked.id == "person:pattern:nasser-belkheir-obeidi"
    assert (linked.found_by, linked.country, linked.role) == ("learned", "LY", person.role)
    (mention,) = linked.mentions
    assert text[mention.start : mention.end] == "Nasser Belkheir Obeidi"


def test_the_index_is_derived_from_the_store_alone(guard: NameGuard) -> None:
    store: dict = {}
    first = LearnedNames(store, guard)
    person = _found("Kemal Yurtsever", "kemal-yurtsever", "TR", "ambassador")
    first.observe("a1", WHEN, "en", [person])
    first.observe("a2", WHEN, "en", [person])
    again = LearnedNames(dict(store), guard)  # as after a restart: recovered store only
    (linked,) = again.link("Ambassador Kemal Yurtsever said so.", [])
    assert linked.country == "TR"


def test_linking_leaves_found_names_and_lowercase_words_alone(guard: NameGuard) -> None:
    names = LearnedNames({}, guard, min_evidence=1)
    names.observe("a1", WHEN, "en", [_found("Nasser Belkheir Obeidi", "nasser-belkheir-obeidi")])
    # already in the article (found by the pattern again): not added twice
    present = _found("Nasser Belkheir Obeidi", "nasser-belkheir-obeidi")
    assert names.link("Nasser Belkheir Obeidi spoke.", [present]) == []
    # inside a longer name something else found
    other = Entity(
        id="org:x",
        type=EntityType.ORG,
        name="x",
        mentions=(Mention(text="Nasser Belkheir Obeidi Foundation", start=0, end=33),),
    )
    assert names.link("Nasser Belkheir Obeidi Foundation", [other]) == []
    assert names.link("nasser belkheir obeidi", []) == []
    assert names.link("Nasser Belkheir said", []) == []  # part of the name only


def test_arabic_names_link_with_a_proclitic_free_match(guard: NameGuard) -> None:
    names = LearnedNames({}, guard, min_evidence=1)
    names.observe("a1", WHEN, "ar", [_found("ناصر بلخير العبيدي", "ناصر-بلخير-العبيدي")])
    text = "والتقى ناصر بلخير العبيدي السفير التركي."
    (linked,) = names.link(text, [])
    assert [m.text for m in linked.mentions] == ["ناصر بلخير العبيدي"]


NASSER, KEMAL = "person:pattern:nasser-belkheir-obeidi", "person:pattern:kemal-yurtsever"


@pytest.mark.parametrize(
    ("text", "linked"),
    [
        ("Later, Nasser Belkheir Obeidi met Turkish officials.", [NASSER]),
        ("Nassers Belkheir Obeidi met them.", []),  # the first word inside another
        ("Ambassador Kemal Yurtsever said so; Nasser Belkheir Obeidi agreed.", [KEMAL, NASSER]),
        ("Nothing of the kind was said.", []),  # no first word at all
        ("", []),
    ],
)
def test_the_substring_precheck_links_what_tokenising_alone_links(
    guard: NameGuard, text: str, linked: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """With few names, ``link`` rules an article out by substring search before
    tokenising it; with more (or none ruled out) it tokenises: the same links."""
    from wirewatch.core.entities import learned

    names = LearnedNames({}, guard, min_evidence=1)
    names.observe("a1", WHEN, "en", [_found("Nasser Belkheir Obeidi", "nasser-belkheir-obeidi")])
    names.observe("a2", WHEN, "en", [_found("Kemal Yurtsever", "kemal-yurtsever", "TR")])
    with_precheck = names.link(text, [])
    assert [e.id for e in with_precheck] == linked
    monkeypatch.setattr(learned, "_SUBSTRING_CHECK_MAX", 0)
    assert names.link(text, []) == with_precheck


def test_only_pattern_found_people_are_learned(guard: NameGuard) -> None:
    names = LearnedNames({}, guard)
    kb_person = _found("Nasser Belkheir Obeidi", "x").model_copy(update={"found_by": "kb"})
    org = _found("Nasser Belkheir Obeidi", "y").model_copy(update={"type": EntityType.ORG})
    assert names.observe("a1", WHEN, "en", [kb_person, org]) == []
    assert len(names) == 0


# -- through the pipeline, offline ----------------------------------------------------------

_ARTICLES = [
    ("a1", "2024-01-01", "Libyan Deputy Prime Minister Nasser Belkheir Obeidi met officials in Tripoli."),
    ("a2", "2024-01-05", "Libyan Deputy Prime Minister Nasser Belkheir Obeidi will travel to Ankara."),
    ("a3", "2024-01-09", "Nasser Belkheir Obeidi met Turkish Foreign Minister Hakan Fidan in Ankara on Tuesday."),
]  # fmt: skip


def _records(articles) -> list[InputRecord]:
    return [
        InputRecord(
            json.dumps(
                {
                    "id": i,
                    "source": f"s{i}",
                    "lang": "en",
                    "published_at": f"{d}T10:00:00Z",
                    "body": body,
                }
            ).encode(),
            "test",
            n,
        )
        for n, (i, d, body) in enumerate(articles)
    ]


def _enriched(outputs) -> dict[str, EnrichedArticle]:
    return {
        o.key: EnrichedArticle.model_validate_json(o.encoded()[1])
        for o in outputs
        if o.topic == "articles.enriched"
    }


def test_learned_in_two_articles_linked_in_a_later_one_with_its_contact(tmp_path: Path) -> None:
    state = StateDir(tmp_path)
    runner = state.open_runner(Pipeline(Settings()))
    outputs = list(runner.run(_records(_ARTICLES)))
    state.close_runner(runner)
    enriched = _enriched(outputs)
    pid = "person:pattern:nasser-belkheir-obeidi"
    assert [e.found_by for e in enriched["a1"].entities if e.id == pid] == ["pattern"]
    (later,) = [e for e in enriched["a3"].entities if e.id == pid]
    assert later.found_by == "learned" and later.country == "LY"
    contacts = [o.value for o in outputs if o.topic == "events.contacts"]
    assert {p.id for p in contacts[0].participants} == {pid, "person:hakan-fidan"}
    assert enriched["a3"].contacts == [contacts[0].event_id]
    # the state dir keeps them for the next run, and `kb learned` lists them
    saved = json.loads((tmp_path / "learned-names.json").read_text(encoding="utf-8"))
    assert saved["nasser-belkheir-obeidi"]["n"] == 2


def test_a_duplicate_is_no_new_evidence(tmp_path: Path) -> None:
    rerun = [(f"{i}-rerun", d, body) for i, d, body in _ARTICLES[:1]]
    runner = OfflineRunner(Pipeline(Settings()))
    list(runner.run(_records([*_ARTICLES[:1], *rerun])))
    ((_slug, entry),) = stored_entries(runner.learned_store)
    assert entry["n"] == 1


def test_kb_learned_lists_names_with_counts(tmp_path: Path, capsys) -> None:
    from wirewatch.cli import main

    state = StateDir(tmp_path)
    runner = state.open_runner(Pipeline(Settings()))
    list(runner.run(_records(_ARTICLES)))
    state.close_runner(runner)
    assert main(["kb", "learned", "--state", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "2  Nasser Belkheir Obeidi  [LY] deputy prime minister" in out
    assert "first a1 at 2024-01-01T10:00:00+00:00" in out
    assert main(["kb", "learned", "--state", str(tmp_path), "--min-count", "3"]) == 0
    assert capsys.readouterr().out == ""
    # the table's clock entry is kept beside the names, and listed as none of them
    saved = json.loads((tmp_path / "learned-names.json").read_text(encoding="utf-8"))
    assert CLOCK_KEY in saved
    assert main(["kb", "learned", "--state", str(tmp_path), "--json"]) == 0
    listed = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [entry["slug"] for entry in listed] == ["nasser-belkheir-obeidi"]


class _BrokenStore(dict):
    def __setitem__(self, key, value) -> None:
        raise RuntimeError("table unavailable")


def test_a_failing_learned_store_never_costs_the_article(guard: NameGuard, caplog) -> None:
    runner = OfflineRunner(Pipeline(Settings()))
    runner.learned = LearnedNames(_BrokenStore(), guard)
    outputs = list(runner.run(_records(_ARTICLES[:1])))
    assert [o.topic for o in outputs] == ["articles.enriched"]
    assert "learned names failed on a1" in caplog.text
