"""Would a schema change break an existing consumer? A check in the spirit of a schema
registry's BACKWARD mode.

The old documents are the ones consumers were built against (the committed copy);
the new ones are what the models produce now. A change is breaking when a record
valid under the old documents may be rejected under the new ones, or when a field
a consumer reads disappears:

* a record type or a field removed;
* a field retyped: a type, or ``null``, the old schema allowed and the new does not;
* a new required field, or an optional field made required;
* an enum value removed, a string newly restricted to an enum, a ``format`` or
  ``pattern`` added or changed, a bound tightened, additional properties refused.

Compatible: a new optional field, a new enum value, a new type alongside the old
ones, a description or title changed, a bound loosened.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

Documents = Mapping[str, Mapping[str, Any]]

_NUMERIC = {"integer", "number"}

#: Whether a bound moved from the old value to the new one lets fewer values through.
Tighter = Callable[[Any, Any], bool]


@dataclass(frozen=True)
class _Located:
    """A schema node and the document it was found in (refs resolve against it)."""

    node: Mapping[str, Any]
    document: str


class _Resolver:
    def __init__(self, documents: Documents) -> None:
        self.documents = documents

    def resolve(self, ref: str, document: str) -> _Located:
        target, _, pointer = ref.partition("#")
        name = target.rsplit("/", 1)[-1] if target else document
        if name not in self.documents:
            raise KeyError(f"unresolvable $ref {ref!r} in {document}")
        node: Any = self.documents[name]
        for part in filter(None, pointer.split("/")):
            node = node[part.replace("~1", "/").replace("~0", "~")]
        return _Located(node, name)

    def branches(self, located: _Located) -> Iterator[tuple[str, _Located]]:
        """(type, schema) alternatives of a schema, through $ref, anyOf and oneOf."""
        node = located.node
        if "$ref" in node:
            yield from self.branches(self.resolve(node["$ref"], located.document))
            return
        alternatives = node.get("anyOf") or node.get("oneOf")
        if alternatives:
            for alternative in alternatives:
                yield from self.branches(_Located(alternative, located.document))
            return
        for kind in _types(node):
            yield kind, located


def _types(node: Mapping[str, Any]) -> list[str]:
    declared = node.get("type")
    if isinstance(declared, str):
        return [declared]
    if isinstance(declared, list):
        return list(declared)
    values = node.get("enum", [node["const"]] if "const" in node else None)
    if values is not None:
        return sorted({_json_type(value) for value in values})
    if "properties" in node:
        return ["object"]
    if "items" in node:
        return ["array"]
    return ["any"]


def _json_type(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    return "array" if isinstance(value, list) else "object"


def _compatible_type(old: str, new_types: set[str]) -> str | None:
    """The new type that accepts every value of the old one, if any."""
    if "any" in new_types:
        return "any"
    if old in new_types:
        return old
    if old == "integer" and "number" in new_types:
        return "number"
    return None


class _Comparison:
    def __init__(self, old: Documents, new: Documents) -> None:
        self.old = _Resolver(old)
        self.new = _Resolver(new)
        self.problems: list[str] = []
        self._seen: set[tuple[int, int]] = set()

    def schema(self, old: _Located, new: _Located, path: str) -> None:
        key = (id(old.node), id(new.node))
        if key in self._seen:  # recursive types: each pair of nodes once
            return
        self._seen.add(key)
        new_branches: dict[str, _Located] = {}
        for kind, located in self.new.branches(new):
            new_branches.setdefault(kind, located)
        for kind, old_branch in self.old.branches(old):
            if kind == "any":
                if "any" not in new_branches:
                    self.problems.append(f"{path}: retyped: any value -> {sorted(new_branches)}")
                continue
            match = _compatible_type(kind, set(new_branches))
            if match is None:
                what = "null no longer allowed" if kind == "null" else f"{kind} no longer allowed"
                self.problems.append(f"{path}: retyped: {what} (now {sorted(new_branches)})")
                continue
            if match != "any":
                self.same_type(kind, old_branch, new_branches[match], path)

    def same_type(self, kind: str, old: _Located, new: _Located, path: str) -> None:
        self.restrictions(old.node, new.node, path)
        if kind == "object":
            self.object(old, new, path)
        elif kind == "array":
            old_items, new_items = old.node.get("items"), new.node.get("items")
            if isinstance(old_items, Mapping) and isinstance(new_items, Mapping):
                self.schema(
                    _Located(old_items, old.document),
                    _Located(new_items, new.document),
                    path + "[]",
                )
            elif new_items is not None and old_items is None:
                self.problems.append(f"{path}: items newly constrained")

    def object(self, old: _Located, new: _Located, path: str) -> None:
        old_properties = old.node.get("properties", {})
        new_properties = new.node.get("properties", {})
        old_required = set(old.node.get("required", []))
        for name in sorted(set(new.node.get("required", [])) - old_required):
            if name in old_properties:
                self.problems.append(f"{path}.{name}: optional field made required")
            else:
                self.problems.append(f"{path}.{name}: new required field")
        for name, old_property in old_properties.items():
            if name not in new_properties:
                self.problems.append(f"{path}.{name}: field removed")
                continue
            self.schema(
                _Located(old_property, old.document),
                _Located(new_properties[name], new.document),
                f"{path}.{name}",
            )
        if old.node.get("additionalProperties", True) is not False and (
            new.node.get("additionalProperties", True) is False
        ):
            self.problems.append(f"{path}: additional properties no longer allowed")

    def restrictions(self, old: Mapping[str, Any], new: Mapping[str, Any], path: str) -> None:
        if "enum" in new:
            if "enum" not in old:
                self.problems.append(f"{path}: restricted to the values {new['enum']}")
            else:
                removed = [value for value in old["enum"] if value not in new["enum"]]
                if removed:
                    self.problems.append(f"{path}: enum values removed: {removed}")
        for keyword in ("format", "pattern", "const"):
            if keyword in new and new.get(keyword) != old.get(keyword):
                self.problems.append(
                    f"{path}: {keyword} {old.get(keyword)!r} -> {new.get(keyword)!r}"
                )
        bounds: tuple[tuple[str, Tighter], ...] = (
            ("minimum", lambda o, n: n > o),
            ("exclusiveMinimum", lambda o, n: n > o),
            ("minLength", lambda o, n: n > o),
            ("minItems", lambda o, n: n > o),
            ("maximum", lambda o, n: n < o),
            ("exclusiveMaximum", lambda o, n: n < o),
            ("maxLength", lambda o, n: n < o),
            ("maxItems", lambda o, n: n < o),
        )
        for keyword, tighter in bounds:
            if keyword not in new:
                continue
            if keyword not in old or tighter(old[keyword], new[keyword]):
                self.problems.append(
                    f"{path}: {keyword} {old.get(keyword)!r} -> {new[keyword]!r} (tighter)"
                )


def breaking_changes(old: Documents, new: Documents, *, shared: str | None = None) -> list[str]:
    """What in ``new`` breaks consumers of ``old`` (file name -> document); [] if nothing.

    ``shared`` names the document of shared definitions, which is not a record type.
    """
    comparison = _Comparison(old, new)
    for name in sorted(old):
        if name == shared:
            continue
        record = name.removesuffix(".schema.json")
        if name not in new:
            comparison.problems.append(f"{record}: record type removed")
            continue
        comparison.schema(_Located(old[name], name), _Located(new[name], name), record)
    return comparison.problems
