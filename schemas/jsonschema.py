"""The wire contract as JSON Schema 2020-12 documents, for consumers and schema registries.

One document per public record type (``EnrichedArticle.schema.json``, ...) and one
for the types they share (``defs.schema.json``), which the others reference, so
each shared type is defined once and code generated from the documents has one
class per type. A copy is committed under ``schemas/json/v<N>/``;
``tests/unit/schemas/test_compat.py`` keeps it current and refuses changes that
would break its consumers (``schemas.compat``).
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel
from pydantic.json_schema import models_json_schema

from schemas import PUBLIC_MODELS

DIALECT = "https://json-schema.org/draft/2020-12/schema"
#: Major version of the contract: part of every ``$id``, raised only by a breaking
#: change (which then goes to a new ``schemas/json/v<N>/`` beside the old one).
CONTRACT_VERSION = 1
#: An identifier, not a location: the reserved ``.invalid`` domain (RFC 2606) never
#: resolves, so nothing claims a host the project does not own. Documents refer to
#: one another relative to it, so a copy in any directory or registry resolves.
BASE_URI = f"https://wirewatch.invalid/schemas/v{CONTRACT_VERSION}/"
DEFS_FILE = "defs.schema.json"

Mode = Literal["validation", "serialization"]


def file_name(record: str) -> str:
    return f"{record}.schema.json"


def mode_of(record: str) -> Mode:
    """Producers write RawArticle (its input side); the pipeline writes the others."""
    return "validation" if record == "RawArticle" else "serialization"


def _rewrite_refs(node: Any, target: dict[str, str]) -> Any:
    """``#/$defs/X`` -> where X lives: a record's own document or the shared one."""
    if isinstance(node, dict):
        out = {}
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str) and value.startswith("#/$defs/"):
                out[key] = target[value.removeprefix("#/$defs/")]
            else:
                out[key] = _rewrite_refs(value, target)
        return out
    if isinstance(node, list):
        return [_rewrite_refs(item, target) for item in node]
    return node


def _header(name: str, title: str) -> dict[str, Any]:
    return {"$schema": DIALECT, "$id": BASE_URI + name, "title": title}


def documents(models: dict[str, type[BaseModel]] | None = None) -> dict[str, dict[str, Any]]:
    """File name -> JSON Schema document, for every public record type and the shared types."""
    models = PUBLIC_MODELS if models is None else models
    _, combined = models_json_schema(
        [(model, mode_of(name)) for name, model in models.items()],
        ref_template="#/$defs/{model}",
    )
    definitions: dict[str, Any] = combined.get("$defs", {})
    # Where each definition lives, seen from a record document and from the shared one.
    from_record = {
        name: file_name(name) if name in models else f"{DEFS_FILE}#/$defs/{name}"
        for name in definitions
    }
    from_shared = {
        name: file_name(name) if name in models else f"#/$defs/{name}" for name in definitions
    }
    out: dict[str, dict[str, Any]] = {}
    for record in models:
        body = _rewrite_refs(definitions[record], from_record)
        body.pop("title", None)
        out[file_name(record)] = {**_header(file_name(record), record), **body}
    shared = {
        name: _rewrite_refs(schema, from_shared)
        for name, schema in sorted(definitions.items())
        if name not in models
    }
    out[DEFS_FILE] = {
        **_header(DEFS_FILE, "wirewatch shared definitions"),
        "description": "Types shared by the wirewatch record schemas, defined once.",
        "$defs": shared,
    }
    return out
