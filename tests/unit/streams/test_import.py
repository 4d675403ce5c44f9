"""Importing the topology does no work: the app module is a leaf, and the pipeline,
its metric series and the dedup state are built when the worker initialises.

Each probe runs in a fresh interpreter: a module is imported once per process.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[3]


def _probe(code: str) -> Any:
    env = {k: v for k, v in os.environ.items() if not k.startswith("WIREWATCH_")}
    env["WIREWATCH_KAFKA_BOOTSTRAP_SERVERS"] = "127.0.0.1:9"  # nothing may connect
    result = subprocess.run(
        [sys.executable, "-c", code],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_the_app_module_imports_nothing_that_registers_on_it() -> None:
    found = _probe(
        "import json, sys\n"
        "import streams.app\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.startswith('streams'))))\n"
    )
    registering = {"agents", "context", "delivery", "health", "tables", "topics", "views"}
    assert "streams.app" in found
    assert not {f"streams.{name}" for name in registering} & set(found), found


def test_importing_the_topology_builds_no_pipeline_until_the_worker_initialises() -> None:
    found = _probe(
        "import json\n"
        "from streams import agents, context, views\n"
        "from streams.app import app\n"
        "from wirewatch import metrics\n"
        "def series():\n"
        "    return sum(len(m.samples) for m in metrics.DEADLETTERED.collect())\n"
        "before = {'built': context._built is not None, 'series': series(),\n"
        "          'agents': sorted(app.agents)}\n"
        "app.finalize()\n"
        "app.worker_init()\n"
        "app.worker_init_post_autodiscover()\n"
        "after = {'built': context._built is not None, 'series': series()}\n"
        "print(json.dumps({'before': before, 'after': after}))\n"
    )
    before, after = found["before"], found["after"]
    assert before["built"] is False and before["series"] == 0
    assert before["agents"] == [
        "streams.agents.decide_articles",
        "streams.agents.prepare_articles",
        "streams.agents.register_contacts",
    ]
    # on_worker_init built the context: every dead-letter reason's series at zero.
    assert after["built"] is True and after["series"] > 0
