"""The JSON Schemas consumers build on: committed, current, complete, and kept compatible.

``schemas/json/v1/`` is the copy consumers were given. A change to the models must
leave it readable in the way a schema registry's BACKWARD mode asks (no field
removed or retyped, no new required field, no enum value removed: ``schemas.compat``),
and the copy must then be regenerated (``wirewatch schemas --out schemas/json/v1``)
so the next change is compared with it.
"""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from pydantic import BaseModel, Field
from referencing import Registry, Resource

import schemas
from schemas import PUBLIC_MODELS, ContactEvent
from schemas.compat import breaking_changes
from schemas.contacts import CONTACT_KINDS
from schemas.jsonschema import BASE_URI, CONTRACT_VERSION, DEFS_FILE, DIALECT, documents
from wirewatch.cli.schemas_cmd import read_documents, render

ROOT = Path(__file__).resolve().parents[3]
COMMITTED = ROOT / "schemas" / "json" / f"v{CONTRACT_VERSION}"
LEXICONS = ROOT / "wirewatch" / "data" / "lexicons" / "contacts"
SEEDS = ROOT / "seeds"
#: The schema of the records on each public topic (default topic names).
TOPIC_RECORDS = {
    "articles.enriched": "EnrichedArticle",
    "events.contacts": "ContactEvent",
    "alerts.contacts": "ContactAlert",
    "articles.deadletter": "DeadLetter",
}

Docs = dict[str, dict[str, Any]]


@pytest.fixture(scope="module")
def committed() -> Docs:
    return read_documents(COMMITTED)


@pytest.fixture(scope="module")
def current() -> Docs:
    return documents()


def breaks(old: Docs, new: Docs) -> list[str]:
    return breaking_changes(old, new, shared=DEFS_FILE)


# ---------------------------------------------------------------- the committed copy
def test_committed_copy_is_current(committed: Docs, current: Docs) -> None:
    assert (
        set(committed) == set(current) == {f"{n}.schema.json" for n in PUBLIC_MODELS} | {DEFS_FILE}
    )
    for name, document in current.items():
        on_disk = (COMMITTED / name).read_text(encoding="utf-8")
        assert on_disk == render(document), (
            f"{name} differs from the models: if the change is compatible (the test below), "
            f"run `wirewatch schemas --out schemas/json/v{CONTRACT_VERSION}` and commit"
        )


def test_models_do_not_break_consumers_of_the_committed_copy(
    committed: Docs, current: Docs
) -> None:
    assert breaks(committed, current) == []


# ------------------------------------------------------------ what consumers are given
def test_documents_are_2020_12_with_versioned_ids(current: Docs) -> None:
    ids = set()
    for name, document in current.items():
        jsonschema.Draft202012Validator.check_schema(document)
        assert document["$schema"] == DIALECT
        assert document["$id"] == f"{BASE_URI}{name}"
        assert f"/v{CONTRACT_VERSION}/" in document["$id"]
        assert document["title"] and document["description"]
        ids.add(document["$id"])
    assert len(ids) == len(current)


def walk_properties(node: Any, where: str) -> Iterator[tuple[str, dict[str, Any]]]:
    if isinstance(node, dict):
        for name, schema in node.get("properties", {}).items():
            yield f"{where}.{name}", schema
        for key, value in node.items():
            if key != "properties":
                yield from walk_properties(value, f"{where}/{key}")
            else:
                for name, schema in value.items():
                    yield from walk_properties(schema, f"{where}.{name}")
    elif isinstance(node, list):
        for index, item in enumerate(node):
            yield from walk_properties(item, f"{where}[{index}]")


def test_every_field_and_type_has_a_description(current: Docs) -> None:
    properties = [
        (where, schema)
        for name, document in current.items()
        for where, schema in walk_properties(document, name)
    ]
    assert len(properties) > 60
    missing = [where for where, schema in properties if not schema.get("description")]
    assert missing == []
    untitled = [
        name
        for name, schema in current[DEFS_FILE]["$defs"].items()
        if not schema.get("description")
    ]
    assert untitled == []


def test_shared_types_are_defined_once(current: Docs) -> None:
    shared = current[DEFS_FILE]["$defs"]
    assert {"Entity", "Participant", "Evidence", "EntityType", "DeadLetterReason"} <= set(shared)
    text = {name: json.dumps(document) for name, document in current.items()}
    for name, document in current.items():
        if name != DEFS_FILE:
            assert "$defs" not in document, f"{name} repeats definitions"
    # Participant is used by ContactEvent and ContactAlert: both refer to the one definition.
    for record in ("ContactEvent", "ContactAlert"):
        assert f'"{DEFS_FILE}#/$defs/Participant"' in text[f"{record}.schema.json"]
    # Every shared definition is used by some record.
    for definition in shared:
        assert any(f"#/$defs/{definition}" in body for body in text.values()), definition


def test_closed_value_sets_are_enums(current: Docs) -> None:
    shared = current[DEFS_FILE]["$defs"]
    assert shared["AlertReason"]["enum"] == ["new", "renewed"]
    assert shared["DedupStatus"]["enum"] == ["original", "duplicate"]
    assert set(shared["EntityType"]["enum"]) == {"PERSON", "ORG", "GPE", "LOC"}
    assert {"not_json", "processing_error", "webhook_failed"} <= set(
        shared["DeadLetterReason"]["enum"]
    )


def test_contact_kinds_documented_are_the_lexicons_kinds(current: Docs) -> None:
    """`kind` is data (a lexicon entry adds one): its documented values follow the lexicons."""
    # A language need not have every kind (tr has no press-conference trigger yet):
    # the documented values are every kind some lexicon can produce.
    kinds: set[str] = set()
    for path in sorted(LEXICONS.glob("*.yaml")):
        lexicon = yaml.safe_load(path.read_text(encoding="utf-8"))
        kinds |= set(lexicon.get("triggers", {}))
    assert kinds == set(CONTACT_KINDS)
    for record in ("ContactEvent", "ContactAlert"):
        kind = current[f"{record}.schema.json"]["properties"]["kind"]
        assert kind["examples"] == list(CONTACT_KINDS)
        assert all(k in kind["description"] for k in CONTACT_KINDS)


def registry(docs: Docs) -> Registry:
    return Registry().with_resources(
        (document["$id"], Resource.from_contents(document)) for document in docs.values()
    )


def validator(docs: Docs, record: str) -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(
        docs[f"{record}.schema.json"],
        registry=registry(docs),
        format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER,
    )


def test_real_records_validate_against_the_committed_copy(committed: Docs, tmp_path: Path) -> None:
    """What `wirewatch process` publishes for the seeds is what the documents describe."""
    out = tmp_path / "out.jsonl"
    subprocess.run(
        [sys.executable, "-m", "wirewatch.cli", "process", str(SEEDS), "--output", str(out)],
        check=True,
        capture_output=True,
        timeout=240,
        cwd=tmp_path,
    )
    seen: dict[str, int] = {}
    for line in out.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        name = TOPIC_RECORDS[record["topic"]]
        errors = list(validator(committed, name).iter_errors(record["value"]))
        assert not errors, f"{name}: " + "; ".join(e.message for e in errors)
        seen[name] = seen.get(name, 0) + 1
    assert set(seen) == set(TOPIC_RECORDS.values()), seen
    raw = validator(committed, "RawArticle")
    for line in (SEEDS / "articles.jsonl").read_text(encoding="utf-8").splitlines():
        assert not list(raw.iter_errors(json.loads(line))), line[:80]


def test_documents_reject_what_the_models_reject(committed: Docs) -> None:
    """The validation above is not vacuous."""
    alert = validator(committed, "ContactAlert")
    assert list(alert.iter_errors({"alert_id": "x"}))
    dead = validator(committed, "DeadLetter")
    letter = {
        "reason": "not_json",
        "error": "e",
        "payload_b64": "",
        "received_at": "2026-01-01T00:00:00Z",
    }
    assert not list(dead.iter_errors(letter))
    assert list(dead.iter_errors({**letter, "reason": "no_such_reason"}))
    assert list(dead.iter_errors({**letter, "source_offset": "7"}))


# --------------------------------------------------- the compatibility check, checked
Mutation = Callable[[Docs], None]


def props(docs: Docs, record: str) -> dict[str, Any]:
    return docs[f"{record}.schema.json"]["properties"]


def shared(docs: Docs, name: str) -> dict[str, Any]:
    return docs[DEFS_FILE]["$defs"][name]


BREAKING: dict[str, tuple[Mutation, str]] = {
    "field removed": (
        lambda d: props(d, "EnrichedArticle").pop("countries"),
        "EnrichedArticle.countries: field removed",
    ),
    "field in a shared type removed": (
        lambda d: shared(d, "Participant")["properties"].pop("role"),
        ".role: field removed",
    ),
    "field retyped": (
        lambda d: props(d, "ContactEvent")["kind"].update(type="integer"),
        "ContactEvent.kind: retyped",
    ),
    "array items retyped": (
        lambda d: props(d, "EnrichedArticle")["contacts"]["items"].update(type="integer"),
        "EnrichedArticle.contacts[]: retyped",
    ),
    "nullable field made non-null": (
        lambda d: props(d, "ContactAlert").update(
            url={"type": "string", "description": "The article's URL."}
        ),
        "ContactAlert.url: retyped: null no longer allowed",
    ),
    "new required field": (
        lambda d: (
            props(d, "ContactAlert").update(
                priority={"type": "integer", "description": "How urgent."}
            ),
            d["ContactAlert.schema.json"]["required"].append("priority"),
        ),
        "ContactAlert.priority: new required field",
    ),
    "optional field made required": (
        lambda d: d["DeadLetter.schema.json"]["required"].append("source_topic"),
        "DeadLetter.source_topic: optional field made required",
    ),
    "enum value removed": (
        lambda d: shared(d, "AlertReason")["enum"].remove("renewed"),
        "enum values removed: ['renewed']",
    ),
    "string restricted to an enum": (
        lambda d: props(d, "ContactEvent")["watch"].update(enum=["turkey-libya"]),
        "ContactEvent.watch: restricted to the values",
    ),
    "pattern added": (
        lambda d: props(d, "ContactEvent")["pair_key"].update(pattern="^[a-z|-]+$"),
        "ContactEvent.pair_key: pattern",
    ),
    "bound tightened": (
        lambda d: shared(d, "Mention")["properties"]["start"].update(minimum=1),
        ".start: minimum 0 -> 1 (tighter)",
    ),
    "record type removed": (
        lambda d: d.pop("ContactEvent.schema.json"),
        "ContactEvent: record type removed",
    ),
    "additional properties refused": (
        lambda d: d["EnrichedArticle.schema.json"].update(additionalProperties=False),
        "EnrichedArticle: additional properties no longer allowed",
    ),
}

COMPATIBLE: dict[str, Mutation] = {
    "new optional field": lambda d: props(d, "ContactAlert").update(
        priority={"type": "integer", "description": "How urgent."}
    ),
    "new enum value": lambda d: shared(d, "DeadLetterReason")["enum"].append("field_too_long"),
    "description changed": lambda d: props(d, "ContactEvent")["kind"].update(description="Kind."),
    "integer widened to number": lambda d: props(d, "DeadLetter")["source_offset"]["anyOf"][
        0
    ].update(type="number"),
    "null allowed besides": lambda d: props(d, "ContactAlert")["alert_id"].update(
        type=["string", "null"]
    ),
    "bound loosened": lambda d: shared(d, "DedupVerdict")["properties"]["similarity"]["anyOf"][
        0
    ].update(maximum=2.0),
}


@pytest.mark.parametrize("change", sorted(BREAKING))
def test_breaking_change_is_refused(change: str, committed: Docs) -> None:
    mutate, expected = BREAKING[change]
    changed = copy.deepcopy(committed)
    mutate(changed)
    problems = breaks(committed, changed)
    assert any(expected in problem for problem in problems), problems


@pytest.mark.parametrize("change", sorted(COMPATIBLE))
def test_compatible_change_is_accepted(change: str, committed: Docs) -> None:
    changed = copy.deepcopy(committed)
    COMPATIBLE[change](changed)
    assert changed != committed
    assert breaks(committed, changed) == []


def model_variant(**fields: tuple[Any, Any]) -> type[BaseModel]:
    """ContactEvent as a developer might change it, under its own name."""
    annotations = {name: annotation for name, (annotation, _) in fields.items()}
    namespace: dict[str, Any] = {"__annotations__": annotations}
    namespace.update({name: default for name, (_, default) in fields.items() if default is not ...})
    return type("ContactEvent", (ContactEvent,), namespace)


@pytest.mark.parametrize(
    ("change", "variant", "expected"),
    [
        (
            "kind: str -> int",
            lambda: model_variant(kind=(int, Field(description="Kind."))),
            "ContactEvent.kind: retyped",
        ),
        (
            "new required field",
            lambda: model_variant(priority=(int, Field(description="How urgent."))),
            "ContactEvent.priority: new required field",
        ),
        (
            "optional url made required",
            lambda: model_variant(url=(str, Field(description="URL."))),
            "ContactEvent.url",
        ),
    ],
)
def test_model_changes_are_caught(
    change: str, variant: Callable[[], type[BaseModel]], expected: str, committed: Docs
) -> None:
    """From a changed pydantic model to the refusal, the way a developer meets it."""
    models = {**PUBLIC_MODELS, "ContactEvent": variant()}
    problems = breaks(committed, documents(models))
    assert any(expected in problem for problem in problems), (change, problems)


def test_a_new_optional_model_field_passes(committed: Docs) -> None:
    models = {
        **PUBLIC_MODELS,
        "ContactEvent": model_variant(
            confidence=(float | None, Field(default=None, description="Confidence."))
        ),
    }
    assert breaks(committed, documents(models)) == []


# --------------------------------------------------------------------- the command
def run_check(directory: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "wirewatch.cli", "schemas", "--check", str(directory)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_schemas_check_command(tmp_path: Path, committed: Docs) -> None:
    assert run_check(COMMITTED).returncode == 0
    # A copy in which a field exists that the models no longer produce.
    broken = copy.deepcopy(committed)
    props(broken, "ContactEvent")["severity"] = {"type": "string", "description": "Gone."}
    for name, document in broken.items():
        (tmp_path / name).write_text(render(document), encoding="utf-8")
    result = run_check(tmp_path)
    assert result.returncode == 1
    assert "ContactEvent.severity: field removed" in result.stdout
    # Compatible but stale: told to regenerate.
    stale = copy.deepcopy(committed)
    props(stale, "ContactEvent")["kind"]["description"] = "Old words."
    (tmp_path / "ContactEvent.schema.json").write_text(
        render(stale["ContactEvent.schema.json"]), encoding="utf-8"
    )
    result = run_check(tmp_path)
    assert result.returncode == 1
    assert "out of date" in result.stdout and "wirewatch schemas --out" in result.stdout


def test_schemas_package_exports_the_models() -> None:
    assert set(PUBLIC_MODELS) <= set(schemas.__all__)
