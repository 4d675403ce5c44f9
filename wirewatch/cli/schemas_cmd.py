"""``wirewatch schemas --out DIR``: JSON Schemas of the wire contract for consumers."""

from __future__ import annotations

import argparse
import json
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("schemas", help="write the JSON Schemas of every topic's records")
    parser.add_argument("--out", type=Path, required=True, help="directory to write into")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from schemas import PUBLIC_MODELS

    args.out.mkdir(parents=True, exist_ok=True)
    for name, model in PUBLIC_MODELS.items():
        path = args.out / f"{name}.schema.json"
        # Producers write RawArticle (validation side); the pipeline writes the rest.
        mode = "validation" if name == "RawArticle" else "serialization"
        schema = model.model_json_schema(mode=mode)
        path.write_text(json.dumps(schema, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        print(path)
    return 0
