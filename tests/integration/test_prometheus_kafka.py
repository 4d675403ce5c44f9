"""A real Prometheus scraping a real worker: every dashboard query and every rule, evaluated.

Issue 6's "done when": Prometheus (Debian's ``prometheus`` package, installed by
``scripts/install-prometheus``) scrapes a worker that processes the seeds, loads
the repository's rules file, and answers every panel query of the provisioned
dashboard and every rule expression through its HTTP API. Each must be valid; the
panels that should have data after the seeds must return data, and the panels
that may stay empty here are listed with the reason.

Two details keep the queries meaningful rather than merely non-empty:

* Prometheus starts scraping before the first record, and the seeds go in two
  batches (the first record, then the rest), waiting in between until Prometheus
  has scraped the first one. A labelled series (``stage``, ``lang``, ...) only
  appears once observed; if its first scraped value were already its last, every
  ``rate()`` over it would be 0 and every ``histogram_quantile()`` NaN.
* Each test worker has its own app id (so its consumer group is private), and
  Faust prefixes its sensor metrics with the app id (``streams/app.py``). The
  scrape config renames ``<app id>_faust_*`` to ``wirewatch_faust_*``, the names
  the dashboard queries, which the worker exports with the default app id.
"""

from __future__ import annotations

import math
import shutil
import subprocess
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
import yaml

from tests.unit.deploy.test_dashboard import DASHBOARD, promtool, query_panels, substitute
from wirewatch.io.inputs import iter_records
from wirewatch.testing.kafka import (
    REPO,
    Broker,
    Worker,
    consume_until,
    free_port,
    publish,
    run,
    unique_names,
    worker_env,
)

pytestmark = pytest.mark.kafka

SEEDS = REPO / "seeds"
RULES = REPO / "deploy" / "prometheus" / "rules" / "wirewatch.rules.yml"
JOB = "wirewatch-worker"

#: Panels (by title) that must return data once the seeds went through the worker.
PANELS_WITH_DATA = {
    "Workers up",
    "Records read",
    "Articles enriched",
    "Duplicate ratio",  # the seeds hold two near-duplicates (stat and timeseries panels)
    "Firing alerts",  # `or vector(0)`: a number even when nothing fires
    "Ingest and enriched rate",
    "Enriched by language",
    "Dead letters by reason",  # seeds/malformed.jsonl: one record per reason
    "Top sources",
    "Contact alerts by watch and reason",  # the seeds raise `new` alerts on turkey-libya
    "Contact events by watch and kind",
    "Consumer lag",
    "End-to-end lag",
    "Stage latency p50",
    "Stage latency p99",
    "Faust event runtime",
    "Entities per article",
    "Worker memory",
    "Worker CPU",
    "State tables and rebalances",
}
#: Of those, the panels with a value above 0 somewhere among their targets. The
#: others may show flat zeros: a labelled series (one per `source`, dead-letter
#: `reason`, ...) appears only with its first increment, and each seed source and
#: malformed reason occurs once, so Prometheus never sees those series change.
PANELS_POSITIVE = {
    "Workers up",
    "Records read",
    "Ingest and enriched rate",
    "End-to-end lag",
    "Stage latency p50",
    "Stage latency p99",
    "Faust event runtime",
    "Worker memory",
    "Worker CPU",
    "State tables and rebalances",
}
#: Panels allowed to be empty here, and why.
PANELS_MAY_BE_EMPTY = {
    "Webhook attempts by result": "no WIREWATCH_ALERT_WEBHOOK_URL: no delivery is attempted "
    "(the webhook module's pre-initialised results show as zeros once the worker imports it)",
    "Webhook alerts by outcome": "no WIREWATCH_ALERT_WEBHOOK_URL: no alert is delivered",
    "Firing Prometheus alerts": "no alert fires: every rule that can be true here has a `for:` "
    "longer than the test",
    "Feed polls by outcome": "the feeds poller (job wirewatch-feeds) is not running",
    "Items published by feed": "the feeds poller (job wirewatch-feeds) is not running",
}
#: Alert expressions that must be empty for a healthy worker that has just read the seeds.
ALERTS_QUIET = {
    "WirewatchConsumerLagGrowing",  # lag is ~0 and far below 1000
    "WirewatchNoInput",  # input arrived, and the worker is younger than 15 minutes
    "WirewatchWorkerDown",
    "WirewatchNoWorkerUp",
    "WirewatchWebhookFailing",  # no webhook
    "WirewatchWebhookDeadLettered",
}
#: Alert expressions that must be true here.
ALERTS_TRUE = {
    "WirewatchFeedsPollerDown": "this Prometheus has no wirewatch-feeds target: absent(up)",
}
# WirewatchDeadLetterSpike is left unasserted: half the seeds are malformed by
# design, but whether a per-reason rate clears the absolute floor depends on timing.

#: Bounds of waits that take seconds on an idle machine: failure detectors, sized for
#: a busy 2-core one (load 6-7). Past DATA_TIMEOUT_S the 1 m rate windows of the
#: panels have emptied anyway.
PROMETHEUS_READY_TIMEOUT_S = 120.0
SCRAPE_TIMEOUT_S = 120.0
DATA_TIMEOUT_S = 120.0


# ----------------------------------------------------------------------- Prometheus
@dataclass
class Prometheus:
    url: str
    process: subprocess.Popen[bytes]
    log_path: Path

    def query(self, expr: str) -> dict:
        """The API's answer to an instant query, errors included (HTTP 400/422 carry JSON)."""
        response = httpx.get(self.url + "/api/v1/query", params={"query": expr}, timeout=10.0)
        try:
            return response.json()
        except ValueError:
            return {"status": "error", "error": f"HTTP {response.status_code}: {response.text}"}

    def log_tail(self, lines: int = 40) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return "(no log)"


def faust_prefix(app_id: str) -> str:
    """The metric prefix `setup_prometheus_sensors` derives from streams/app.py's name_prefix."""
    return f"{app_id}_faust".replace("-", "_").replace(".", "_")


def prometheus_config(worker: Worker, app_id: str) -> dict:
    return {
        # A 2 s scrape timeout: a worker busy with the seeds on a loaded machine may
        # take over 1 s to answer, and a failed scrape reads as the worker down.
        "global": {"scrape_interval": "2s", "evaluation_interval": "1s", "scrape_timeout": "2s"},
        "rule_files": [str(RULES)],
        "scrape_configs": [
            {
                "job_name": JOB,
                "static_configs": [{"targets": [f"127.0.0.1:{worker.web_port}"]}],
                "metric_relabel_configs": [
                    {
                        "source_labels": ["__name__"],
                        "regex": f"{faust_prefix(app_id)}_(.+)",
                        "target_label": "__name__",
                        "replacement": "wirewatch_faust_${1}",
                    }
                ],
            }
        ],
    }


@pytest.fixture
def prometheus_binary() -> str:
    path = shutil.which("prometheus")
    if path is None:
        pytest.fail("prometheus not found: run scripts/install-prometheus (make setup does)")
    return path


@contextmanager
def running_prometheus(binary: str, config: dict, tmp_path: Path) -> Iterator[Prometheus]:
    config_path = tmp_path / "prometheus.yml"
    config_path.write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
    check = subprocess.run(
        [promtool(), "check", "config", str(config_path)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert check.returncode == 0, check.stdout + check.stderr
    port = free_port()
    log_path = tmp_path / "prometheus.log"
    with log_path.open("ab") as log:
        process = subprocess.Popen(
            [
                binary,
                f"--config.file={config_path}",
                f"--storage.tsdb.path={tmp_path / 'tsdb'}",
                f"--web.listen-address=127.0.0.1:{port}",
                "--storage.tsdb.retention.time=1h",
                "--log.level=warn",
            ],
            cwd=tmp_path,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    prometheus = Prometheus(f"http://127.0.0.1:{port}", process, log_path)
    try:
        deadline = time.monotonic() + PROMETHEUS_READY_TIMEOUT_S
        while True:
            if process.poll() is not None:
                raise RuntimeError(
                    f"prometheus exited with {process.returncode}:\n{prometheus.log_tail()}"
                )
            try:
                if httpx.get(prometheus.url + "/-/ready", timeout=1.0).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                raise TimeoutError(
                    f"prometheus not ready in {PROMETHEUS_READY_TIMEOUT_S}s:\n"
                    + prometheus.log_tail()
                )
            time.sleep(0.2)
        yield prometheus
    finally:
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=10)


def wait_for(
    what: str, check: Callable[[], bool], timeout_s: float, diagnostics: Callable[[], str]
) -> None:
    deadline = time.monotonic() + timeout_s
    while not check():
        if time.monotonic() > deadline:
            pytest.fail(f"timed out after {timeout_s}s waiting for {what}\n{diagnostics()}")
        time.sleep(0.5)


def samples(answer: dict) -> list[float]:
    """The values of an instant query's result (vector or scalar)."""
    data = answer.get("data", {})
    if data.get("resultType") == "scalar":
        return [float(data["result"][1])]
    return [float(item["value"][1]) for item in data.get("result", [])]


def has_data(answer: dict) -> bool:
    """A successful answer with at least one finite value (NaN plots as nothing)."""
    return answer.get("status") == "success" and any(math.isfinite(v) for v in samples(answer))


def scalar_value(prometheus: Prometheus, expr: str) -> float | None:
    values = samples(prometheus.query(expr))
    return values[0] if values else None


# ---------------------------------------------------------------------- the queries
def dashboard_queries() -> list[tuple[str, str, str]]:
    """(panel title, label for messages, PromQL as Grafana sends it) for every target."""
    import json

    dashboard = json.loads(DASHBOARD.read_text(encoding="utf-8"))
    queries = []
    for panel in query_panels(dashboard):
        for target in panel["targets"]:
            expr = substitute(target["expr"])
            label = (
                f"panel {panel['title']!r} ({panel['type']}, id {panel['id']}) / {target['refId']}"
            )
            assert "$" not in expr, f"{label}: unsubstituted Grafana variable in {expr!r}"
            queries.append((panel["title"], label, expr))
    return queries


def rule_exprs() -> list[tuple[str, str, str]]:
    """(kind, name, expr) for every recording and alerting rule."""
    rules = yaml.safe_load(RULES.read_text(encoding="utf-8"))
    found = []
    for group in rules["groups"]:
        for rule in group["rules"]:
            if "record" in rule:
                found.append(("record", rule["record"], rule["expr"]))
            else:
                found.append(("alert", rule["alert"], rule["expr"]))
    return found


def describe(label: str, expr: str, answer: dict) -> str:
    detail = answer.get("error") or f"result {answer.get('data', {}).get('result')!r}"
    return f"{label}\n    query: {' '.join(expr.split())}\n    -> {answer.get('status')}: {detail}"


# --------------------------------------------------------------------------- test
def test_prometheus_answers_every_panel_and_rule(
    kafka: Broker, tmp_path: Path, prometheus_binary: str
) -> None:
    panels = dashboard_queries()
    titles = {title for title, _, _ in panels}
    unclassified = titles - PANELS_WITH_DATA - set(PANELS_MAY_BE_EMPTY)
    assert not unclassified, (
        f"classify these panels in PANELS_WITH_DATA or PANELS_MAY_BE_EMPTY: {unclassified}"
    )
    assert PANELS_POSITIVE <= PANELS_WITH_DATA
    stale = (PANELS_WITH_DATA | set(PANELS_MAY_BE_EMPTY)) - titles
    assert not stale, f"panels listed here but not on the dashboard: {stale}"
    rules = rule_exprs()
    alert_names = {name for kind, name, _ in rules if kind == "alert"}
    assert (ALERTS_QUIET | set(ALERTS_TRUE)) <= alert_names

    names = unique_names("prom")
    env = worker_env(kafka.bootstrap, names, tmp_path / "data")
    payloads = [r.payload for r in iter_records([SEEDS])]
    first, rest = payloads[:1], payloads[1:]
    enriched_topic = names["WIREWATCH_TOPIC_ENRICHED"]
    dead_topic = names["WIREWATCH_TOPIC_DEADLETTER"]
    received = f'sum(wirewatch_articles_received_total{{job="{JOB}"}})'
    enriched = f'sum(wirewatch_articles_enriched_total{{job="{JOB}"}})'

    worker = Worker(env, tmp_path / "worker.log", int(env["WIREWATCH_WEB_PORT"])).start()
    try:
        worker.wait_healthy()
        config = prometheus_config(worker, names["WIREWATCH_APP_ID"])
        with running_prometheus(prometheus_binary, config, tmp_path) as prometheus:

            def logs() -> str:
                return (
                    f"--- worker log\n{worker.log_tail()}\n"
                    f"--- prometheus log\n{prometheus.log_tail()}"
                )

            # Scraped before any record: the unlabelled counters start at 0.
            wait_for(
                "the first scrape of the worker",
                lambda: scalar_value(prometheus, received) == 0,
                SCRAPE_TIMEOUT_S,
                logs,
            )

            # Batch 1, then wait until Prometheus has seen it processed.
            run(publish(kafka.bootstrap, names["WIREWATCH_TOPIC_RAW"], first, key=b"seeds"))
            out = run(
                consume_until(
                    kafka.bootstrap,
                    [enriched_topic, dead_topic],
                    lambda got: len(got) >= len(first),
                    timeout_s=60,
                )
            )
            assert len(out) == len(first), logs()
            wait_for(
                "Prometheus to scrape the first record",
                lambda: (
                    scalar_value(prometheus, received) == len(first)
                    and (scalar_value(prometheus, enriched) or 0) >= 1
                ),
                SCRAPE_TIMEOUT_S,
                logs,
            )

            # Batch 2: everything else, until every record is accounted for.
            run(publish(kafka.bootstrap, names["WIREWATCH_TOPIC_RAW"], rest, key=b"seeds"))
            out = run(
                consume_until(
                    kafka.bootstrap,
                    [enriched_topic, dead_topic],
                    lambda got: len(got) >= len(payloads),
                    timeout_s=90,
                )
            )
            assert len(out) == len(payloads), (
                f"{len(out)} of {len(payloads)} records came out\n{logs()}"
            )
            wait_for(
                "Prometheus to scrape the final wirewatch_articles_received_total",
                lambda: scalar_value(prometheus, received) == len(payloads),
                SCRAPE_TIMEOUT_S,
                logs,
            )

            # Every panel, rule and export check in one pass, repeated until a pass
            # finds nothing wrong: each is state of its own (rates need two samples in
            # the window, table sizes and consumer lag come from a 5 s timer, a rule is
            # healthy once Prometheus has evaluated it), so none is assumed from
            # another's. A rule expression that should be quiet may be true for a
            # moment on a busy machine (a scrape that timed out reads as `up == 0`),
            # as each rule's `for:` allows; one that stays true still fails here.
            def evaluate() -> list[str]:
                problems: list[str] = []
                positive: dict[str, list[str]] = {title: [] for title in PANELS_POSITIVE}
                for title, label, expr in panels:
                    answer = prometheus.query(expr)
                    if answer.get("status") != "success":
                        problems.append("invalid: " + describe(label, expr, answer))
                    elif title in PANELS_WITH_DATA and not has_data(answer):
                        problems.append("no data: " + describe(label, expr, answer))
                        positive.pop(title, None)  # reported already
                    elif title in positive:
                        if any(v > 0 for v in samples(answer)):
                            positive.pop(title)
                        else:
                            positive[title].append(describe(label, expr, answer))
                for title, answers in positive.items():
                    problems.append(f"only zeros on panel {title!r}:\n" + "\n".join(answers))
                for kind, name, expr in rules:
                    label = f"{kind} rule {name!r}"
                    answer = prometheus.query(expr)
                    if answer.get("status") != "success":
                        problems.append("invalid: " + describe(label, expr, answer))
                    elif kind == "record" and not has_data(answer):
                        problems.append("no data: " + describe(label, expr, answer))
                    elif name in ALERTS_QUIET and samples(answer):
                        problems.append("should not fire here: " + describe(label, expr, answer))
                    elif name in ALERTS_TRUE and not samples(answer):
                        problems.append(
                            f"should be true here ({ALERTS_TRUE[name]}): "
                            + describe(label, expr, answer)
                        )

                # `wirewatch` turns prometheus_client's `_created` series off at start-up:
                # the worker's counters and histograms are scraped without them.
                scraped = f'{{job="{JOB}", __name__=~"wirewatch_.+_(total|bucket)"}}'
                created = f'{{job="{JOB}", __name__=~".+_created"}}'
                if not samples(prometheus.query(f"count({scraped})")):
                    problems.append("no counter or histogram series scraped at all")
                if samples(prometheus.query(f"count({created})")):
                    answer = prometheus.query(f"group by (__name__) ({created})")
                    problems.append("_created series exported: " + describe("", created, answer))

                # Prometheus' own evaluation of the loaded rule file: every rule healthy.
                loaded = httpx.get(prometheus.url + "/api/v1/rules", timeout=10.0).json()
                evaluated = {
                    rule["name"]: rule
                    for group in loaded["data"]["groups"]
                    for rule in group["rules"]
                }
                for _, name, _ in rules:
                    rule = evaluated.get(name)
                    if rule is None:
                        problems.append(f"rule {name!r} not loaded by Prometheus")
                    elif rule.get("health") != "ok":
                        problems.append(
                            f"rule {name!r} health {rule.get('health')!r}: {rule.get('lastError')}"
                        )
                return problems

            deadline = time.monotonic() + DATA_TIMEOUT_S
            problems = evaluate()
            while problems and time.monotonic() < deadline:
                time.sleep(1.0)
                problems = evaluate()

            assert not problems, "\n".join(problems) + "\n" + logs()
    finally:
        worker.stop()
